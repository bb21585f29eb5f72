using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserClauseTests
{
    [Fact]
    public void Match_with_where()
    {
        var match = Parse.Clause<MatchClause>("MATCH (n:Person) WHERE n.age > 30 RETURN n");
        match.Optional.Should().BeFalse();
        match.Pattern.Parts.Should().ContainSingle();
        Parse.Show(match.Where!).Should().Be("(n.age GreaterThan 30)");
    }

    [Fact]
    public void Optional_match()
    {
        var match = Parse.Clause<MatchClause>("optional match (n)-->(m) return m");
        match.Optional.Should().BeTrue();
        match.Span.Should().Be(new SourceSpan(0, 24, 1, 1));
    }

    [Fact]
    public void Unwind()
    {
        var unwind = Parse.Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x");
        unwind.Variable.Should().Be("x");
        Parse.Show(unwind.Expression).Should().Be("[1, 2]");
    }

    [Fact]
    public void Standalone_procedure_call_without_parentheses()
    {
        var call = Parse.Clause<CallClause>("CALL db.labels");
        call.ProcedureName.Should().Be("db.labels");
        call.Arguments.Should().BeNull();
        call.Standalone.Should().BeTrue();
    }

    [Fact]
    public void Standalone_procedure_call_with_yield_star()
    {
        var call = Parse.Clause<CallClause>("CALL test.my.proc('a', 1) YIELD *");
        call.Arguments!.Value.Should().HaveCount(2);
        call.YieldAll.Should().BeTrue();
        call.Standalone.Should().BeTrue();
    }

    [Fact]
    public void In_query_procedure_call_with_yield_aliases_and_where()
    {
        var call = Parse.Clause<CallClause>("CALL db.labels() YIELD label AS l, other WHERE l <> 'x' RETURN l");
        call.Standalone.Should().BeFalse();
        call.Arguments!.Value.Should().BeEmpty();
        call.Yield!.Value.Select(y => y.Variable).Should().Equal("l", "other");
        call.Where.Should().NotBeNull();
    }

    [Fact]
    public void A_lone_call_inside_a_subquery_is_not_standalone()
    {
        var call = Parse.Clause<SubqueryCallClause>("CALL { CALL db.labels() } RETURN 1");
        call.Query.Should().BeOfType<SingleQuery>().Which.Clauses.Single().Should().BeOfType<CallClause>()
            .Which.Standalone.Should().BeFalse();
        Parse.StatementError("CALL { CALL db.labels() YIELD * } RETURN 1").Detail.Should().Be("UnexpectedSyntax");
    }

    [Fact]
    public void Yield_star_inside_a_larger_query_is_rejected()
    {
        Parse.StatementError("CALL p() YIELD * RETURN x").Detail.Should().Be("UnexpectedSyntax");
    }

    [Fact]
    public void Call_subquery()
    {
        var call = Parse.Clause<SubqueryCallClause>("MATCH (n) CALL { WITH n MATCH (n)-->(m) RETURN count(m) AS c } RETURN n, c", 1);
        call.Query.Should().BeOfType<SingleQuery>().Which.Clauses.Should().HaveCount(3);
    }

    [Fact]
    public void Call_subquery_with_union()
    {
        var call = Parse.Clause<SubqueryCallClause>("CALL { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x");
        call.Query.Should().BeOfType<UnionQuery>();
    }

    [Fact]
    public void Call_subquery_in_transactions_takes_its_options_in_any_order()
    {
        var call = Parse.Clause<SubqueryCallClause>(
            "CALL (x) { CREATE (:N {x: x}) } IN TRANSACTIONS REPORT STATUS AS s OF 10 ROWS ON ERROR CONTINUE");
        call.Scope!.Variables.Should().Equal("x");
        call.InTransactions!.BatchSize.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be(10);
        call.InTransactions.OnError.Should().Be(InTransactionsErrorMode.Continue);
        call.InTransactions.ReportStatusVariable.Should().Be("s");
    }

    [Fact]
    public void Report_status_needs_on_error_continue_or_break()
    {
        var error = Parse.StatementError("CALL { CREATE (:N) } IN TRANSACTIONS REPORT STATUS AS s");
        error.Message.Should().Contain("REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK");
    }

    [Fact]
    public void Nested_call_in_transactions_is_refused()
    {
        var error = Parse.StatementError("CALL { CALL { CREATE (:N) } IN TRANSACTIONS }");
        error.Message.Should().Contain("Nested CALL { ... } IN TRANSACTIONS is not supported");
    }

    [Fact]
    public void Foreach_with_nested_updates()
    {
        var loop = Parse.Clause<ForeachClause>("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) FOREACH (y IN [x] | MERGE (:M {v: y})))");
        loop.Variable.Should().Be("x");
        loop.Body.Should().HaveCount(2);
        loop.Body[1].Should().BeOfType<ForeachClause>().Which.Body.Single().Should().BeOfType<MergeClause>();
    }

    [Theory]
    [InlineData("FOREACH (x IN [1] | MATCH (n) SET n.x = x)", 21)]
    [InlineData("FOREACH (x IN [1] | CREATE () RETURN x)", 31)]
    public void Foreach_body_takes_only_updating_clauses(string text, int column)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position!.Value.Column.Should().Be(column);
    }

    [Fact]
    public void Union_and_union_all()
    {
        var union = CypherParserAccess.Statement("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x").Should().BeOfType<UnionQuery>().Subject;
        union.Queries.Should().HaveCount(3);
        union.All.Should().Equal(false, true);
    }

    [Fact]
    public void Keywords_may_name_variables_labels_and_keys()
    {
        var query = Parse.Query("MATCH (order:Order {count: 1})-[:CONTAINS]->(`match`) RETURN order.count AS count, `match`");
        var ret = query.Clauses[1].Should().BeOfType<ReturnClause>().Subject;
        ret.Body.Items.Select(i => i.Name).Should().Equal("count", "`match`");
    }
}

/// <summary>Reaches the public entry points for statement kinds other than single queries.</summary>
internal static class CypherParserAccess
{
    public static Statement Statement(string text) => GraphExplorer.Cypher.Syntax.CypherParser.ParseStatement(text);
}
