using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// The query shapes that touch much of the graph (issue #15): relationship scans grouped by the start node (out-degree
/// top-10), by the end node (in-degree top-10), by a property, by type and counting distinct end nodes per property of
/// the start node; a node scan grouped by a property; a filtered scan with <c>ORDER BY … LIMIT 20</c>; variable-length
/// expansion from the biggest hub with <c>LIMIT</c>, first and after a fixed hop; on the shared power-law graph in a
/// database folder written through compaction (as <see cref="ReopenBenchmark"/> writes it). Each query: latency after a
/// warm-up, the managed bytes the whole process allocated per run, and a result check that must not change when the
/// engine is optimised (the same answers before and after).
/// </summary>
internal static class ScanBenchmark
{
    private static readonly (string Key, string Measure, string Query)[] Shapes =
    [
        ("outDegreeTop10", "relationship scan + group: out-degree top-10",
            "MATCH (a)-[r:PARTNER]->() RETURN a, count(r) AS c ORDER BY c DESC LIMIT 10"),
        ("nodeGroupByKind", "node scan + group by a property",
            "MATCH (n:Org) RETURN n.kind AS kind, count(*) AS c ORDER BY kind"),
        ("relationshipGroupBySince", "relationship scan + group by a property",
            "MATCH ()-[r:PARTNER]->() RETURN r.since AS since, count(*) AS c ORDER BY since"),
        ("filteredTop20", "filtered scan + ORDER BY … LIMIT 20",
            "MATCH (n:Org) WHERE n.kind = 'university' RETURN n.id AS id, n.name AS name ORDER BY n.name DESC LIMIT 20"),
        ("varLengthLimit", "variable-length expansion from the biggest hub, LIMIT 10",
            "MATCH (a:Org {id: 0})-[:PARTNER*1..3]->(b) RETURN b.id AS id LIMIT 10"),
        ("inDegreeTop10", "relationship scan + group by the end node: in-degree top-10",
            "MATCH (a)-[r:PARTNER]->(b) RETURN b, count(*) AS c ORDER BY c DESC, b.id LIMIT 10"),
        ("relationshipGroupByType", "relationship scan + group by type",
            "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS c ORDER BY type"),
        ("distinctPartnersByKind", "relationship scan + count(DISTINCT) grouped by a node property",
            "MATCH (a:Org)-[:PARTNER]->(b) RETURN a.kind AS kind, count(DISTINCT b) AS c ORDER BY kind"),
        ("fixedThenVarLengthLimit", "a fixed hop, then variable-length expansion, from the biggest hub, LIMIT 5",
            "MATCH (a:Org {id: 0})-[:PARTNER]->(b)-[:PARTNER*1..3]->(c) RETURN c.id AS id LIMIT 5"),
    ];

    public static async Task RunAsync(Options options)
    {
        var data = options.DataFolder ?? GraphGenerator.DefaultFolder(options.Nodes, options.Relationships);
        new GraphGenerator(options.Nodes, options.Relationships).EnsureWritten(data);
        var database = Path.Combine(Path.GetTempPath(), $"graphexplorer-scans-{options.Nodes}-{options.Relationships}");
        var output = options.Output ?? Path.Combine(Options.RepositoryRoot(), "bench", "results",
            $"scans-{options.Relationships / 1_000_000}m.md");
        var budget = TimeSpan.FromSeconds(options.Budget ?? 5);
        var report = new Report(
            $"Scans and aggregation: {options.Nodes:N0} nodes, {options.Relationships:N0} relationships",
            string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {ReopenBenchmark.Commit()}, {Machine.Describe()}, load averages {Machine.LoadAverages()} at the start."));

        var written = Stopwatch.GetTimestamp();
        ReopenBenchmark.WriteDatabase(data, database, bare: false);
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"folder written through compaction in {Stopwatch.GetElapsedTime(written).TotalSeconds:N1} s, then opened (not figures of this benchmark)"));
        await using var db = EmbeddedGraphDatabase.Open(database);
        await using var session = db.OpenSession();

        foreach (var (key, measure, query) in Shapes)
        {
            var result = await session.RunAsync(query);
            report.Check(key, Summary(result));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            await session.RunAsync(query);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var m = await Measurement.RunAsync(key, warmup: 0, iterations: 50, budget, _ => session.RunAsync(query));
            report.AddLatency(key, $"{measure}: `{query}`", m);
            report.AddValue(key + "Allocated", $"{measure}: managed bytes allocated per run (whole process)", allocated / 1e6, "MB", "N1");
        }

        report.Note($"each query: one untimed run for the check, one for the allocation, then timed runs for at most {budget.TotalSeconds:N0} s (50 at most)");
        report.Note(string.Create(CultureInfo.InvariantCulture, $"load averages at the end: {Machine.LoadAverages()}"));
        report.Write(output);
    }

    /// <summary>The rows in order, a node shown by its <c>id</c> property: what must stay equal across engine changes.</summary>
    private static string Summary(QueryResult result) =>
        string.Join("; ", result.Select(record => string.Join(",", record.Values.Select(value => value switch
        {
            CypherNode node => "node " + Convert.ToString(node.Properties["id"], CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        }))));
}
