using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// Quantified path patterns of several relationships (Cypher manual 5, "Patterns", "Variable-length patterns"): what
/// EXPLAIN shows, LIMIT stopping the walk, and the compile errors with their place. Results are checked case by case
/// in tests/neo4j5-dialect/qpp.
/// </summary>
public sealed class QuantifiedPathPatternTests
{
    private const string Stations = """
        CREATE (a:Station {name: 'A'}), (b:Station {name: 'B'}), (c:Station {name: 'C'}),
               (a)-[:ROAD]->(:Junction)-[:ROAD]->(b)-[:ROAD]->(:Junction)-[:ROAD]->(c)
        """;

    [Fact]
    public void Explain_shows_the_repeated_path_as_a_trail_in_the_order_it_is_walked()
    {
        var db = new TestDatabase();
        db.Run(Stations);

        Descriptions(db, "EXPLAIN MATCH (s:Station {name: 'A'}) ((a)-[:ROAD]->(m:Junction)-[:ROAD]->(b)){1,3} (t) RETURN t")
            .Should().Contain(d => d.Contains("Repeat(Trail)(s) ((a)-[:ROAD]->(m:Junction)-[:ROAD]->(b)){1,3} (t)", StringComparison.Ordinal));
        Descriptions(db, "EXPLAIN MATCH ((a)-[:ROAD]->(m)-[:ROAD]->(b))+ (t:Station {name: 'C'}) RETURN a")
            .Should().Contain(d => d.Contains("((b)<-[:ROAD]-(m)<-[:ROAD]-(a)){1,}", StringComparison.Ordinal), "the pattern is walked from its end");
        Descriptions(db, "EXPLAIN MATCH p = SHORTEST 2 (s:Station {name: 'A'}) ((a)-[:ROAD]->(m)-[:ROAD]->(b))+ (t:Station) RETURN p")
            .Should().Contain(d => d.Contains("StatefulShortestPath(", StringComparison.Ordinal) && d.Contains("2 paths", StringComparison.Ordinal));
    }

    [Fact]
    public void Limit_stops_a_quantified_path_walk_whose_full_expansion_would_not_end_in_time()
    {
        // About 13^8 walks of up to four iterations of two relationships.
        var db = CompleteGraph(TimeSpan.FromSeconds(3));
        const string walk = "MATCH (a:Node {id: 0}) ((x)-[:T]->(y)-[:T]->(z)){1,4} (b)";

        db.Column($"{walk} RETURN b.id AS id LIMIT 5").Should().HaveCount(5);
        db.Fails($"{walk} WITH b RETURN count(*) AS walks").Kind.Should().Be(CypherErrorKind.QueryTimeout);
    }

    [Fact]
    public void A_selector_between_two_bound_near_nodes_or_under_a_limit_answers_without_walking_every_longer_trail()
    {
        // The trails from node 0 (billions) could not be walked in the time allowed, which is generous for the few
        // thousand walks of up to four relationships a machine under load needs.
        var db = CompleteGraph(TimeSpan.FromSeconds(20));
        const string ends = "MATCH (a:Node {id: 0}), (b:Node {id: 5})";
        const string pattern = "(a) ((x)-[:T]->(y)-[:T]->(z))+ (b)";

        db.Column($"{ends} MATCH p = SHORTEST 1 {pattern} RETURN length(p) AS l").Should().Equal(2L);
        db.Column($"{ends} MATCH p = ALL SHORTEST {pattern} RETURN [n IN y | n.id][0] AS via").Should().HaveCount(12);
        db.Column($"{ends} MATCH p = SHORTEST 2 GROUPS {pattern} RETURN DISTINCT length(p) AS l").Should().BeEquivalentTo([2L, 4L]);
        db.Column("MATCH p = SHORTEST 1 (a:Node {id: 0}) ((x)-[:T]->(y)-[:T]->(z))+ (b:Node) RETURN length(p) AS l LIMIT 1")
            .Should().Equal(2L);
    }

    [Fact]
    public void A_variable_of_the_same_match_read_inside_is_refused_with_42I21_and_its_place()
    {
        var error = new TestDatabase().Fails("MATCH (s:Station)\n  ((x)-[:ROAD]->(y) WHERE x.z > s.z){1,2} (t)\nRETURN t");

        error.GqlStatus!.Includes("42I21").Should().BeTrue(error.GqlStatus.ToString());
        error.Position.Should().NotBeNull();
        (error.Position!.Value.Line, error.Position.Value.Column).Should().Be((2, 3));
    }

    [Theory]
    [InlineData("MATCH ((x:A)){2,4} RETURN x", 8)]
    [InlineData("MATCH (:A) (()-[:R]->+()){2,3} (:B) RETURN 1", 15)]
    public void A_pattern_Neo4j_refuses_is_an_invalid_relationship_pattern_at_its_place(string query, int column)
    {
        var error = new TestDatabase().Fails(query);

        error.Detail.Should().Be("InvalidRelationshipPattern");
        (error.Position!.Value.Line, error.Position.Value.Column).Should().Be((1, column));
    }

    [Fact]
    public void Legacy_shortest_path_functions_still_take_one_relationship_only()
    {
        new TestDatabase().Fails("MATCH p = shortestPath((a)-[:R]->(b)-[:R]->(c)) RETURN p").Detail.Should().Be("UnsupportedFeature");
    }

    /// <summary>14 nodes, each with a relationship to every other one, and a time limit on each query.</summary>
    private static TestDatabase CompleteGraph(TimeSpan timeout)
    {
        var db = new TestDatabase(new EmbeddedDatabaseOptions(new QueryLimits(Timeout: timeout)));
        db.Run("UNWIND range(0, 13) AS i CREATE (:Node {id: i})");
        db.Run("MATCH (a:Node), (b:Node) WHERE a <> b CREATE (a)-[:T]->(b)");
        return db;
    }

    private static List<string> Descriptions(TestDatabase db, string query) =>
        db.Run(query).Select(r => r[3] as string).OfType<string>().ToList();
}
