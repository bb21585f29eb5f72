using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// Counting a one-hop pattern per node reads the node's degree (GetDegree) instead of expanding a row per
/// relationship, with the answers of the expansion, in the same order.
/// </summary>
public sealed class DegreeShortcutTests
{
    private static List<string> Operators(QueryResult plan) => plan.Select(r => (string)r[2]!).ToList();

    private static string? DetailsOf(QueryResult plan, string op) => plan.First(r => (string)r[2]! == op)[3] as string;

    /// <summary>The details of the plan's aggregation (with or without grouping keys).</summary>
    private static string? AggregationDetails(QueryResult plan) => plan.First(r => ((string)r[2]!).EndsWith("Aggregation", StringComparison.Ordinal))[3] as string;

    /// <summary>The details of the plan's MATCH or OPTIONAL MATCH.</summary>
    private static string? MatchDetails(QueryResult plan) => plan.First(r => ((string)r[2]!).EndsWith("Match", StringComparison.Ordinal))[3] as string;

    [Fact]
    public void Out_degree_top_ten_counts_degrees_instead_of_expanding()
    {
        var plan = new TestDatabase().Run("EXPLAIN MATCH (a)-[r:T]->() RETURN a, count(r) AS c ORDER BY c DESC LIMIT 10");
        Operators(plan).Should().Equal("Match", "EagerAggregation", "Top");
        DetailsOf(plan, "Match").Should().Be("AllNodesScan(a)");
        DetailsOf(plan, "EagerAggregation").Should().Be("count = GetDegree((a)-[:T]->())");
    }

    [Theory]
    [InlineData("MATCH (a:Hub)<-[:T|U]-() RETURN a.group AS g, count(*) AS c", "count = GetDegree((a)<-[:T|U]-())")]
    [InlineData("MATCH (a:Hub)-[r]-(b) RETURN count(b) AS c", "count = GetDegree((a)-[]-())")]
    [InlineData("MATCH (a)-[r:T]->(b) RETURN b.group AS g, count(r) AS c", "count = GetDegree((b)<-[:T]-())")]
    [InlineData("MATCH (a)<-[r]-(b) RETURN b, count(*) AS c", "count = GetDegree((b)-[]->())")]
    public void Grouping_by_what_the_start_node_gives_or_by_nothing_counts_degrees(string query, string details) =>
        AggregationDetails(new TestDatabase().Run("EXPLAIN " + query)).Should().Be(details);

    [Theory]
    [InlineData("OPTIONAL MATCH (a)-[r:T]->() RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T]->(:Hub) RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T]->(b) WHERE b.score > 1 RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T {w: 1}]->() RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:$('T')]->() RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T]->(:$('Hub')) RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T*1..2]->() RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)-[r:T]->(b) RETURN a, count(DISTINCT b) AS c")]
    [InlineData("MATCH (a)-[r:T]->() RETURN a, sum(r.w) AS c")]
    [InlineData("MATCH (a)-[r:T]->(a) RETURN a, count(r) AS c")]
    [InlineData("MATCH p = (a)-[r:T]->() RETURN a, count(p) AS c")]
    public void Where_the_relationship_or_the_other_end_matters_the_pattern_is_expanded(string query)
    {
        var plan = new TestDatabase().Run("EXPLAIN " + query);
        plan.Select(r => r[3] as string).Should().NotContain(d => d != null && d.Contains("GetDegree"));
        MatchDetails(plan).Should().Contain("Expand", "the relationships are walked");
    }

    /// <summary>Each query, then the same with a WITH between MATCH and RETURN, which keeps the expansion.</summary>
    [Theory]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN a, count(r) AS c ORDER BY c DESC LIMIT 10")]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN a, count(r) AS c")]
    [InlineData("MATCH (a)<-[r:T|U]-(b) {0} RETURN a.id AS id, count(*) AS c ORDER BY c, id")]
    [InlineData("MATCH (a)-[r]-(b) {0} RETURN a, count(b) AS c, count(a) AS c2")]
    [InlineData("MATCH (a:Hub)-[r:U]->(b) {0} RETURN a.group AS g, count(r) AS c, count(*) AS all ORDER BY g")]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN count(r) AS c")]
    [InlineData("MATCH (a)-[r:Missing]->(b) {0} RETURN count(r) AS c")]
    [InlineData("MATCH (a)-[r:Missing]->(b) {0} RETURN a, count(r) AS c")]
    [InlineData("MATCH (h:Hub) MATCH (h)-[r:T]->(b) {0} RETURN h.id AS id, count(r) AS c ORDER BY c DESC, id LIMIT 5")]
    [InlineData("MATCH (a {group: 2})-[r]->(b) {0} RETURN a.score AS s, count(*) AS c ORDER BY s")]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN b.group AS g, count(*) AS c ORDER BY g")]
    [InlineData("MATCH (a)-[r]-(b) {0} RETURN b.id AS id, count(r) AS c ORDER BY c DESC, id LIMIT 10")]
    [InlineData("MATCH (a)-[r:U]->(b {group: 2}) {0} RETURN b.id AS id, count(a) AS c ORDER BY id")]
    [InlineData("MATCH (a)<-[r:T|U]-(b) {0} RETURN b, count(*) AS c ORDER BY c DESC, b.id LIMIT 5")]
    public void Degrees_give_the_answers_of_expanding_and_counting_on_random_power_law_graphs(string query)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var db = PowerLawGraph.Create(seed);
            var counted = query.Replace("{0}", "", StringComparison.Ordinal);
            var expanded = query.Replace("{0}", query.StartsWith("MATCH (h", StringComparison.Ordinal) ? "WITH h, r, b" : "WITH a, r, b", StringComparison.Ordinal);
            AggregationDetails(db.Run("EXPLAIN " + counted)).Should().StartWith("count = GetDegree", "the shortcut is what is compared");
            AggregationDetails(db.Run("EXPLAIN " + expanded)).Should().BeNull("the expansion is what it is compared with");
            var expected = PowerLawGraph.Rows(db, expanded);
            PowerLawGraph.Rows(db, counted).Should().Equal(expected, "seed {0}: {1}", seed, counted);
        }
    }

    [Fact]
    public void Degrees_inside_a_writing_query_see_its_own_changes()
    {
        var db = PowerLawGraph.Create(4, nodes: 30, relationships: 100);
        var query = """
            MATCH (x:Node {id: 7}), (y:Node {id: 8}) CREATE (x)-[:T]->(y), (x)-[:T]->(x)
            WITH count(*) AS created
            MATCH (a)-[r:T]-(b) {0} RETURN a.id AS id, count(r) AS c ORDER BY c DESC, id
            """;
        var counted = PowerLawGraph.Rows(db, query.Replace("{0}", "", StringComparison.Ordinal));
        db.Run("MATCH (:Node {id: 7})-[r:T]->(:Node) WITH r ORDER BY id(r) DESC LIMIT 2 DELETE r");
        var expanded = PowerLawGraph.Rows(db, query.Replace("{0}", "WITH a, r, b", StringComparison.Ordinal));
        counted.Should().Equal(expanded);
    }
}
