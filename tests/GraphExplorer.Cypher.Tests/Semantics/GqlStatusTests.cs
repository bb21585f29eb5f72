using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Semantics;

/// <summary>
/// The GQL status (Neo4j 5.26+'s GQLSTATUS code and cause chain) each error carries, as listed in Neo4j's status
/// codes manual, https://neo4j.com/docs/status-codes/current/errors/gql-errors/.
/// </summary>
public sealed class GqlStatusTests
{
    [Theory]
    [InlineData("MATCH (a) RETURN b", "42001", "42N62")]
    [InlineData("MATCH (a) CREATE (a:L)", "42001", "42N59")]
    [InlineData("RETURN nope(1)", "42001", "42N48")]
    [InlineData("RETURN toUpper('a', 'b')", "42001", "42I13")]
    [InlineData("RETURN *", "42001", "42I37")]
    [InlineData("RETURN 1 AS a, 2 AS a", "42001", "42N38")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "42001", "42N39")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "42001", "42I40")]
    [InlineData("WITH 1 + 1 RETURN 1", "42001", "42N21")]
    [InlineData("CREATE (a)-[:A]-(b)", "42001", "42I56")]
    [InlineData("CREATE (a)-[:A*2]->(b)", "42001", "42I41")]
    [InlineData("MATCH (n) WHERE count(n) > 1 RETURN n", "42001", "42I24")]
    [InlineData("CALL no.such.procedure()", "42001", "42N08")]
    [InlineData("RETURN 1 +", "42001", "42I06")]
    [InlineData("RETURN 'open", "42001", "42I19")]
    [InlineData("RETURN 1 /* open", "42001", "42I02")]
    [InlineData("RETURN 9223372036854775808", "42001", "22003")]
    public void A_query_that_cannot_compile_is_42001_caused_by_the_specific_condition(string query, string code, string cause)
    {
        var status = Neo4jStatus.GqlStatusOf(new TestDatabase().Fails(query));

        status.Code.Should().Be(code);
        status.Description.Should().Be("error: syntax error or access rule violation - invalid syntax");
        status.Cause.Should().NotBeNull();
        status.Cause!.Code.Should().Be(cause);
    }

    [Fact]
    public void The_cause_describes_the_error_with_its_parameters()
    {
        var status = Neo4jStatus.GqlStatusOf(new TestDatabase().Fails("MATCH (a) RETURN missing"));

        status.Cause!.Description.Should().Be("error: syntax error or access rule violation - variable not defined. Variable `missing` not defined.");
    }

    [Fact]
    public void Invalid_input_names_what_was_written_and_what_was_expected()
    {
        var status = Neo4jStatus.GqlStatusOf(new TestDatabase().Fails("RETURN 1 1"));

        status.Cause!.Code.Should().Be("42I06");
        status.Cause.Description.Should().StartWith("error: syntax error or access rule violation - invalid input. Invalid input `1`, expected: `");
    }

    [Theory]
    [InlineData("RETURN 1 / 0", "22012")]
    [InlineData("RETURN 9223372036854775807 + 1", "22003")]
    [InlineData("RETURN [1, 2][$i]", "22G03")]
    public void A_data_exception_at_run_time_has_its_22_code_alone(string query, string code)
    {
        var status = Neo4jStatus.GqlStatusOf(new TestDatabase().Fails(query, new { i = "x" }));

        status.Code.Should().Be(code);
        status.Description.Should().StartWith("error: data exception");
        status.Cause.Should().BeNull();
    }

    [Fact]
    public void A_missing_parameter_is_42N51_naming_it()
    {
        var status = Neo4jStatus.GqlStatusOf(new TestDatabase().Fails("RETURN $missing"));

        status.Code.Should().Be("42N51");
        status.Description.Should().EndWith("Invalid parameter `$missing`.");
    }

    [Theory]
    [InlineData("UNWIND [1, 0] AS d\nRETURN 10 / d AS x")]
    [InlineData("UNWIND [1, 0] AS d\nWITH d, count(*) AS c\nRETURN 10 / d AS x")]
    [InlineData("UNWIND [1, 0] AS d\nWITH d ORDER BY d DESC\nRETURN 10 / d AS x")]
    public void A_runtime_error_before_or_after_an_eager_operator_names_the_failing_expression(string query)
    {
        var error = new TestDatabase().Fails(query);

        var lines = query.Split('\n');
        error.Position.Should().NotBeNull();
        error.Position!.Value.Line.Should().Be(lines.Length);
        error.Position.Value.Column.Should().Be(lines[^1].IndexOf("10 / d", StringComparison.Ordinal) + 1);
        error.Message.Should().Contain($"(line {lines.Length}, column {error.Position.Value.Column})");
        Neo4jStatus.GqlStatusOf(error).Code.Should().Be("22012");
    }

    [Fact]
    public void What_the_engine_does_not_support_is_no_syntax_error_but_Neo4js_default()
    {
        var error = new TestDatabase().Fails("CREATE USER alice SET PASSWORD 'secret'");

        error.Detail.Should().Be("UnsupportedFeature");
        Neo4jStatus.GqlStatusOf(error).Should().Be(GqlConditions.Unexpected);
    }

    [Fact]
    public void The_classification_follows_the_Neo4j_code()
    {
        var error = new TestDatabase().Fails("RETURN 1 / 0");

        Neo4jStatus.ClassificationOf(error).Should().Be("CLIENT_ERROR");
    }
}
