using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// Dynamic labels and relationship types in MATCH, CREATE and MERGE patterns (Neo4j 5.26; Cypher manual 5, "MATCH" ›
/// "Match nodes and relationships using dynamic node labels and relationship types"): evaluated per row, in every
/// kind of expansion, with the type errors of a value that is not a STRING or a LIST&lt;STRING&gt;.
/// </summary>
public sealed class DynamicPatternLabelTests
{
    private static TestDatabase Graph()
    {
        var db = new TestDatabase();
        db.Run("""
            CREATE (a:Org:Agency {name: 'a'}), (b:Org {name: 'b'}), (c:Person {name: 'c'}),
                   (a)-[:SIGNED]->(b), (b)-[:SIGNED]->(c), (a)-[:FUNDS]->(c)
            """);
        return db;
    }

    [Fact]
    public void A_label_from_each_row_is_matched_for_that_row()
    {
        var rows = Graph().Run("UNWIND ['Org', 'Person', 'Nobody'] AS label MATCH (n:$(label)) RETURN label, n.name AS name ORDER BY label, name");
        rows.Select(r => $"{r["label"]}:{r["name"]}").Should().Equal("Org:a", "Org:b", "Person:c");
    }

    [Fact]
    public void Any_and_all_follow_the_list()
    {
        var db = Graph();
        db.Column("MATCH (n:$any(['Agency', 'Person'])) RETURN n.name ORDER BY n.name").Should().Equal("a", "c");
        db.Column("MATCH (n:$all(['Org', 'Agency'])) RETURN n.name").Should().Equal("a");
        db.Column("MATCH (n:$(['Org', 'Agency'])) RETURN n.name").Should().Equal("a");
    }

    [Fact]
    public void Types_are_matched_in_single_hops_variable_lengths_and_shortest_paths()
    {
        var db = Graph();
        db.Column("MATCH (x)-[:$($t)]->(y) RETURN x.name + y.name ORDER BY 1", new { t = "SIGNED" }).Should().Equal("ab", "bc");
        db.Column("MATCH ({name: 'a'})-[:$($t)*2]->(y) RETURN y.name", new { t = "SIGNED" }).Should().Equal("c");
        db.Column("MATCH ({name: 'a'})-[:$any($t)]->{1,2}(y) RETURN y.name ORDER BY y.name", new { t = new[] { "FUNDS" } }).Should().Equal("c");
        db.Column(
            "MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH p = shortestPath((a)-[:$($t)*]->(c)) RETURN length(p)",
            new { t = "SIGNED" }).Should().Equal(2L);
    }

    [Fact]
    public void A_node_bound_before_is_checked_against_the_dynamic_label()
    {
        var db = Graph();
        db.Column("MATCH (a {name: 'a'}) MATCH (a)-->(b:$('Person')) RETURN b.name").Should().Equal("c");
        db.Column("MATCH (c {name: 'c'}) MATCH ({name: 'a'})-->(c:$('Org')) RETURN c.name").Should().BeEmpty();
    }

    [Fact]
    public void Limit_stops_the_match_early()
    {
        var db = new TestDatabase();
        db.Run("UNWIND range(1, 2000) AS i CREATE (:Item {i: i})");
        db.Column("MATCH (n:$('Item')) RETURN n.i LIMIT 3").Should().HaveCount(3);
    }

    [Fact]
    public void Create_and_merge_set_the_labels_and_type_each_row_gives()
    {
        var db = new TestDatabase();
        db.Run("UNWIND [['A'], ['B', 'C']] AS labels CREATE (:$(labels):Item)-[:$(labels[0] + '_OF')]->(:Target)");
        db.Column("MATCH (n:Item)-[r]->() RETURN [l IN labels(n) WHERE l <> 'Item'] + type(r) ORDER BY type(r)")
            .Should().BeEquivalentTo(new object[] { new[] { "A", "A_OF" }, new[] { "B", "C", "B_OF" } }, o => o.WithStrictOrdering());
        db.Run("MERGE (n:$('Org') {name: 'x'})");
        db.Run("MERGE (n:$('Org') {name: 'x'})");
        db.Scalar("MATCH (n:Org) RETURN count(n)").Should().Be(1L);
    }

    [Theory]
    [InlineData("MATCH (n:$(1)) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n:$(null)) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n:$([1])) RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n:$('')) RETURN n", "InvalidArgumentValue")]
    [InlineData("MATCH ()-[r:$(1)]->() RETURN r", "InvalidArgumentType")]
    [InlineData("CREATE (:$(1))", "InvalidArgumentType")]
    [InlineData("CREATE ()-[:$(['A', 'B'])]->()", "InvalidArgumentValue")]
    [InlineData("CREATE ()-[:$([])]->()", "InvalidArgumentValue")]
    public void A_value_that_names_no_label_or_type_is_refused(string query, string detail)
    {
        var db = Graph();
        var error = db.Fails(query);
        error.Detail.Should().Be(detail);
        error.Message.Should().Contain("dynamic");
    }

    [Fact]
    public void Explain_shows_the_dynamic_type()
    {
        var plan = new TestDatabase().Run("EXPLAIN MATCH (a)-[:$any(['R'])]->(b) RETURN b");
        plan.Select(r => r[3] as string).Should().Contain(d => d != null && d.Contains("[:$any(…)]"));
    }
}
