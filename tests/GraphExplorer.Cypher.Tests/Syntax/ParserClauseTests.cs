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
    public void Return_items_keep_their_source_text_as_names()
    {
        var body = Parse.Clause<ReturnClause>("MATCH (n) RETURN n.name, count(*), n.age  +  1 AS next, toUpper( n.name )", 1).Body;
        body.Items.Select(i => i.Name).Should().Equal("n.name", "count(*)", "next", "toUpper( n.name )");
        body.Items[2].Text.Should().Be("n.age  +  1");
        body.Items[2].Alias.Should().Be("next");
        body.Items[0].Alias.Should().BeNull();
    }

    [Fact]
    public void Return_star_distinct_order_skip_limit()
    {
        var body = Parse.Clause<ReturnClause>("MATCH (n) RETURN DISTINCT *, n.x AS x ORDER BY x DESC, n.y ASC, n.z SKIP 2 LIMIT $max", 1).Body;
        body.Distinct.Should().BeTrue();
        body.IncludeExisting.Should().BeTrue();
        body.Items.Single().Alias.Should().Be("x");
        body.OrderBy.Select(s => (Parse.Show(s.Expression), s.Descending)).Should().Equal(("x", true), ("n.y", false), ("n.z", false));
        Parse.Show(body.Skip!).Should().Be("2");
        Parse.Show(body.Limit!).Should().Be("$max");
    }

    [Fact]
    public void Order_by_accepts_long_direction_keywords()
    {
        var body = Parse.Clause<ReturnClause>("RETURN 1 AS x ORDER BY x DESCENDING").Body;
        body.OrderBy.Single().Descending.Should().BeTrue();
    }

    [Fact]
    public void With_where_filters_after_projection()
    {
        var with = Parse.Clause<WithClause>("MATCH (n) WITH n, count(*) AS c WHERE c > 1 RETURN n", 1);
        with.Body.Items.Select(i => i.Name).Should().Equal("n", "c");
        Parse.Show(with.Where!).Should().Be("(c GreaterThan 1)");
    }

    [Fact]
    public void With_star_and_limit()
    {
        var with = Parse.Clause<WithClause>("MATCH (n) WITH * LIMIT 1 RETURN n", 1);
        with.Body.IncludeExisting.Should().BeTrue();
        with.Body.Items.Should().BeEmpty();
        with.Body.Limit.Should().NotBeNull();
    }

    [Fact]
    public void Unwind()
    {
        var unwind = Parse.Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x");
        unwind.Variable.Should().Be("x");
        Parse.Show(unwind.Expression).Should().Be("[1, 2]");
    }

    [Fact]
    public void Create_with_several_parts()
    {
        var create = Parse.Clause<CreateClause>("CREATE (a:A {name: 'x'}), (b)-[:R {w: 1}]->(c), p = (d)");
        create.Pattern.Parts.Should().HaveCount(3);
        create.Pattern.Parts[2].Variable.Should().Be("p");
    }

    [Fact]
    public void Create_accepts_a_parameter_map_for_properties()
    {
        var create = Parse.Clause<CreateClause>("CREATE (n:Person $props)");
        create.Pattern.Parts.Single().Element.Start.Properties.Should().BeOfType<Parameter>().Which.Name.Should().Be("props");
    }

    [Fact]
    public void Merge_with_on_create_and_on_match()
    {
        var merge = Parse.Clause<MergeClause>(
            "MERGE (n:Org {id: $id}) ON CREATE SET n.created = timestamp(), n:New ON MATCH SET n += $props");
        merge.Part.Element.Start.Labels.Should().Equal("Org");
        merge.Actions.Should().HaveCount(2);
        merge.Actions[0].OnCreate.Should().BeTrue();
        merge.Actions[0].Items.Should().HaveCount(2);
        merge.Actions[1].OnCreate.Should().BeFalse();
        merge.Actions[1].Items.Single().Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeTrue();
    }

    [Fact]
    public void Set_items_of_every_kind()
    {
        var set = Parse.Clause<SetClause>("MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L1:L2, (n).d = 4", 1);
        set.Items[0].Should().BeOfType<SetPropertyItem>().Which.Target.Key.Should().Be("a");
        set.Items[1].Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeFalse();
        set.Items[2].Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeTrue();
        set.Items[3].Should().BeOfType<SetLabelsItem>().Which.Labels.Should().Equal("L1", "L2");
        set.Items[4].Should().BeOfType<SetPropertyItem>().Which.Target.Key.Should().Be("d");
    }

    [Fact]
    public void Set_of_a_non_property_fails_at_the_assignment()
    {
        var error = Parse.StatementError("MATCH (n) SET f(n) = 1");
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position!.Value.Column.Should().Be(20);
    }

    [Fact]
    public void Remove_properties_and_labels()
    {
        var remove = Parse.Clause<RemoveClause>("MATCH (n) REMOVE n.a, n:L1:L2", 1);
        remove.Items[0].Should().BeOfType<RemovePropertyItem>().Which.Target.Key.Should().Be("a");
        remove.Items[1].Should().BeOfType<RemoveLabelsItem>().Which.Labels.Should().Equal("L1", "L2");
    }

    [Fact]
    public void Delete_and_detach_delete()
    {
        Parse.Clause<DeleteClause>("MATCH (n)-[r]->() DELETE r, n", 1).Should()
            .Match<DeleteClause>(d => !d.Detach && d.Expressions.Length == 2);
        Parse.Clause<DeleteClause>("MATCH (n) DETACH DELETE n", 1).Detach.Should().BeTrue();
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
    public void Call_subquery_in_transactions_is_rejected_with_a_reason()
    {
        var error = Parse.StatementError("CALL { CREATE (:N) } IN TRANSACTIONS OF 10 ROWS");
        error.Position!.Value.Column.Should().Be(22);
        error.Message.Should().Contain("IN TRANSACTIONS is not supported");
    }

    [Fact]
    public void Foreach_with_nested_updates()
    {
        var loop = Parse.Clause<ForeachClause>("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) FOREACH (y IN [x] | MERGE (:M {v: y})))");
        loop.Variable.Should().Be("x");
        loop.Body.Should().HaveCount(2);
        loop.Body[1].Should().BeOfType<ForeachClause>().Which.Body.Single().Should().BeOfType<MergeClause>();
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
