using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Execution.Values;

/// <summary>
/// Dates and date-times over Neo4j's whole year range, -999,999,999 to +999,999,999 (Cypher manual 5, "Values and
/// types" → "Temporal values" → "Specifying dates": a sign before years outside 0000–9999), through queries: text,
/// construction, accessors, truncation, arithmetic, durations between, ordering, zones, and the errors beyond the range.
/// </summary>
public sealed class TemporalYearRangeTests
{
    private static readonly TestDatabase Db = new();

    private static object? Value(string expression) => Db.Scalar($"RETURN {expression}");

    private static string? Text(string expression) => (string?)Db.Scalar($"RETURN toString({expression})");

    [Theory]
    [InlineData("date('+10000-01-01')", "+10000-01-01")]
    [InlineData("date('-0001-01-01')", "-0001-01-01")]
    [InlineData("date('0000-02-29')", "0000-02-29")]
    [InlineData("date('-999999999-01-01')", "-999999999-01-01")]
    [InlineData("date('+999999999-12-31')", "+999999999-12-31")]
    [InlineData("date({year: -5000})", "-5000-01-01")]
    [InlineData("date({year: 123456, month: 7, day: 8})", "+123456-07-08")]
    [InlineData("date({year: 10000, week: 1})", "+10000-01-03")]
    [InlineData("date('+10000-W01-1')", "+10000-01-03")]
    [InlineData("date({year: -2000, quarter: 2, dayOfQuarter: 1})", "-2000-04-01")]
    [InlineData("date({year: 20000, ordinalDay: 60})", "+20000-02-29")]
    [InlineData("localdatetime('+10000-01-01T12:00')", "+10000-01-01T12:00:00")]
    [InlineData("localdatetime({year: -44, month: 3, day: 15, hour: 11})", "-0044-03-15T11:00:00")]
    [InlineData("datetime('-0001-06-01T12:00Z')", "-0001-06-01T12:00:00Z")]
    [InlineData("datetime({epochSeconds: 253402300800})", "+10000-01-01T00:00:00Z")]
    [InlineData("datetime({epochMillis: -62198755200001})", "-0002-12-31T23:59:59.999Z")]
    [InlineData("date(localdatetime('+10000-01-01T12:00'))", "+10000-01-01")]
    public void Dates_beyond_years_0_to_9999_parse_build_and_print_with_a_sign(string expression, string expected) =>
        Text(expression).Should().Be(expected);

    [Theory]
    [InlineData("date('-999999999-01-01').year", -999_999_999L)]
    [InlineData("date('+10000-01-01').weekYear", 9999L)]
    [InlineData("date('+10000-01-01').week", 52L)]
    [InlineData("date('+10000-01-01').dayOfWeek", 6L)]
    [InlineData("date('0000-12-31').ordinalDay", 366L)]
    [InlineData("date('-0001-05-20').quarter", 2L)]
    [InlineData("date('-0001-05-20').dayOfQuarter", 50L)]
    [InlineData("datetime('+10000-01-01T00:00Z').epochSeconds", 253_402_300_800L)]
    [InlineData("datetime('-0001-01-01T00:00Z').epochMillis", -62_198_755_200_000L)]
    public void Accessors_read_the_proleptic_calendar(string expression, long expected) =>
        Value(expression).Should().Be(expected);

    [Theory]
    [InlineData("date.truncate('millennium', date('+12345-06-07'))", "+12000-01-01")]
    [InlineData("date.truncate('weekYear', date('+10000-01-01'))", "9999-01-04")]
    [InlineData("date.truncate('quarter', date('-0001-05-20'))", "-0001-04-01")]
    [InlineData("localdatetime.truncate('month', localdatetime('+10000-02-29T10:00'))", "+10000-02-01T00:00:00")]
    [InlineData("date('-0001-12-31') + duration('P1D')", "0000-01-01")]
    [InlineData("date('+10000-02-29') + duration('P1Y')", "+10001-02-28")]
    [InlineData("date('-999999999-01-01') + duration('P1999999998Y11M30D')", "+999999999-12-31")]
    [InlineData("localdatetime('+999999999-12-31T23:00') + duration('PT59M')", "+999999999-12-31T23:59:00")]
    [InlineData("duration.between(date('-0001-01-01'), date('0001-01-01'))", "P2Y")]
    [InlineData("duration.inDays(date('0000-01-01'), date('0001-01-01'))", "P366D")]
    [InlineData("duration.inMonths(date('-5000-01-31'), date('+5000-03-01'))", "P10000Y1M")]
    [InlineData("duration.between(date('-999999999-01-01'), date('+999999999-12-31'))", "P1999999998Y11M30D")]
    public void Truncation_arithmetic_and_durations_cross_year_zero_and_reach_the_range_ends(string expression, string expected) =>
        Text(expression).Should().Be(expected);

    [Fact]
    public void Dates_compare_and_order_across_signs_and_digit_counts()
    {
        Value("date('+10000-01-01') > date('9999-12-31')").Should().Be(true);
        Value("date('-0001-12-31') < date('0000-01-01')").Should().Be(true);
        Value("localdatetime('-10000-01-01T00:00') < localdatetime('-9999-01-01T00:00')").Should().Be(true);
        Db.Column("UNWIND [date('+10000-01-01'), date('-0001-01-01'), date('2024-05-01'), date('-999999999-01-01'), date('0000-01-01')] AS d RETURN toString(d) ORDER BY d")
            .Should().Equal("-999999999-01-01", "-0001-01-01", "0000-01-01", "2024-05-01", "+10000-01-01");
    }

    [Fact]
    public void Named_zones_apply_their_recurring_rules_in_the_far_future_and_their_first_offset_in_the_far_past()
    {
        Text("datetime('+10000-06-01T12:00[Europe/Paris]')").Should().Be("+10000-06-01T12:00:00+02:00[Europe/Paris]");
        Text("datetime('+10000-12-01T12:00[Europe/Paris]')").Should().Be("+10000-12-01T12:00:00+01:00[Europe/Paris]");
        Text("datetime('-5000-06-01T12:00[Europe/Paris]')").Should().Be("-5000-06-01T12:00:00+00:09:21[Europe/Paris]");
    }

    [Theory]
    [InlineData("date('+999999999-12-31') + duration('P1D')")]
    [InlineData("date('-999999999-01-01') - duration('P1M')")]
    [InlineData("localdatetime('+999999999-12-31T23:59') + duration('PT1M')")]
    [InlineData("datetime({epochSeconds: 9223372036854775807})")]
    public void Results_beyond_neo4js_years_are_refused_as_invalid_argument_values(string expression)
    {
        var error = Db.Fails($"RETURN {expression}");

        error.Detail.Should().Be("InvalidArgumentValue");
        error.Message.Should().Contain("outside the supported years -999999999 to +999999999");
    }

    [Fact]
    public void Years_beyond_neo4js_range_cannot_be_written_or_built()
    {
        Db.Fails("RETURN date('+1000000000-01-01')").Message.Should().Contain("Text cannot be parsed to a Date");
        Db.Fails("RETURN date({year: 1000000000})").Message
            .Should().Contain("Invalid value for Year (valid values -999999999 - 999999999): 1000000000");
        Db.Fails("RETURN date({year: 10000000000})").Detail.Should().Be("InvalidArgumentValue");
    }

    [Fact]
    public async Task Dates_beyond_years_1_to_9999_survive_closing_and_reopening_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("years-").FullName;
        try
        {
            await using (var db = EmbeddedGraphDatabase.Open(folder))
            {
                await db.OpenSession().RunAsync(
                    "CREATE (:Epoch {first: date('-999999999-01-01'), last: date('+999999999-12-31'), zero: localdatetime('0000-02-29T12:00'),"
                    + " far: datetime('+10000-06-01T12:00[Europe/Paris]'), past: [date('-5000-01-01')]})");
            }

            await using var reopened = EmbeddedGraphDatabase.Open(folder);
            var row = (await reopened.OpenSession().RunAsync("MATCH (e:Epoch) RETURN e.first, e.last, e.zero, e.far, e.past"))[0];

            row[0].Should().Be(new CypherDate(CivilDate.MinValue));
            row[1].Should().Be(new CypherDate(CivilDate.MaxValue));
            row[2].Should().Be(new CypherLocalDateTime(new CivilDate(0, 2, 29), 12L * 3600 * 1_000_000_000));
            row[3].Should().Be(new CypherDateTime(new CivilDate(10_000, 6, 1), 12L * 3600 * 1_000_000_000, 7200, "Europe/Paris"));
            row[4].Should().BeAssignableTo<IEnumerable<object?>>().Which.Should().Equal(new CypherDate(new CivilDate(-5000, 1, 1)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
