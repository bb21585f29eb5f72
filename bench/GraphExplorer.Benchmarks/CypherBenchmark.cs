using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Issue #2: the embedded Cypher engine on a generated graph (default 100,000 nodes, 1,000,000 relationships):
/// bulk load through <c>UNWIND $rows</c>, indexed point lookup, 2-hop count, shortestPath up to 6 hops, memory per
/// relationship and reopen time of the durable database. The graph and the query inputs come from the CSV files of
/// <see cref="GraphGenerator"/>, which the Kuzu peer (bench/peers/kuzu) loads too.
/// </summary>
/// <remarks>
/// A custom harness rather than BenchmarkDotNet: the setup (a million relationships, a durable folder) takes minutes
/// and must be done once, and the figures the issue asks for are per-query latencies with percentiles, which a loop
/// of individually timed queries after a warm-up gives directly. Queries run one at a time on one session.
/// </remarks>
internal static class CypherBenchmark
{
    private const int BatchSize = 10_000;

    private const string LookupQuery = "MATCH (n:Org {id: $id}) RETURN n.name AS name";
    private const string TwoHopQuery = "MATCH (n:Org {id: $id})-[:PARTNER]->()-[:PARTNER]->(m) RETURN count(m) AS c";
    private const string ShortestQuery =
        "MATCH (a:Org {id: $a}), (b:Org {id: $b}) MATCH p = shortestPath((a)-[:PARTNER*..6]-(b)) RETURN length(p) AS l";

    public static async Task RunAsync(Options options)
    {
        var (nodes, relationships) = (options.Nodes, options.Relationships);
        var data = options.DataFolder ?? GraphGenerator.DefaultFolder(nodes, relationships);
        var started = Stopwatch.GetTimestamp();
        new GraphGenerator(nodes, relationships).EnsureWritten(data);
        Console.WriteLine($"data in {data} ({Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s)");
        var workload = Workload.Read(data);

        var report = new Report(options.InMemory ? "Embedded Cypher engine benchmarks (in memory, no journal)" : "Embedded Cypher engine benchmarks",
            string.Create(CultureInfo.InvariantCulture,
                $"Graph: {nodes:N0} `:Org` nodes (`id`, `name`, `kind`; index on `id`), {relationships:N0} `:PARTNER` relationships (`since`), generated with seed 42 (sources skewed towards low ids, targets uniform); query inputs from `workload.json` (seed 43). Machine: {Machine.Describe()}. Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {Machine.LoadAverages()}. One query at a time on one session; latencies are per query, measured after a warm-up, and include parameter conversion and result materialisation."));

        var nodeBatches = Batches(GraphGenerator.ReadCsv(Path.Combine(data, GraphGenerator.NodesFile)),
            row => new Dictionary<string, object?> { ["id"] = long.Parse(row[0], CultureInfo.InvariantCulture), ["name"] = row[1], ["kind"] = row[2] });
        var relationshipBatches = Batches(GraphGenerator.ReadCsv(Path.Combine(data, GraphGenerator.RelationshipsFile)),
            row => new Dictionary<string, object?>
            {
                ["s"] = long.Parse(row[0], CultureInfo.InvariantCulture),
                ["t"] = long.Parse(row[1], CultureInfo.InvariantCulture),
                ["since"] = long.Parse(row[2], CultureInfo.InvariantCulture),
            });

        var folder = Path.Combine(Path.GetTempPath(), "graphexplorer-bench-db-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The prepared batches stay alive until the loaded heap is measured, so the difference is the graph alone.
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            // --in-memory: no journal (to separate the durability cost of loading from execution); no reopen then.
            var database = options.InMemory ? EmbeddedGraphDatabase.CreateInMemory() : EmbeddedGraphDatabase.Open(folder);
            await using (var session = database.OpenSession())
            {
                await session.RunAsync("CREATE INDEX org_id IF NOT EXISTS FOR (n:Org) ON (n.id)");
                await LoadAsync(report, session, nodeBatches, relationshipBatches, nodes, relationships);
                var loaded = GC.GetTotalMemory(forceFullCollection: true);
                GC.KeepAlive(nodeBatches);
                GC.KeepAlive(relationshipBatches);
                nodeBatches = relationshipBatches = [];
                report.AddValue("memoryPerRelationshipAfterLoad",
                    "managed heap after load / relationships (nodes, relationships, properties, index, all included)",
                    (loaded - baseline) / (double)relationships, "bytes");
                await CountsAsync(report, session, "afterLoad");
                await QueriesAsync(report, session, workload);
            }

            await database.DisposeAsync();
            if (!options.InMemory)
            {
                report.AddValue("diskBytes", "database folder on disk (journal and snapshot files)", FolderBytes(folder) / 1048576.0, "MiB", "N1");
                await ReopenAsync(report, folder, relationships);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        report.Note($"Queries: lookup `{LookupQuery}`; 2-hop `{TwoHopQuery}`; shortest path `{ShortestQuery}`.");
        report.Note("Bulk load: `UNWIND $rows AS row CREATE (:Org {…})` and `UNWIND $rows AS row MATCH (a:Org {id: row.s}), (b:Org {id: row.t}) CREATE (a)-[:PARTNER {since: row.since}]->(b)`, auto-commit, one transaction per batch of 10,000 rows, every commit flushed to the journal; CSV parsing is done before timing.");
        report.Write(options.Output ?? Path.Combine("bench", "results", "cypher-embedded.md"));
    }

    private static async Task LoadAsync(Report report, IGraphSession session, List<List<Dictionary<string, object?>>> nodeBatches,
        List<List<Dictionary<string, object?>>> relationshipBatches, int nodes, int relationships)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var batch in nodeBatches)
        {
            await session.RunAsync("UNWIND $rows AS row CREATE (:Org {id: row.id, name: row.name, kind: row.kind})",
                new Dictionary<string, object?> { ["rows"] = batch });
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        report.AddValue("loadNodesPerSecond", "bulk load, nodes (`UNWIND $rows … CREATE`, 10,000 rows per transaction)", nodes / seconds, "rows/s");
        Console.WriteLine($"  nodes loaded in {seconds:N1} s");

        started = Stopwatch.GetTimestamp();
        var lastReport = started;
        var done = 0;
        foreach (var batch in relationshipBatches)
        {
            await session.RunAsync(
                "UNWIND $rows AS row MATCH (a:Org {id: row.s}), (b:Org {id: row.t}) CREATE (a)-[:PARTNER {since: row.since}]->(b)",
                new Dictionary<string, object?> { ["rows"] = batch });
            done += batch.Count;
            if (Stopwatch.GetElapsedTime(lastReport).TotalSeconds > 10)
            {
                lastReport = Stopwatch.GetTimestamp();
                Console.WriteLine($"  {done:N0} relationships, {done / Stopwatch.GetElapsedTime(started).TotalSeconds:N0}/s");
            }
        }

        seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        report.AddValue("loadRelationshipsPerSecond",
            "bulk load, relationships (`UNWIND $rows MATCH (a),(b) CREATE (a)-[…]->(b)`, 10,000 rows per transaction)", relationships / seconds, "rows/s");
        Console.WriteLine($"  relationships loaded in {seconds:N1} s");
    }

    private static async Task CountsAsync(Report report, IGraphSession session, string when)
    {
        var nodes = (await session.RunAsync("MATCH (n:Org) RETURN count(n) AS c"))[0].Get<long>("c");
        var relationships = (await session.RunAsync("MATCH ()-[r:PARTNER]->() RETURN count(r) AS c"))[0].Get<long>("c");
        report.Check($"{when}.nodes", nodes);
        report.Check($"{when}.relationships", relationships);
    }

    private static async Task QueriesAsync(Report report, IGraphSession session, Workload workload)
    {
        var ids = workload.LookupIds;
        var pairs = workload.ShortestPairs;

        // The first run of each query text compiles it; later runs take the plan from the cache.
        var started = Stopwatch.GetTimestamp();
        await session.RunAsync(LookupQuery, Id(ids[0]));
        report.AddValue("lookupFirstRunMicroseconds", "point lookup, first run (parse + plan + run)", Stopwatch.GetElapsedTime(started).TotalMicroseconds, "µs", "N0");

        // Answers the peer must reproduce, computed before timing.
        long found = 0, twoHopSum = 0, pathsFound = 0, pathLengthSum = 0;
        foreach (var id in ids.Take(1_000))
        {
            found += (await session.RunAsync(LookupQuery, Id(id))).Count;
        }

        foreach (var id in ids.Take(200))
        {
            twoHopSum += (await session.RunAsync(TwoHopQuery, Id(id)))[0].Get<long>("c");
        }

        foreach (var pair in pairs.Take(50))
        {
            var result = await session.RunAsync(ShortestQuery, Pair(pair));
            pathsFound += result.Count;
            pathLengthSum += result.Sum(r => r.Get<long>("l"));
        }

        report.Check("lookup.first1000.rowsFound", found);
        report.Check("twoHop.first200.sumOfCounts", twoHopSum);
        report.Check("shortest.first50.pathsFound", pathsFound);
        report.Check("shortest.first50.sumOfLengths", pathLengthSum);

        var lookup = await Measurement.RunAsync("point lookup", 2_000, 20_000, TimeSpan.FromSeconds(30),
            i => session.RunAsync(LookupQuery, Id(ids[i % ids.Length])));
        report.AddLatency("lookup", "point lookup by indexed property, parameterised, plan cached", lookup);

        var twoHop = await Measurement.RunAsync("2-hop count", 100, 2_000, TimeSpan.FromSeconds(30),
            i => session.RunAsync(TwoHopQuery, Id(ids[i % ids.Length])));
        report.AddLatency("twoHop", "2-hop neighbourhood count (outgoing, `count(m)`)", twoHop);

        report.AddValue("lookupAllocatedPerQuery", "point lookup: managed bytes allocated per query",
            await Allocation.PerOperationAsync(1_000, i => session.RunAsync(LookupQuery, Id(ids[i % ids.Length]))), "bytes");
        report.AddValue("twoHopAllocatedPerQuery", "2-hop count: managed bytes allocated per query",
            await Allocation.PerOperationAsync(200, i => session.RunAsync(TwoHopQuery, Id(ids[i % ids.Length]))), "bytes");
        report.AddValue("shortestPathAllocatedPerQuery", "shortestPath: managed bytes allocated per query",
            await Allocation.PerOperationAsync(10, i => session.RunAsync(ShortestQuery, Pair(pairs[i % pairs.Length]))), "bytes");

        var shortest = await Measurement.RunAsync("shortest path", 5, 200, TimeSpan.FromSeconds(60),
            i => session.RunAsync(ShortestQuery, Pair(pairs[i % pairs.Length])));
        report.AddLatency("shortestPath", "shortestPath up to 6 hops, undirected, random pairs", shortest);
    }

    private static async Task ReopenAsync(Report report, string folder, int relationships)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        await using var reopened = EmbeddedGraphDatabase.Open(folder);
        await using var session = reopened.OpenSession();
        await session.RunAsync("MATCH (n:Org {id: 1}) RETURN n.name AS name");
        report.AddValue("reopenSeconds", "reopen (`EmbeddedGraphDatabase.Open(folder)`, recovery) until the first query answers",
            Stopwatch.GetElapsedTime(started).TotalSeconds, "s", "N2");
        var after = GC.GetTotalMemory(forceFullCollection: true);
        report.AddValue("memoryPerRelationshipAfterReopen",
            "managed heap after reopen / relationships (the recovered graph alone)", (after - before) / (double)relationships, "bytes");
        await CountsAsync(report, session, "afterReopen");
    }

    private static List<List<Dictionary<string, object?>>> Batches(IEnumerable<string[]> rows, Func<string[], Dictionary<string, object?>> map) =>
        rows.Select(map).Chunk(BatchSize).Select(chunk => chunk.ToList()).ToList();

    private static Dictionary<string, object?> Id(long id) => new() { ["id"] = id };

    private static Dictionary<string, object?> Pair(long[] pair) => new() { ["a"] = pair[0], ["b"] = pair[1] };

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
