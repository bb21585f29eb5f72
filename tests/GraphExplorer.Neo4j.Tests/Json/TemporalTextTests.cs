using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Tests.Json;

public sealed class TemporalTextTests
{
    private const long S = 1_000_000_000L;

    [Fact]
    public void Reads_the_documented_examples()
    {
        TemporalText.ParseDate("2015-03-26").Should().Be(new CypherDate(new DateOnly(2015, 3, 26)));
        TemporalText.ParseTime("12:50:35.556+01:00").Should().Be(new CypherTime((((12 * 60) + 50) * 60 + 35) * S + 556_000_000, 3600));
        TemporalText.ParseLocalTime("12:50:35.556").Should().Be(new CypherLocalTime((((12 * 60) + 50) * 60 + 35) * S + 556_000_000));
        TemporalText.ParseDateTime("2015-11-21T21:40:32.142Z[Antarctica/Troll]", "ZonedDateTime").Should().Be(
            new CypherDateTime(new DateOnly(2015, 11, 21), (((21 * 60) + 40) * 60 + 32) * S + 142_000_000, 0, "Antarctica/Troll"));
        TemporalText.ParseDateTime("2024-01-01T21:40:32-01:00", "OffsetDateTime").Should().Be(
            new CypherDateTime(new DateOnly(2024, 1, 1), (((21 * 60) + 40) * 60 + 32) * S, -3600, null));
        TemporalText.ParseLocalDateTime("2015-07-04T19:32:24").Should().Be(
            new CypherLocalDateTime(new DateOnly(2015, 7, 4), (((19 * 60) + 32) * 60 + 24) * S));
        TemporalText.ParseDuration("P14DT16H12M").Should().Be(new CypherDuration(0, 14, (16 * 3600) + (12 * 60), 0));
    }

    [Fact]
    public void Keeps_nanoseconds()
    {
        TemporalText.ParseLocalTime("00:00:00.000000001").NanosecondOfDay.Should().Be(1);
        TemporalText.ParseLocalTime("23:59:59.999999999").NanosecondOfDay.Should().Be((86_400 * S) - 1);
    }

    [Fact]
    public void Reads_times_without_seconds_as_java_prints_them()
    {
        TemporalText.ParseLocalTime("12:50").NanosecondOfDay.Should().Be(((12 * 60) + 50) * 60 * S);
        TemporalText.ParseTime("12:50Z").OffsetSeconds.Should().Be(0);
    }

    [Fact]
    public void Reads_offsets_with_seconds_and_zones_with_offsets()
    {
        TemporalText.ParseTime("10:00:00+05:45:30").OffsetSeconds.Should().Be((5 * 3600) + (45 * 60) + 30);
        var zoned = TemporalText.ParseDateTime("2024-07-01T10:00:00+02:00[Europe/Luxembourg]", "ZonedDateTime");
        zoned.OffsetSeconds.Should().Be(7200);
        zoned.ZoneId.Should().Be("Europe/Luxembourg");
    }

    [Theory]
    [InlineData("P1Y2M", 14, 0, 0, 0)]
    [InlineData("P2W3D", 0, 17, 0, 0)]
    [InlineData("PT1.5S", 0, 0, 1, 500_000_000)]
    [InlineData("PT-1.5S", 0, 0, -2, 500_000_000)]
    [InlineData("PT-0.000000001S", 0, 0, -1, 999_999_999)]
    [InlineData("-P1M2DT3S", -1, -2, -3, 0)]
    [InlineData("P-1M", -1, 0, 0, 0)]
    [InlineData("PT0S", 0, 0, 0, 0)]
    [InlineData("PT1H-1M", 0, 0, 3540, 0)]
    public void Reads_durations_into_months_days_seconds_and_nanoseconds(string text, long months, long days, long seconds, int nanos) =>
        TemporalText.ParseDuration(text).Should().Be(new CypherDuration(months, days, seconds, nanos));

    [Theory]
    [InlineData(14, 3, 0, 0, "P14M3D")]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(0, 0, 90, 5, "PT90.000000005S")]
    [InlineData(0, 0, -2, 500_000_000, "PT-1.5S")]
    [InlineData(-1, 0, 0, 0, "P-1M")]
    public void Writes_durations_that_read_back_the_same(long months, long days, long seconds, int nanos, string expected)
    {
        var duration = new CypherDuration(months, days, seconds, nanos);
        TemporalText.Format(duration).Should().Be(expected);
        TemporalText.ParseDuration(expected).Should().Be(duration);
    }

    [Fact]
    public void Writes_temporals_that_read_back_the_same()
    {
        var time = new CypherTime((10 * 3600 * S) + 123_456_789, -(3 * 3600) - (30 * 60));
        TemporalText.Format(time).Should().Be("10:00:00.123456789-03:30");
        TemporalText.ParseTime(TemporalText.Format(time)).Should().Be(time);

        var zoned = new CypherDateTime(new DateOnly(2024, 3, 31), 2 * 3600 * S, 7200, "Europe/Paris");
        TemporalText.Format(zoned).Should().Be("2024-03-31T02:00:00+02:00[Europe/Paris]");
        TemporalText.ParseDateTime(TemporalText.Format(zoned), "ZonedDateTime").Should().Be(zoned);

        var local = new CypherLocalDateTime(new DateOnly(1, 1, 1), 1);
        TemporalText.Format(local).Should().Be("0001-01-01T00:00:00.000000001");
        TemporalText.ParseLocalDateTime(TemporalText.Format(local)).Should().Be(local);
    }

    [Theory]
    [InlineData("+10000-01-01", 10_000, 1, 1)]
    [InlineData("-0001-12-31", -1, 12, 31)]
    [InlineData("0000-02-29", 0, 2, 29)]
    [InlineData("-999999999-01-01", -999_999_999, 1, 1)]
    [InlineData("+999999999-12-31", 999_999_999, 12, 31)]
    public void Reads_and_writes_java_times_signed_years_over_neo4js_range(string text, int year, int month, int day)
    {
        var date = new CypherDate(new CivilDate(year, month, day));

        TemporalText.ParseDate(text).Should().Be(date);
        TemporalText.Format(date).Should().Be(text);
        var local = new CypherLocalDateTime(date.Date, 1);
        TemporalText.ParseLocalDateTime(TemporalText.Format(local)).Should().Be(local);
    }

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015-02-30")]
    [InlineData("10000-01-01")]
    [InlineData("+1000000000-01-01")]
    [InlineData("2015-03-26x")]
    public void Rejects_dates_it_cannot_hold_with_the_text_quoted(string text) =>
        FluentActions.Invoking(() => TemporalText.ParseDate(text))
            .Should().Throw<FormatException>().WithMessage($"*'{text}'*Date*");

    [Theory]
    [InlineData("P")]
    [InlineData("P1.5D")]
    [InlineData("PT1X")]
    [InlineData("1D")]
    public void Rejects_malformed_durations(string text) =>
        FluentActions.Invoking(() => TemporalText.ParseDuration(text)).Should().Throw<FormatException>().WithMessage("*Duration*");

    [Fact]
    public void Rejects_more_than_nine_fraction_digits() =>
        FluentActions.Invoking(() => TemporalText.ParseLocalTime("10:00:00.1234567891"))
            .Should().Throw<FormatException>().WithMessage("*9 fractional digits*");
}
