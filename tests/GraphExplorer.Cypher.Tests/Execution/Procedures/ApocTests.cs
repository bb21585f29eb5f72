namespace GraphExplorer.Cypher.Tests.Execution.Procedures;

/// <summary>
/// The APOC subset (Execution/Procedures/Apoc*.cs) through queries, with APOC's documented results
/// (https://neo4j.com/docs/apoc/current/overview/) and the failures Neo4j reports for a procedure's exception.
/// </summary>
public sealed class ApocTests
{
    private static readonly TestDatabase Db = new();

    [Fact]
    public void Validate_with_a_true_predicate_fails_with_the_formatted_message()
    {
        var error = Db.Fails("WITH true AS predicate CALL apoc.util.validate(predicate, 'message %d', [42]) RETURN count(*)");

        error.Message.Should().Be("Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: message 42");
        error.Neo4jCode.Should().Be("Neo.ClientError.Procedure.ProcedureCallFailed");
    }

    [Fact]
    public void Validate_with_a_false_predicate_lets_the_rows_through() =>
        Db.Scalar("UNWIND [1, 2] AS x CALL apoc.util.validate(x > 5, 'too big: %s', [x]) RETURN count(*)").Should().Be(2L);

    [Fact]
    public void ValidatePredicate_returns_true_or_fails_as_a_function()
    {
        Db.Scalar("RETURN apoc.util.validatePredicate(false, 'message %d', [42])").Should().Be(true);

        var error = Db.Fails("RETURN apoc.util.validatePredicate(1 < 2, '@neo4j/graphql/FORBIDDEN %s', ['Access denied'])");
        error.Message.Should().StartWith(
            "Failed to invoke function `apoc.util.validatePredicate`: Caused by: java.lang.RuntimeException: @neo4j/graphql/FORBIDDEN Access denied");
        error.Neo4jCode.Should().Be("Neo.ClientError.Procedure.ProcedureCallFailed");
    }

    [Fact]
    public void A_message_with_too_few_parameters_fails_as_java_format_does() =>
        Db.Fails("RETURN apoc.util.validatePredicate(true, '%s and %s', ['one'])").Message
            .Should().Contain("java.util.MissingFormatArgumentException: Format specifier '%s'");

    [Theory]
    [InlineData("2021-06-01T09:00:00Z", "iso_zoned_date_time", "iso_offset_date_time", "2021-06-01T09:00:00Z")]
    [InlineData("2021-06-01T09:00:00+02:00[Europe/Paris]", "iso_zoned_date_time", "iso_offset_date_time", "2021-06-01T09:00:00+02:00")]
    [InlineData("2021-06-01T09:00:00.120+02:00[Europe/Paris]", "iso_zoned_date_time", "iso_local_date", "2021-06-01")]
    [InlineData("2021-06-01T09:00+02:00", "iso_offset_date_time", "iso_instant", "2021-06-01T07:00:00Z")]
    [InlineData("2021-06-01T01:30:00.5+02:00", "iso_date_time", "iso_instant", "2021-05-31T23:30:00.500Z")]
    [InlineData("2021-06-01T09:00:00", "iso_local_date_time", "iso_local_time", "09:00:00")]
    public void ConvertFormat_parses_and_prints_the_named_iso_formats(string text, string from, string to, string expected) =>
        Db.Scalar("RETURN apoc.date.convertFormat($text, $from, $to)", new { text, from, to }).Should().Be(expected);

    [Fact]
    public void ConvertFormat_of_a_datetime_string_gives_what_neo4j_graphql_reads()
    {
        Db.Scalar("RETURN apoc.date.convertFormat(toString(datetime('2021-06-01T09:00[Europe/Paris]')), 'iso_zoned_date_time', 'iso_offset_date_time')")
            .Should().Be("2021-06-01T09:00:00+02:00");
        Db.Scalar("RETURN apoc.date.convertFormat(null, 'iso_zoned_date_time', 'iso_offset_date_time')").Should().BeNull();
    }

    [Fact]
    public void ConvertFormat_fails_when_the_text_lacks_a_field_the_target_needs_or_the_format_is_unknown()
    {
        Db.Fails("RETURN apoc.date.convertFormat('2021-06-01T09:00:00', 'iso_local_date_time', 'iso_offset_date_time')").Message
            .Should().Contain("java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: OffsetSeconds");
        Db.Fails("RETURN apoc.date.convertFormat('2021-06-01', 'iso_zoned_date_time', 'iso_local_date')").Message
            .Should().Contain("Text '2021-06-01' could not be parsed as iso_zoned_date_time");
        Db.Fails("RETURN apoc.date.convertFormat('2021-06-01', 'iso_local_date', 'dd/MM/yyyy')").Message
            .Should().Contain("the format 'dd/MM/yyyy' (convertTo) is not supported by this engine");
    }

    [Theory]
    [InlineData("RETURN apoc.coll.sum([1, 2, 3, 4, 5])", 15.0)]
    [InlineData("RETURN apoc.coll.min([0.5, 1, 2.3])", 0.5)]
    [InlineData("RETURN apoc.coll.max([0.5, 1, 2.3])", 2.3)]
    [InlineData("RETURN apoc.text.join(['Hello', 'World'], ' ')", "Hello World")]
    public void Collection_and_text_functions_give_apoc_results(string query, object expected) =>
        Db.Scalar(query).Should().Be(expected);

    [Fact]
    public void ToSet_keeps_the_first_of_equal_elements_in_order_and_an_integer_apart_from_a_float() =>
        Db.Scalar("RETURN apoc.coll.toSet([1, 2, 1, 3, 2, 1.0])").Should().BeEquivalentTo(new object[] { 1L, 2L, 3L, 1.0 });

    [Fact]
    public void Flatten_removes_one_level_of_nesting_or_all_when_recursive()
    {
        Db.Scalar("RETURN apoc.coll.flatten([1, 2, 3, [4, 5, 6]])").Should().BeEquivalentTo(new object[] { 1L, 2L, 3L, 4L, 5L, 6L });
        Db.Scalar("RETURN apoc.coll.flatten([1, [2, [3]]])").Should().BeEquivalentTo(new object[] { 1L, 2L, new List<object?> { 3L } });
        Db.Scalar("RETURN apoc.coll.flatten([1, [2, [3]]], true)").Should().BeEquivalentTo(new object[] { 1L, 2L, 3L });
    }

    [Fact]
    public void Map_merge_lets_the_second_map_win() =>
        Db.Scalar("RETURN apoc.map.merge({name: 'Cristiano Ronaldo', club: 'Juventus'}, {club: 'Al Nassr', country: 'Portugal'})")
            .Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Cristiano Ronaldo", ["club"] = "Al Nassr", ["country"] = "Portugal" });
}
