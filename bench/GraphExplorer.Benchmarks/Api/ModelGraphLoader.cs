using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Writes a <see cref="ModelGraph"/> into an embedded database folder once, through <see cref="IGraphDatabase"/> and
/// parameterised <c>UNWIND $rows</c> batches (the schema first: <c>cypher/000_schema.cypher</c>, so every lookup by
/// <c>key</c> is an index seek, and <c>cypher/001_search_index.cypher</c>, the full-text index search runs on). A
/// marker file written last records what the folder holds; a folder with the same marker is reused, any other is
/// rebuilt. The schema scripts run on a reused folder too (every statement says <c>IF NOT EXISTS</c>), so an index
/// added to them later reaches folders loaded before. Not thread-safe; the folder must not be open elsewhere.
/// </summary>
internal static class ModelGraphLoader
{
    private const int BatchSize = 10_000;
    private const string MarkerFile = "model-graph.txt";

    /// <summary>Bump when the generator changes what it writes, so old folders are rebuilt.</summary>
    private const int Version = 1;

    public static string DefaultFolder(int organizations) =>
        Path.Combine(Path.GetTempPath(), $"graphexplorer-api-bench-model-{organizations}");

    /// <summary>Loads the graph unless <paramref name="folder"/> already holds it; returns the generated graph's description.</summary>
    public static async Task<string> EnsureLoadedAsync(string folder, int organizations, IReadOnlyList<string> schemaScripts)
    {
        var marker = Path.Combine(folder, MarkerFile);
        var expected = $"version {Version}, {organizations} organisations, seed 42";
        if (File.Exists(marker) && File.ReadAllLines(marker).FirstOrDefault() == expected)
        {
            await using (var reused = EmbeddedGraphDatabase.Open(folder))
            {
                await ApplySchemaAsync(reused, schemaScripts);
            }

            Console.WriteLine($"model graph reused from {folder}");
            return File.ReadAllText(marker).Trim();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var started = Stopwatch.GetTimestamp();
        var graph = new ModelGraph(organizations);
        Console.WriteLine($"generated {graph.NodeCount:N0} nodes and {graph.RelationshipCount:N0} relationships in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s");
        await using (var database = EmbeddedGraphDatabase.Open(folder))
        {
            await ApplySchemaAsync(database, schemaScripts);
            await using var session = database.OpenSession();

            started = Stopwatch.GetTimestamp();
            foreach (var group in graph.Nodes)
            {
                // Agreements get signedDate, events startDate/endDate: Cypher dates made from the ISO strings of the rows.
                var dates = group.Label switch
                {
                    "Agreement" => ", n.signedDate = date(row.date)",
                    "Event" => ", n.startDate = date(row.date), n.endDate = date(row.endDate)",
                    _ => "",
                };
                await RunBatchesAsync(session, $"UNWIND $rows AS row CREATE (n:{group.Label}) SET n = row.props{dates}", group.Rows);
            }

            Console.WriteLine($"  nodes loaded in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s");
            started = Stopwatch.GetTimestamp();
            foreach (var group in graph.Relationships)
            {
                await RunBatchesAsync(session,
                    $"UNWIND $rows AS row MATCH (a:{group.FromLabel} {{key: row.a}}), (b:{group.ToLabel} {{key: row.b}}) CREATE (a)-[r:{group.Type}]->(b) SET r = row.props",
                    group.Rows);
            }

            Console.WriteLine($"  relationships loaded in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s");
        }

        var labels = string.Join(", ", graph.Nodes.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Label} {g.Rows.Count:N0}")));
        var types = string.Join(", ", graph.Relationships.GroupBy(g => g.Type)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(x => x.Rows.Count):N0}")));
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{expected}\n{graph.NodeCount:N0} nodes ({labels}), {graph.RelationshipCount:N0} relationships ({types})");
        ApiWorkload.ForModel(graph, organizations).Write(folder);
        File.WriteAllText(marker, description + "\n");
        return description;
    }

    private static async Task ApplySchemaAsync(IGraphDatabase database, IReadOnlyList<string> schemaScripts)
    {
        await using var session = database.OpenSession();
        foreach (var statement in schemaScripts.SelectMany(SchemaStatements))
        {
            await session.RunAsync(statement);
        }
    }

    /// <summary>The statements of a schema script: split on <c>;</c>, <c>//</c> comment lines dropped (the script keeps both simple).</summary>
    private static IEnumerable<string> SchemaStatements(string script) =>
        string.Join('\n', File.ReadAllLines(script).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    private static async Task RunBatchesAsync(IGraphSession session, string query, List<Dictionary<string, object?>> rows)
    {
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await session.RunAsync(query, new Dictionary<string, object?> { ["rows"] = chunk.ToList() });
        }
    }
}
