using GraphExplorer.Cypher.Temporal;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Temporal;

public sealed class TemporalFunctionsTests
{
    private static readonly DateTimeOffset FixedNow = new(2025, 6, 11, 9, 30, 0, TimeSpan.Zero);

    private static object? Call(string name, params object?[] arguments) => TemporalFunctions.Invoke(name, arguments, () => FixedNow);

    private static string Text(object? value) => TemporalFunctions.Format(value!);

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Theory]
    [InlineData("2015-07-21", "2015-07-21")]
    [InlineData("20150721", "2015-07-21")]
    [InlineData("2015-07", "2015-07-01")]
    [InlineData("201507", "2015-07-01")]
    [InlineData("2015-W30-2", "2015-07-21")]
    [InlineData("2015W30", "2015-07-20")]
    [InlineData("2015-202", "2015-07-21")]
    [InlineData("2015", "2015-01-01")]
    public void Dates_parse_from_every_ISO_form(string text, string expected) =>
        Text(Call("date", text)).Should().Be(expected);

    [Theory]
    [InlineData("21:40:32.142+0100", "21:40:32.142+01:00")]
    [InlineData("214032-0100", "21:40:32-01:00")]
    [InlineData("2140-00:00", "21:40Z")]
    [InlineData("22+18:00", "22:00+18:00")]
    public void Times_parse_with_their_offsets(string text, string expected) =>
        Text(Call("time", text)).Should().Be(expected);

    [Theory]
    [InlineData("2015-07-21T21:40:32.142+02:00[Europe/Stockholm]", "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]")]
    [InlineData("2015-07-21T21:40:32.142[Europe/London]", "2015-07-21T21:40:32.142+01:00[Europe/London]")]
    [InlineData("2015-W30T2140-02", "2015-07-20T21:40-02:00")]
    public void Date_times_parse_with_named_zones_and_offsets(string text, string expected) =>
        Text(Call("datetime", text)).Should().Be(expected);

    [Theory]
    [InlineData("P5M1.5D", "P5M1DT12H")]
    [InlineData("P0.75M", "P22DT19H51M49.5S")]
    [InlineData("PT0.75M", "PT45S")]
    [InlineData("P2.5W", "P17DT12H")]
    [InlineData("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S")]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    public void Durations_parse_and_spread_fractions_like_Neo4j(string text, string expected) =>
        Text(Call("duration", text)).Should().Be(expected);

    [Fact]
    public void A_date_is_built_from_week_quarter_and_ordinal_fields()
    {
        Text(Call("date", Map(("year", 1817L), ("week", 1L)))).Should().Be("1816-12-30");
        Text(Call("date", Map(("year", 1984L), ("quarter", 3L), ("dayOfQuarter", 45L)))).Should().Be("1984-08-14");
        Text(Call("date", Map(("year", 1984L), ("ordinalDay", 202L)))).Should().Be("1984-07-20");
    }

    [Fact]
    public void Sub_second_fields_add_up_and_print_in_groups_of_three_digits()
    {
        var map = Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 789L), ("millisecond", 123L), ("microsecond", 456L));
        Text(Call("localtime", map)).Should().Be("12:31:14.123456789");
        Text(Call("localtime", Map(("hour", 12L)))).Should().Be("12:00");
    }

    [Fact]
    public void A_named_zone_takes_the_offset_in_force_at_that_date()
    {
        Text(Call("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("timezone", "Europe/Stockholm"))))
            .Should().Be("1984-10-11T12:00+01:00[Europe/Stockholm]");
        Text(Call("datetime", Map(("year", 1984L), ("ordinalDay", 202L), ("timezone", "Europe/Stockholm"))))
            .Should().Be("1984-07-20T00:00+02:00[Europe/Stockholm]");
    }

    [Fact]
    public void A_new_zone_for_a_zoned_base_keeps_the_instant()
    {
        var other = Call("time", Map(("hour", 12L), ("timezone", "+01:00")));
        Text(Call("time", Map(("time", other), ("timezone", "+05:00")))).Should().Be("16:00+05:00");

        var local = Call("localtime", Map(("hour", 12L), ("minute", 31L)));
        Text(Call("time", Map(("time", local), ("timezone", "+05:00")))).Should().Be("12:31+05:00");
    }

    [Fact]
    public void Accessors_read_ISO_week_fields_and_duration_components()
    {
        var date = Call("date", Map(("year", 1984L), ("month", 1L), ("day", 1L)))!;
        TemporalAccessors.TryGet(date, "weekYear", out var weekYear).Should().BeTrue();
        weekYear.Should().Be(1983L);
        TemporalAccessors.TryGet(date, "week", out var week).Should().BeTrue();
        week.Should().Be(52L);

        var duration = Call("duration", Map(("years", 1L), ("months", 4L), ("days", 10L), ("hours", 1L), ("minutes", 1L), ("seconds", 1L), ("nanoseconds", 111111111L)))!;
        TemporalAccessors.TryGet(duration, "quarters", out var quarters).Should().BeTrue();
        quarters.Should().Be(5L);
        TemporalAccessors.TryGet(duration, "milliseconds", out var milliseconds).Should().BeTrue();
        milliseconds.Should().Be(3661111L);
    }

    [Theory]
    [InlineData("date('1984-10-11')", "date('2015-06-24')", "P30Y8M13D")]
    [InlineData("localdatetime('2015-07-21T21:40:32.142')", "date('2015-06-24')", "P-27DT-21H-40M-32.142S")]
    [InlineData("datetime('2014-07-21T21:40:36.143+0200')", "datetime('2015-07-21T21:40:32.142+0100')", "P1YT59M55.999S")]
    [InlineData("time('14:30')", "datetime('2015-07-21T21:40:32.142+0100')", "PT6H10M32.142S")]
    [InlineData("datetime('2017-10-28T23:00+02:00[Europe/Stockholm]')", "datetime('2017-10-29T04:00+01:00[Europe/Stockholm]')", "PT6H")]
    [InlineData("localdatetime('2018-01-02T10:00:00.1')", "localdatetime('2018-01-01T10:00:00.2')", "PT-23H-59M-59.9S")]
    public void Between_counts_months_then_days_then_time(string from, string to, string expected) =>
        Text(Call("duration.between", Eval(from), Eval(to))).Should().Be(expected);

    [Theory]
    [InlineData("millennium", "1000-01-02")]
    [InlineData("weekYear", "1983-01-05")]
    public void Truncation_cuts_to_the_unit_then_applies_fields(string unit, string expected)
    {
        var value = Eval("localdatetime('1984-01-01T12:31:14.645876123')");
        var map = Map(("day", unit == "weekYear" ? 5L : 2L));
        Text(Call("date.truncate", unit, value, map)).Should().Be(expected);
    }

    [Fact]
    public void Adding_a_duration_moves_months_on_the_calendar_and_seconds_on_the_clock()
    {
        var date = Eval("date('2025-01-31')")!;
        Text(TemporalFunctions.TryAdd(date, Eval("duration('P1M')")!)).Should().Be("2025-02-28");
        var time = Eval("localtime('23:30')")!;
        Text(TemporalFunctions.TryAdd(time, Eval("duration('PT1H')")!)).Should().Be("00:30");
    }

    [Fact]
    public void Zoned_values_compare_by_instant()
    {
        var a = Eval("datetime('2025-06-11T10:00+02:00')")!;
        var b = Eval("datetime('2025-06-11T09:00+01:00')")!;
        TemporalComparison.Compare(a, b).Should().Be(0);
        TemporalComparison.AreEqual(a, b).Should().BeFalse("the offsets differ, so the values are not the same");
    }

    [Fact]
    public void Unparsable_text_is_an_argument_error_naming_the_text()
    {
        var act = () => Call("date", "2015-13-45");
        act.Should().Throw<CypherException>().Where(e => e.Kind == CypherErrorKind.ArgumentError && e.Message.Contains("2015-13-45"));
    }

    [Fact]
    public void Epoch_constructors_read_seconds_with_nanoseconds_and_milliseconds()
    {
        Text(Call("datetime.fromepoch", 416779L, 999999999L)).Should().Be("1970-01-05T19:46:19.999999999Z");
        Text(Call("datetime.fromepochmillis", 237821673987L)).Should().Be("1977-07-15T13:34:33.987Z");
    }

    [Fact]
    public void Null_arguments_give_null() => Call("date", new object?[] { null }).Should().BeNull();

    /// <summary>Evaluates the tiny "fn('text')" form used in the cases above.</summary>
    private static object? Eval(string call)
    {
        var open = call.IndexOf('(', StringComparison.Ordinal);
        return Call(call[..open], call[(open + 2)..^2]);
    }
}
