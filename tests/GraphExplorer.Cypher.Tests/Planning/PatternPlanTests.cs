namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// How a pattern is planned, as EXPLAIN shows it in a MATCH's details: which node starts each part and how, then the
/// expansions from there (rightwards first, then leftwards).
/// </summary>
public sealed class PatternPlanTests
{
    private static string MatchDetails(string query, int match = 0)
    {
        var plan = PlannerTests.Indexed().Run("EXPLAIN " + query);
        return plan.Where(r => (string)r[2]! is "Match" or "OptionalMatch").Select(r => (string)r[3]!).ElementAt(match);
    }

    [Fact]
    public void A_node_bound_by_an_earlier_clause_starts_the_pattern_as_an_argument()
    {
        MatchDetails("MATCH (p:Person {id: 1}) MATCH (p)-[:MEMBER]->(o) RETURN o", match: 1)
            .Should().Be("Argument(p) → Expand(p)-[:MEMBER]->(o)");
    }

    [Fact]
    public void An_indexed_node_in_the_middle_starts_and_the_pattern_expands_both_ways()
    {
        MatchDetails("MATCH (a)-[:R]->(p:Person {id: 1})-[:S]->(b) RETURN a")
            .Should().Be("NodeIndexSeek(p:Person(id)) → Expand(p)-[:S]->(b) → Expand(p)<-[:R]-(a)");
    }

    [Fact]
    public void A_variable_length_relationship_is_expanded_with_its_bounds()
    {
        MatchDetails("MATCH (p:Person {id: 1})-[:KNOWS*1..3]->(q) RETURN q")
            .Should().Be("NodeIndexSeek(p:Person(id)) → VarLengthExpand(p)-[:KNOWS*1..3]->(q)");
    }

    [Fact]
    public void A_value_bound_by_an_earlier_part_seeks_the_index()
    {
        MatchDetails("MATCH (o:Org), (p:Person) WHERE p.id = o.id RETURN p")
            .Should().Be("NodeByLabelScan(o:Org); NodeIndexSeek(p:Person(id))");
    }

    [Fact]
    public void A_value_read_from_a_node_of_the_same_part_cannot_seek_the_index()
    {
        MatchDetails("MATCH (p:Person)-[:KNOWS]->(q:Person) WHERE p.id = q.id RETURN p")
            .Should().Be("NodeByLabelScan(p:Person) → Expand(p)-[:KNOWS]->(q)");
    }

    [Fact]
    public void Anonymous_nodes_are_shown_without_a_name()
    {
        MatchDetails("MATCH (:Org)<-[:MEMBER]-(p) RETURN p").Should().Be("NodeByLabelScan(:Org) → Expand()<-[:MEMBER]-(p)");
    }

    [Fact]
    public void An_optional_match_is_planned_like_a_match()
    {
        MatchDetails("MATCH (p:Person {id: 1}) OPTIONAL MATCH (p)-[:MEMBER]->(o:Org) RETURN o", match: 1)
            .Should().Be("Argument(p) → Expand(p)-[:MEMBER]->(o)");
    }

    [Fact]
    public void A_shortest_path_starts_at_its_first_node()
    {
        MatchDetails("MATCH (a:Person {id: 1}), (b:Person {id: 2}), p = shortestPath((a)-[:KNOWS*]-(b)) RETURN p")
            .Should().Be("NodeIndexSeek(a:Person(id)); NodeIndexSeek(b:Person(id)); ShortestPath(Argument(a))");
    }

    [Fact]
    public void Merge_matches_with_the_same_planner_and_a_bound_node_beats_an_index()
    {
        var db = PlannerTests.Indexed();
        string? MergeDetails(string query) => db.Run("EXPLAIN " + query).Single(r => (string)r[2]! == "Merge")[3] as string;

        MergeDetails("MERGE (p:Person {id: 7})").Should().Be("NodeIndexSeek(p:Person(id))");
        MergeDetails("MATCH (o:Org {id: 1}) MERGE (p:Person {id: 7})-[:MEMBER]->(o)").Should().Be("Argument(o) → Expand(o)<-[:MEMBER]-(p)");
    }
}
