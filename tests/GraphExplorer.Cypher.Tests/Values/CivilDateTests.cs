using System.Globalization;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Database.Values;
using NodaTime;
using NodaTime.Calendars;

namespace GraphExplorer.Cypher.Tests.Values;

/// <summary>
/// The proleptic Gregorian conversion of <see cref="CivilDate"/> (GraphExplorer.Database/Values/CivilDate.cs), checked
/// on random epoch days against independent implementations where they reach (DateOnly and ISOWeek for years 1–9999,
/// NodaTime for ±9999) and by the calendar's own laws over Neo4j's whole range.
/// </summary>
public sealed class CivilDateTests
{
    private const int Samples = 20_000;

    /// <summary>DateOnly.MaxValue.DayNumber - 719,162: the epoch day of 9999-12-31.</summary>
    private const long LastDateOnlyEpochDay = 2_932_896;

    /// <summary>The epoch day of 0001-01-01.</summary>
    private const long FirstDateOnlyEpochDay = -719_162;

    private static readonly LocalDate NodaEpoch = new(1970, 1, 1);

    [Fact]
    public void Random_days_of_years_1_to_9999_agree_with_DateOnly_and_ISOWeek()
    {
        var random = new Random(20261207);
        for (var i = 0; i < Samples; i++)
        {
            var epochDay = random.NextInt64(FirstDateOnlyEpochDay, LastDateOnlyEpochDay + 1);
            var date = new CivilDate(epochDay);
            var expected = DateOnly.FromDayNumber((int)(epochDay - FirstDateOnlyEpochDay));
            var midnight = expected.ToDateTime(TimeOnly.MinValue);

            (date.Year, date.Month, date.Day, date.DayOfYear, date.DayOfWeek).Should()
                .Be((expected.Year, expected.Month, expected.Day, expected.DayOfYear, expected.DayOfWeek), "epoch day {0}", epochDay);
            (date.WeekYear, date.IsoWeek).Should().Be((ISOWeek.GetYear(midnight), ISOWeek.GetWeekOfYear(midnight)), "epoch day {0}", epochDay);
            date.ToString().Should().Be(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            date.ToDateOnly().Should().Be(expected);
            CivilDate.FromDateOnly(expected).Should().Be(date);
        }
    }

    [Fact]
    public void Random_days_of_years_minus_9998_to_9999_agree_with_NodaTime_including_year_zero_and_week_years()
    {
        var random = new Random(7);
        var first = NodaEpoch.PlusDays(0).Calendar.MinYear;
        var firstDay = Period.Between(NodaEpoch, new LocalDate(first, 1, 1), PeriodUnits.Days).Days;
        for (var i = 0; i < Samples; i++)
        {
            var epochDay = random.NextInt64(firstDay, LastDateOnlyEpochDay + 1);
            var date = new CivilDate(epochDay);
            var expected = NodaEpoch.PlusDays((int)epochDay);

            (date.Year, date.Month, date.Day, date.DayOfYear, date.IsoDayOfWeek).Should()
                .Be((expected.Year, expected.Month, expected.Day, expected.DayOfYear, (int)expected.DayOfWeek), "epoch day {0}", epochDay);
            (date.WeekYear, date.IsoWeek).Should()
                .Be((WeekYearRules.Iso.GetWeekYear(expected), WeekYearRules.Iso.GetWeekOfWeekYear(expected)), "epoch day {0}", epochDay);
            new CivilDate(expected.Year, expected.Month, expected.Day).EpochDay.Should().Be(epochDay);
        }
    }

    [Fact]
    public void Random_days_over_neo4js_whole_range_round_trip_through_fields_text_and_the_next_day()
    {
        var random = new Random(42);
        for (var i = 0; i < Samples; i++)
        {
            var epochDay = random.NextInt64(CivilDate.MinValue.EpochDay, CivilDate.MaxValue.EpochDay);
            var date = new CivilDate(epochDay);

            new CivilDate(date.Year, date.Month, date.Day).Should().Be(date, "fields of epoch day {0}", epochDay);
            Temporal.ParseDate(date.ToString()).Date.Should().Be(date, "the text {0}", date.ToString());

            // The next day is the next day of the month, or the first of the next month (or year).
            var next = date.AddDays(1);
            var expected = date.Day < CivilDate.DaysInMonth(date.Year, date.Month)
                ? (date.Year, date.Month, date.Day + 1)
                : date.Month < 12 ? (date.Year, date.Month + 1, 1) : (date.Year + 1, 1, 1);
            (next.Year, next.Month, next.Day).Should().Be(expected, "the day after {0}", date);
            next.IsoDayOfWeek.Should().Be(date.IsoDayOfWeek % 7 + 1);
        }
    }

    [Fact]
    public void The_calendar_repeats_every_400_years_to_the_weekday_and_week_number()
    {
        var random = new Random(400);
        for (var i = 0; i < 2_000; i++)
        {
            var date = new CivilDate(random.NextInt64(CivilDate.MinValue.EpochDay, CivilDate.MaxValue.EpochDay - CivilDate.DaysPerCycle));
            var later = date.AddDays(CivilDate.DaysPerCycle);

            (later.Year, later.Month, later.Day).Should().Be((date.Year + 400, date.Month, date.Day));
            (later.IsoDayOfWeek, later.IsoWeek, later.WeekYear).Should().Be((date.IsoDayOfWeek, date.IsoWeek, date.WeekYear + 400));
        }
    }

    [Theory]
    [InlineData(0, 1, 1, "0000-01-01", -719_528)]
    [InlineData(-1, 12, 31, "-0001-12-31", -719_529)]
    [InlineData(10_000, 1, 1, "+10000-01-01", 2_932_897)]
    [InlineData(-999_999_999, 1, 1, "-999999999-01-01", -365_243_219_162)]
    [InlineData(999_999_999, 12, 31, "+999999999-12-31", 365_241_780_471)]
    public void Known_days_have_java_times_text_and_epoch_day(long year, int month, int day, string text, long epochDay)
    {
        var date = new CivilDate(year, month, day);

        date.ToString().Should().Be(text);
        date.EpochDay.Should().Be(epochDay);
    }

    [Fact]
    public void Year_zero_is_a_leap_year_and_months_clamp_as_java_times_plusMonths()
    {
        CivilDate.IsLeapYear(0).Should().BeTrue();
        new CivilDate(0, 2, 29).AddDays(1).ToString().Should().Be("0000-03-01");
        new CivilDate(-4, 3, 31).AddMonths(-1).ToString().Should().Be("-0004-02-29");
        new CivilDate(-1, 11, 30).AddMonths(2).ToString().Should().Be("0000-01-30");
    }

    [Fact]
    public void Days_beyond_neo4js_years_are_refused_naming_the_field_and_range()
    {
        FluentActions.Invoking(() => CivilDate.MaxValue.AddDays(1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Invalid value for Year (valid values -999999999 - 999999999): 1000000000*");
        FluentActions.Invoking(() => CivilDate.MinValue.AddMonths(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Invalid value for Year (valid values -999999999 - 999999999): -1000000000*");
        FluentActions.Invoking(() => new CivilDate(2023, 2, 29)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Invalid date 'FEBRUARY 29' as '2023' is not a leap year*");
        FluentActions.Invoking(() => new CivilDate(10_000, 1, 1).ToDateOnly()).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The date +10000-01-01 lies outside DateOnly's years 0001 to 9999*");
    }
}
