using GraphExplorer.Cypher.Tests.Execution;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// A random graph with power-law out-degrees for comparing an optimised plan with the plan it replaces: sources skewed
/// towards low ids (u³), targets uniform, two relationship types, self-loops and parallel relationships, nodes without
/// relationships, some nodes labelled <c>:Hub</c>, and a small-ranged <c>score</c> (with nulls) so that ORDER BY meets ties.
/// </summary>
internal static class PowerLawGraph
{
    public static TestDatabase Create(int seed, int nodes = 200, int relationships = 1500)
    {
        var random = new Random(seed);
        var db = new TestDatabase();
        var nodeRows = Enumerable.Range(0, nodes).Select(i => (object?)new Dictionary<string, object?>
        {
            ["id"] = (long)i,
            ["group"] = (long)(i % 5),
            ["score"] = random.Next(10) == 0 ? null : (long)random.Next(8),
            ["hub"] = i < nodes / 10,
        }).ToList();
        db.Run("UNWIND $rows AS row CREATE (n:Node {id: row.id, group: row.group, score: row.score}) WITH n, row WHERE row.hub SET n:Hub",
            new { rows = nodeRows });
        db.Run("CREATE INDEX node_id FOR (n:Node) ON (n.id)");
        var relationshipRows = Enumerable.Range(0, relationships).Select(_ =>
        {
            var source = (long)(nodes * Math.Pow(random.NextDouble(), 3));
            var target = random.Next(20) == 0 ? source : random.Next(nodes);
            return (object?)new Dictionary<string, object?> { ["s"] = source, ["t"] = (long)target, ["other"] = random.Next(4) == 0 };
        }).ToList();
        db.Run("""
            UNWIND $rows AS row
            MATCH (a:Node {id: row.s}), (b:Node {id: row.t})
            FOREACH (_ IN CASE WHEN row.other THEN [1] ELSE [] END | CREATE (a)-[:U]->(b))
            FOREACH (_ IN CASE WHEN row.other THEN [] ELSE [1] END | CREATE (a)-[:T]->(b))
            """, new { rows = relationshipRows });
        return db;
    }

    /// <summary>Every row as text, in order (a node as its <c>id</c> property), for comparing two results exactly.</summary>
    public static List<string> Rows(TestDatabase db, string query) =>
        db.Run(query).Select(record => string.Join(" | ", record.Values.Select(value => value switch
        {
            GraphExplorer.Database.Values.CypherNode node => "node " + node.Properties["id"],
            null => "null",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        }))).ToList();
}
