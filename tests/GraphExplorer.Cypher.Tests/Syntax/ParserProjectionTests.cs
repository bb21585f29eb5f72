using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserProjectionTests
{
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
}
