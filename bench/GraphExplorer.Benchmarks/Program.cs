using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphExplorer.Benchmarks;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

// Embedded Cypher engine benchmarks (issue #2): bulk load, indexed point lookup, 2-hop count, shortest path,
// memory per relationship and reopen time, on a generated graph. Usage:
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- [--nodes N] [--relationships M] [--out FILE]
var nodes = IntOption(args, "--nodes", 100_000);
var relationships = IntOption(args, "--relationships", 1_000_000);
var output = StringOption(args, "--out", Path.Combine("bench", "results", "cypher-embedded.md"));
var folder = Path.Combine(Path.GetTempPath(), "graphexplorer-bench-" + Guid.NewGuid().ToString("N"));
var generator = new GraphGenerator(nodes, relationships);
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Embedded Cypher engine benchmarks");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Graph: {nodes:N0} nodes, {relationships:N0} relationships (generated, seed 42). Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}. Date: {DateTime.UtcNow:yyyy-MM-dd}.");
report.AppendLine();
report.AppendLine("| measure | value |");
report.AppendLine("| --- | --- |");

try
{
    var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
    var database = EmbeddedGraphDatabase.Open(folder);
    await using (var session = database.OpenSession())
    {
        await session.RunAsync("CREATE INDEX org_id IF NOT EXISTS FOR (n:Org) ON (n.id)");
        var loadStarted = Stopwatch.GetTimestamp();
        foreach (var batch in generator.NodeBatches(10_000))
        {
            await session.RunAsync("UNWIND $rows AS row CREATE (:Org {id: row.id, name: row.name, kind: row.kind})",
                new Dictionary<string, object?> { ["rows"] = batch });
        }

        var nodeSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds;
        var relStarted = Stopwatch.GetTimestamp();
        foreach (var batch in generator.RelationshipBatches(10_000))
        {
            await session.RunAsync(
                "UNWIND $rows AS row MATCH (a:Org {id: row.s}), (b:Org {id: row.t}) CREATE (a)-[:PARTNER {since: row.since}]->(b)",
                new Dictionary<string, object?> { ["rows"] = batch });
        }

        var relSeconds = Stopwatch.GetElapsedTime(relStarted).TotalSeconds;
        Row("bulk load, nodes (UNWIND $rows CREATE, batches of 10,000)", $"{nodes / nodeSeconds:N0} rows/s");
        Row("bulk load, relationships (UNWIND $rows MATCH … CREATE, batches of 10,000)", $"{relationships / relSeconds:N0} rows/s");

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        Row("managed memory per relationship (whole graph / relationships)", $"{(memoryAfter - memoryBefore) / (double)relationships:N0} bytes");

        var random = new Random(7);
        var ids = Enumerable.Range(0, 20_000).Select(_ => (long)random.Next(nodes)).ToArray();
        var lookup = await Measurement.RunAsync("point lookup", 2_000, 10_000, i =>
            session.RunAsync("MATCH (n:Org {id: $id}) RETURN n.name AS name", new Dictionary<string, object?> { ["id"] = ids[i % ids.Length] }));
        Row("point lookup by indexed property, parameterised (mean / p50 / p99)", Latency(lookup));

        var twoHop = await Measurement.RunAsync("2-hop count", 100, 1_000, i =>
            session.RunAsync("MATCH (n:Org {id: $id})-[:PARTNER]->()-[:PARTNER]->(m) RETURN count(m) AS c",
                new Dictionary<string, object?> { ["id"] = ids[i % ids.Length] }));
        Row("2-hop neighbourhood count, outgoing (mean / p50 / p99)", Latency(twoHop));

        var shortest = await Measurement.RunAsync("shortest path", 20, 200, i =>
            session.RunAsync(
                "MATCH (a:Org {id: $a}), (b:Org {id: $b}) MATCH p = shortestPath((a)-[:PARTNER*..6]-(b)) RETURN length(p) AS l",
                new Dictionary<string, object?> { ["a"] = ids[i % ids.Length], ["b"] = ids[(i * 7 + 3) % ids.Length] }));
        Row("shortestPath up to 6 hops, random pairs (mean / p50 / p99)", Latency(shortest));
    }

    await database.DisposeAsync();
    var reopenStarted = Stopwatch.GetTimestamp();
    await using (var reopened = EmbeddedGraphDatabase.Open(folder))
    {
        await using var session = reopened.OpenSession();
        await session.RunAsync("MATCH (n:Org {id: 1}) RETURN n.name");
    }

    Row("reopen (recover from disk) until the first query answers", $"{Stopwatch.GetElapsedTime(reopenStarted).TotalSeconds:N2} s");
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine(report);
Console.WriteLine($"written to {output}");

void Row(string measure, string value)
{
    report.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} |");
    Console.WriteLine($"{measure}: {value}");
}

static string Latency(Measurement m) =>
    string.Create(CultureInfo.InvariantCulture, $"{m.Mean:N1} µs / {m.Percentile(50):N1} µs / {m.Percentile(99):N1} µs");

static int IntOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string StringOption(string[] args, string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
