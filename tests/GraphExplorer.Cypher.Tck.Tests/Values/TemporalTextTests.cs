using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public sealed class TemporalTextTests
{
    private const long Second = 1_000_000_000;

    private static long Time(int hours, int minutes, int seconds = 0, long nanos = 0) =>
        ((hours * 3600L) + (minutes * 60L) + seconds) * Second + nanos;

    [Fact]
    public void Dates_print_as_iso_dates()
    {
        TemporalText.Format(new CypherDate(new DateOnly(2015, 7, 21))).Should().Be("2015-07-21");
    }

    [Theory]
    [InlineData(12, 31, 0, 0L, "12:31")]
    [InlineData(12, 0, 42, 0L, "12:00:42")]
    [InlineData(12, 31, 14, 645_000_000L, "12:31:14.645")]
    [InlineData(12, 31, 14, 645_876_000L, "12:31:14.645876")]
    [InlineData(12, 30, 14, 645_876_123L, "12:30:14.645876123")]
    [InlineData(0, 0, 0, 2L, "00:00:00.000000002")]
    public void Local_times_print_seconds_and_fractions_only_when_present(int h, int m, int s, long nanos, string expected)
    {
        TemporalText.Format(new CypherLocalTime(Time(h, m, s, nanos))).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "12:00Z")]
    [InlineData(3600, "12:00+01:00")]
    [InlineData(-3600, "12:00-01:00")]
    [InlineData(3660, "12:00+01:01")]
    [InlineData(3208, "12:00+00:53:28")]
    public void Offsets_print_as_Z_or_signed_hours_and_minutes(int offsetSeconds, string expected)
    {
        TemporalText.Format(new CypherTime(Time(12, 0), offsetSeconds)).Should().Be(expected);
    }

    [Fact]
    public void Date_times_join_date_and_time_with_T_and_append_the_zone_name()
    {
        var date = new DateOnly(1984, 10, 11);

        TemporalText.Format(new CypherLocalDateTime(date, Time(12, 31, 14, 645_876_123)))
            .Should().Be("1984-10-11T12:31:14.645876123");
        TemporalText.Format(new CypherDateTime(date, Time(12, 31), 3600, null)).Should().Be("1984-10-11T12:31+01:00");
        TemporalText.Format(new CypherDateTime(date, Time(12, 31), 3600, "Europe/Stockholm"))
            .Should().Be("1984-10-11T12:31+01:00[Europe/Stockholm]");
    }

    [Theory]
    [InlineData(0L, 0L, 0L, 0, "PT0S")]
    [InlineData(12L, 0L, 0L, 0, "P1Y")]
    [InlineData(149L, 14L, 16 * 3600 + 12 * 60 + 70L, 0, "P12Y5M14DT16H13M10S")]
    [InlineData(0L, 14L, 70L, 1, "P14DT1M10.000000001S")]
    [InlineData(0L, 14L, 70L, 1_000_000, "P14DT1M10.001S")]
    [InlineData(-23L, 0L, 0L, 0, "P-1Y-11M")]
    [InlineData(0L, 0L, -1L, 999_000_000, "PT-0.001S")]
    [InlineData(0L, 0L, -2L, 400_000_000, "PT-1.6S")]
    [InlineData(0L, 0L, -(5 * 3600 + 10 * 60 + 37L), 857_000_000, "PT-5H-10M-36.143S")]
    [InlineData(0L, 1L, 0L, 1_000_000, "P1DT0.001S")]
    [InlineData(0L, 0L, -(14 * 3600 + 30 * 60L), 0, "PT-14H-30M")]
    public void Durations_print_like_neo4j(long months, long days, long seconds, int nanos, string expected)
    {
        TemporalText.Format(new CypherDuration(months, days, seconds, nanos)).Should().Be(expected);
    }

    [Fact]
    public void Other_values_have_no_temporal_text()
    {
        TemporalText.Format("2015-07-21").Should().BeNull();
        TemporalText.Format(null).Should().BeNull();
    }
}
