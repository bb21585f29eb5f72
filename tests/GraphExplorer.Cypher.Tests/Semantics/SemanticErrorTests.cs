using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Semantics;

public sealed class SemanticErrorTests
{
    [Theory]
    [InlineData("MATCH (a) RETURN b", "UndefinedVariable")]
    [InlineData("MATCH (a) WITH a AS b RETURN a", "UndefinedVariable")]
    [InlineData("MATCH (a) CREATE (a:L)", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]->() MATCH (r) RETURN r", "VariableTypeConflict")]
    [InlineData("RETURN count(count(1))", "NestedAggregation")]
    [InlineData("MATCH (a) RETURN a.x + count(*)", "AmbiguousAggregationExpression")]
    [InlineData("RETURN *", "NoVariablesInScope")]
    [InlineData("RETURN 1 AS a, 2 AS a", "ColumnNameConflict")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "InvalidClauseComposition")]
    [InlineData("CREATE (a)-[:A|B]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:A]-(b)", "RequiresDirectedRelationship")]
    [InlineData("CREATE (a)-[:A*2]->(b)", "CreatingVarLength")]
    [InlineData("MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n SKIP 1.5", "InvalidArgumentType")]
    [InlineData("RETURN toUpper('a', 'b')", "InvalidNumberOfArguments")]
    [InlineData("RETURN nope(1)", "UnknownFunction")]
    [InlineData("MATCH (n) DELETE n:L", "InvalidDelete")]
    [InlineData("MATCH (n) DELETE 1 + 1", "InvalidArgumentType")]
    [InlineData("MATCH (n) DELETE 'n'", "InvalidArgumentType")]
    [InlineData("MATCH (n) DELETE {node: n}", "InvalidArgumentType")]
    [InlineData("MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation")]
    [InlineData("WITH 1 + 1 RETURN 1", "NoExpressionAlias")]
    [InlineData("MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n) WHERE 'yes' RETURN n", "InvalidArgumentType")]
    [InlineData("RETURN none(x IN ['a', 'b'] WHERE x % 2 = 0)", "InvalidArgumentType")]
    [InlineData("RETURN single(x IN [false, true] WHERE x % 2 = 0)", "InvalidArgumentType")]
    [InlineData("RETURN [x IN ['a'] WHERE x * 2 > 1]", "InvalidArgumentType")]
    [InlineData("CALL db.labels() YIELD label AS x, label AS x RETURN x", "VariableAlreadyBound")]
    public void Invalid_queries_are_refused_before_running(string query, string detail)
    {
        var db = new TestDatabase();
        var error = db.Fails(query);
        error.Detail.Should().Be(detail);
        error.Phase.Should().Be(CypherErrorPhase.CompileTime);
    }

    [Fact]
    public void Deleting_a_value_names_the_types_DELETE_takes_and_the_type_given()
    {
        var error = new TestDatabase().Fails("MATCH (n) DELETE 42");

        error.Kind.Should().Be(CypherErrorKind.SyntaxError);
        error.Message.Should().StartWith("Type mismatch: DELETE expected Node, Path or Relationship but was Integer");
    }

    [Fact]
    public void Errors_carry_the_position_of_the_offending_node()
    {
        var db = new TestDatabase();
        var error = db.Fails("MATCH (a)\nRETURN a, missing");
        error.Position.Should().NotBeNull();
        error.Position!.Value.Line.Should().Be(2);
        error.Position!.Value.Column.Should().Be(11);
    }

    [Theory]
    [InlineData("RETURN any(x IN [2, 'a'] WHERE x % 2 = 0)", true)]
    [InlineData("RETURN all(x IN [1, 2.5] WHERE x % 2 > 0)", true)]
    [InlineData("RETURN all(x IN [1, 3] WHERE x % 2 = 1)", true)]
    public void Predicates_over_lists_of_mixed_or_fitting_elements_compile(string query, bool expected) =>
        new TestDatabase().Scalar(query).Should().Be(expected);
}
