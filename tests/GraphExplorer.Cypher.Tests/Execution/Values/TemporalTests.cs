namespace GraphExplorer.Cypher.Tests.Execution.Values;

/// <summary>Durations between temporals, named time zones and duration text, through queries (Execution/Values/Temporal*.cs).</summary>
public sealed class TemporalTests
{
    private static readonly TestDatabase Db = new();

    private static string? Text(string expression) => (string?)Db.Scalar($"RETURN toString({expression})");

    [Theory]
    [InlineData("duration.inSeconds(datetime('2021-03-27T12:00[Europe/Paris]'), datetime('2021-03-28T12:00[Europe/Paris]'))", "PT23H")]
    [InlineData("duration.inSeconds(datetime('2021-10-30T12:00[Europe/Paris]'), datetime('2021-10-31T12:00[Europe/Paris]'))", "PT25H")]
    [InlineData("duration.between(datetime('2021-03-27T12:00[Europe/Paris]'), datetime('2021-03-28T12:00[Europe/Paris]'))", "P1D")]
    [InlineData("duration.inDays(datetime('2021-03-27T12:00[Europe/Paris]'), datetime('2021-03-28T11:00[Europe/Paris]'))", "PT0S")]
    public void Durations_over_a_daylight_saving_day_count_elapsed_hours_but_whole_local_days(string expression, string expected) =>
        Text(expression).Should().Be(expected);

    [Theory]
    [InlineData("duration.inSeconds(localdatetime('2021-03-28T00:00'), datetime('2021-03-28T04:00[Europe/Paris]'))", "PT3H")]
    [InlineData("duration.inSeconds(localtime('01:00'), datetime('2021-03-28T04:00[Europe/Paris]'))", "PT2H")]
    [InlineData("duration.inSeconds(date('2021-03-28'), datetime('2021-03-28T04:00+05:00'))", "PT4H")]
    [InlineData("duration.inSeconds(datetime('2021-01-01T10:00+05:00'), localtime('12:00'))", "PT2H")]
    [InlineData("duration.between(date('2021-01-01'), time('16:30+01:00'))", "PT16H30M")]
    [InlineData("duration.inSeconds(time('10:00Z'), time('12:00+01:00'))", "PT1H")]
    public void A_local_value_is_read_in_the_other_values_zone_and_a_time_on_its_date(string expression, string expected) =>
        Text(expression).Should().Be(expected);

    [Fact]
    public void Days_between_zoned_values_are_counted_in_the_start_zone()
    {
        Text("duration.inDays(datetime('2014-07-21T21:40:36+02:00'), datetime('2015-07-21T21:40:32+01:00'))").Should().Be("P365D");
        Text("duration.inDays(datetime('2014-07-21T21:40:36+02:00'), datetime('2015-07-21T20:40:32+01:00'))").Should().Be("P364D");
    }

    [Fact]
    public void Selecting_a_zoned_time_onto_another_date_resolves_the_source_zone_on_that_date()
    {
        // 12:00 in Stockholm is +01:00 in October 1984 but +02:00 on 28 March 1984 (summer time began on the 25th).
        Text("datetime({date: date('1984-03-28'), time: datetime('1984-10-11T12:00[Europe/Stockholm]'), timezone: 'Pacific/Honolulu'})")
            .Should().Be("1984-03-28T00:00:00-10:00[Pacific/Honolulu]");
    }

    [Fact]
    public void Local_times_repeated_or_skipped_by_a_clock_change_resolve_as_iso_does()
    {
        Text("datetime('2021-10-31T02:30[Europe/Paris]')").Should().Be("2021-10-31T02:30:00+02:00[Europe/Paris]");
        Text("datetime('2021-03-28T02:30[Europe/Paris]')").Should().Be("2021-03-28T03:30:00+02:00[Europe/Paris]");
    }

    [Theory]
    [InlineData("datetime('2021-06-01T09:00Z')", "2021-06-01T09:00:00Z")]
    [InlineData("datetime('2021-06-01T09:00[Europe/Paris]')", "2021-06-01T09:00:00+02:00[Europe/Paris]")]
    [InlineData("localdatetime('2021-06-01T09:00')", "2021-06-01T09:00:00")]
    [InlineData("time('09:00+01:00')", "09:00:00+01:00")]
    [InlineData("localtime('09:00')", "09:00:00")]
    [InlineData("localtime('09:00:00.120')", "09:00:00.12")]
    public void To_string_always_writes_the_seconds_as_neo4j_does(string temporal, string expected) =>
        Text(temporal).Should().Be(expected);

    [Theory]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    [InlineData("P00010203T040506", "P1Y2M3DT4H5M6S")]
    [InlineData("P0000-00-07", "P7D")]
    public void Durations_parse_from_the_iso_alternative_form(string text, string expected) =>
        Text($"duration('{text}')").Should().Be(expected);

    [Fact]
    public void An_unknown_zone_name_is_an_invalid_argument_value()
    {
        Db.Fails("RETURN datetime('2020-01-01T00:00[Nowhere/Atlantis]')").Detail.Should().Be("InvalidArgumentValue");
        Db.Fails("RETURN duration.inSeconds(localtime('10:00'), 1)").Detail.Should().Be("InvalidArgumentType");
    }

    [Fact]
    public void Shifts_reach_and_cross_year_zero_and_the_old_limits_of_years_1_and_9999()
    {
        Text("date('9999-12-31') + duration('P1D')").Should().Be("+10000-01-01");
        Text("date('0001-01-01') - duration('P1D')").Should().Be("0000-12-31");
        Text("date('0001-01-01') - duration('P1M')").Should().Be("0000-12-01");
    }
}
