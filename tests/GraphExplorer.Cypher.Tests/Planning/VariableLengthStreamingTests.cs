using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// A pattern with a variable-length hop (first, or after fixed ones) yields its matches as the walk finds them, so that
/// LIMIT stops the walk from a hub instead of waiting for every walk from it; the rows and their order are those of the
/// whole walk.
/// </summary>
public sealed class VariableLengthStreamingTests
{
    [Theory]
    [InlineData("MATCH (a:Node {id: 0})-[:T*1..3]->(b) RETURN b.id AS id")]
    [InlineData("MATCH (a:Node {id: 1})-[r:T|U*2..3]-(b) RETURN b.id AS id, size(r) AS hops")]
    [InlineData("MATCH (a:Node {id: 0})-[:T*0..2]->(b)-[:U]->(c) RETURN b.id AS b, c.id AS c")]
    [InlineData("MATCH p = (a:Hub)<-[:T*1..2]-(b) RETURN a.id AS a, length(p) AS l, b.id AS b")]
    [InlineData("MATCH (a:Node {id: 0}) MATCH (a)((x)-[:T]->(y)){1,3}(b) RETURN b.id AS b, size(x) AS n")]
    [InlineData("MATCH (a:Node {id: 0}) MATCH (a)((x)-[:T]->(y)-[:U]->(z)){1,2}(b) RETURN b.id AS b, [n IN y | n.id] AS ys")]
    [InlineData("MATCH p = (a:Node {id: 1})-[:U]-(c) ((x)-[:T]-(y) WHERE x.group <> y.group){1,2} (b) RETURN length(p) AS l, b.id AS b")]
    [InlineData("MATCH (a:Node {id: 0})-[:T]->(b)-[:U*1..2]->(c) RETURN b.id AS b, c.id AS c")]
    [InlineData("MATCH (a:Hub)-[:T]->(b)<-[:T*1..2]-(c) RETURN a.id AS a, c.id AS c")]
    [InlineData("MATCH p = (a:Node {id: 1})-[:U]-(b)-[r:T*1..2]->(c)-[:T]->(d) RETURN length(p) AS l, d.id AS d, r[0] = r[-1] AS one")]
    public void A_limited_walk_returns_the_first_rows_of_the_whole_walk_on_random_power_law_graphs(string query)
    {
        foreach (var seed in new[] { 1, 2 })
        {
            var db = PowerLawGraph.Create(seed);
            var all = PowerLawGraph.Rows(db, query);
            all.Should().NotBeEmpty();
            foreach (var limit in new[] { 1, 7, all.Count / 2 })
            {
                PowerLawGraph.Rows(db, $"{query} LIMIT {limit}").Should().Equal(all.Take(limit), "seed {0}, LIMIT {1}", seed, limit);
            }
        }
    }

    [Fact]
    public void Limit_stops_a_walk_whose_full_expansion_would_not_end_in_time()
    {
        // 14 nodes all joined to each other: about 14^7 walks of up to 7 relationships from any node.
        var db = new TestDatabase(new EmbeddedDatabaseOptions(new QueryLimits(Timeout: TimeSpan.FromSeconds(3))));
        db.Run("UNWIND range(0, 13) AS i CREATE (:Node {id: i})");
        db.Run("MATCH (a:Node), (b:Node) WHERE a <> b CREATE (a)-[:T]->(b)");

        db.Column("MATCH (a:Node {id: 0})-[:T*1..7]->(b) RETURN b.id AS id LIMIT 5").Should().HaveCount(5);
        db.Fails("MATCH (a:Node {id: 0})-[:T*1..7]->(b) WITH b RETURN count(*) AS walks").Kind.Should().Be(CypherErrorKind.QueryTimeout);
    }

    [Fact]
    public void Limit_stops_a_walk_after_a_fixed_hop_whose_full_expansion_would_not_end_in_time()
    {
        // 14 nodes all joined to each other: about 13 × 14^7 walks of one fixed and up to 7 more relationships.
        var db = new TestDatabase(new EmbeddedDatabaseOptions(new QueryLimits(Timeout: TimeSpan.FromSeconds(3))));
        db.Run("UNWIND range(0, 13) AS i CREATE (:Node {id: i})");
        db.Run("MATCH (a:Node), (b:Node) WHERE a <> b CREATE (a)-[:T]->(b)");

        db.Column("MATCH (a:Node {id: 0})-[:T]->(b)-[:T*1..7]->(c) RETURN c.id AS id LIMIT 5").Should().HaveCount(5);
        db.Fails("MATCH (a:Node {id: 0})-[:T]->(b)-[:T*1..7]->(c) WITH c RETURN count(*) AS walks").Kind.Should().Be(CypherErrorKind.QueryTimeout);
    }
}
