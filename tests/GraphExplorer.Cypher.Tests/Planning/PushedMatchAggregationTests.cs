using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// An aggregation right after a MATCH runs the MATCH itself and takes each match as it is found (no row object per
/// match), with the answers of pulling the matches through a WITH, in the same order.
/// </summary>
public sealed class PushedMatchAggregationTests
{
    private const string Pushed = "matches aggregated as found";

    /// <summary>The details of the plan's aggregation (with or without grouping keys).</summary>
    private static string? AggregationDetails(QueryResult plan) => plan.First(r => ((string)r[2]!).EndsWith("Aggregation", StringComparison.Ordinal))[3] as string;

    [Theory]
    [InlineData("MATCH (a)-[r:PARTNER]->(b) RETURN b.key AS key, sum(r.weight) AS c ORDER BY c DESC LIMIT 10")]
    [InlineData("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c")]
    [InlineData("MATCH (n:Org) RETURN n.kind AS kind, count(*) AS c ORDER BY kind")]
    [InlineData("MATCH (a)-[r]->(b) RETURN a.key AS key, count(DISTINCT b) AS c")]
    [InlineData("MATCH (a:Org), (a)-[r]->(b) WHERE b.x > 1 RETURN collect(r.since) AS s")]
    public void An_aggregation_after_a_match_takes_its_matches_as_found(string query)
    {
        var plan = new TestDatabase().Run("EXPLAIN " + query);
        plan.Select(r => (string)r[2]!).Should().ContainInOrder("Match", AggregationName(plan));
        AggregationDetails(plan).Should().Be(Pushed);
    }

    [Theory]
    [InlineData("OPTIONAL MATCH (a)-[r:T]->(b) RETURN b.key AS key, count(*) AS c")]
    [InlineData("MATCH (a)-[r:T]->(b) WITH a, r, b RETURN b.key AS key, count(*) AS c")]
    [InlineData("UNWIND [1, 2] AS x RETURN x, count(*) AS c")]
    public void An_aggregation_after_anything_else_pulls_its_rows(string query) =>
        AggregationDetails(new TestDatabase().Run("EXPLAIN " + query)).Should().BeNull();

    /// <summary>
    /// Each query with <c>{0}</c> removed (pushed), then with <c>{0}</c> replaced by the WITH given (pulled through a
    /// projection, as before), on random power-law graphs whose relationships carry a <c>w</c> property (or none).
    /// </summary>
    [Theory]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN b.group AS g, count(DISTINCT a) AS c ORDER BY c DESC, g LIMIT 10", "WITH a, r, b")]
    [InlineData("MATCH (a)-[r]->(b) {0} RETURN type(r) AS t, count(*) AS c ORDER BY t", "WITH a, r, b")]
    [InlineData("MATCH ()-[r]->() {0} RETURN r.w AS w, count(*) AS c ORDER BY w", "WITH r")]
    [InlineData("MATCH (a)-[r:T]->(b) {0} RETURN a.id AS id, count(DISTINCT b) AS c ORDER BY c DESC, id LIMIT 10", "WITH a, r, b")]
    [InlineData("MATCH (a:Hub)-[r]-(b) {0} RETURN a.id AS id, count(r) AS c, collect(b.id) AS ids, sum(b.score) AS s", "WITH a, r, b")]
    [InlineData("MATCH (a)-[r]->(b) {0} RETURN r.w AS w, min(b.score) AS lo, max(a.score) AS hi, avg(a.score) AS mean ORDER BY w", "WITH a, r, b")]
    [InlineData("MATCH (a)-[r:T]->(b)-[s:U]->(c) {0} RETURN a.group AS g, count(*) AS c, count(DISTINCT c) AS d ORDER BY g", "WITH a, r, b, s, c")]
    [InlineData("MATCH (a)-[r:T]->(b) WHERE b.score > 3 {0} RETURN a.group AS g, count(*) AS c ORDER BY g", "WITH a, r, b")]
    [InlineData("MATCH (a:Hub), (a)-[r]->(b), (b)-[s]->(c) {0} RETURN a.id AS id, count(*) AS c, count(DISTINCT c) AS d", "WITH a, r, b, s, c")]
    [InlineData("MATCH p = (a)-[r:T*1..2]->(b) {0} RETURN length(p) AS l, b.group AS g, count(*) AS c ORDER BY l, g", "WITH p, a, r, b")]
    [InlineData("MATCH (a)-[r]->(b)-[s]->(a) {0} RETURN count(*) AS c, collect(DISTINCT a.id) AS ids", "WITH a, r, b, s")]
    [InlineData("MATCH (n:Node) {0} RETURN n.score AS s, count(*) AS c ORDER BY s", "WITH n")]
    [InlineData("MATCH (a:Node {id: 0})-[r:T]->(b)-[s:U*1..2]->(c) {0} RETURN c.group AS g, count(*) AS n ORDER BY g", "WITH a, r, b, s, c")]
    [InlineData("MATCH (a)-[r:Missing]->(b) {0} RETURN count(DISTINCT b) AS c", "WITH a, r, b")]
    [InlineData("MATCH (h:Hub) WITH h ORDER BY h.id LIMIT 5 MATCH (h)-[r]->(b) {0} RETURN h.id AS id, count(DISTINCT b.group) AS c", "WITH h, r, b")]
    [InlineData("MATCH (a:Node {id: 3}), (b:Node {id: 9}) MATCH p = shortestPath((a)-[*]-(b)) {0} RETURN length(p) AS l, count(*) AS c", "WITH p")]
    public void Pushed_matches_give_the_answers_of_pulled_ones_on_random_power_law_graphs(string query, string with)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var db = PowerLawGraph.Create(seed);
            db.Run("MATCH ()-[r]->() WHERE id(r) % 7 <> 0 SET r.w = id(r) % 5");
            var pushed = query.Replace("{0}", "", StringComparison.Ordinal);
            var pulled = query.Replace("{0}", with, StringComparison.Ordinal);
            AggregationDetails(db.Run("EXPLAIN " + pushed)).Should().Be(Pushed, "the pushed plan is what is compared");
            AggregationDetails(db.Run("EXPLAIN " + pulled)).Should().BeNull("the pulled plan is what it is compared with");
            PowerLawGraph.Rows(db, pushed).Should().Equal(PowerLawGraph.Rows(db, pulled), "seed {0}: {1}", seed, pushed);
        }
    }

    [Fact]
    public void Pushed_matches_inside_a_writing_query_see_its_own_changes()
    {
        var db = PowerLawGraph.Create(4, nodes: 30, relationships: 100);
        var query = """
            MATCH (x:Node {id: 7}), (y:Node {id: 8}) CREATE (x)-[:T {w: 9}]->(y), (x)-[:T {w: 9}]->(x)
            WITH count(*) AS created
            MATCH (a)-[r:T]-(b) {0} RETURN r.w AS w, count(DISTINCT a) AS c ORDER BY w
            """;
        var pushed = PowerLawGraph.Rows(db, query.Replace("{0}", "", StringComparison.Ordinal));
        db.Run("MATCH ()-[r:T {w: 9}]->() DELETE r");
        var pulled = PowerLawGraph.Rows(db, query.Replace("{0}", "WITH a, r, b", StringComparison.Ordinal));
        pushed.Should().Contain("9 | 2").And.Equal(pulled);
    }

    private static string AggregationName(QueryResult plan) => plan.Select(r => (string)r[2]!).First(n => n.EndsWith("Aggregation", StringComparison.Ordinal));
}
