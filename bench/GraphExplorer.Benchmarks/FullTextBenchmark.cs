using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Full-text query latency of the embedded engine (issue #13): 100,000 <c>:Org</c> nodes whose names are made of words
/// drawn from a fixed vocabulary (seed 42), one full-text index on <c>name</c>, and <c>db.index.fulltext.queryNodes</c>
/// with the query forms a person or the explorer's search sends, each <c>{limit: 20}</c>; plus what the index costs:
/// building it over the loaded nodes, a write that changes an indexed name, and reopening the database (the index is
/// rebuilt from the graph on open). Runs in well under a minute.
/// </summary>
internal static class FullTextBenchmark
{
    private static readonly string[] Syllables =
        ["ka", "lu", "mo", "ri", "ten", "sa", "no", "va", "xem", "bo", "ra", "ki", "to", "wal", "lo", "nia", "ja", "xa", "ge", "fu"];

    private static readonly string[] Kinds = ["agency", "university", "company", "region", "chamber", "bank", "institute", "foundation"];

    public static async Task RunAsync(Options options)
    {
        var nodes = options.Nodes;
        var names = Names(nodes);
        var report = new Report("Full-text index benchmarks (embedded engine, Lucene.Net)",
            string.Create(CultureInfo.InvariantCulture,
                $"Graph: {nodes:N0} `:Org` nodes with `id` and `name` (two or three generated words and a kind, e.g. `{names[0]}`; seed 42), loaded with `UNWIND $rows` in batches of 10,000 into a database folder (journal on). Index: `CREATE FULLTEXT INDEX org_names FOR (n:Org) ON EACH [n.name]` (analyzer `standard-no-stop-words`). Queries: `CALL db.index.fulltext.queryNodes('org_names', $q, {{limit: 20}}) YIELD node, score RETURN node.id, score`, one at a time on one session, after a warm-up; latencies include parsing the Lucene query, searching, and materialising the rows. Machine: {Machine.Describe()}. Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {Machine.LoadAverages()}."));

        var folder = Path.Combine(Path.GetTempPath(), "graphexplorer-bench-fulltext-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var database = EmbeddedGraphDatabase.Open(folder))
            {
                await using var session = database.OpenSession();
                await session.RunAsync("CREATE INDEX org_id FOR (n:Org) ON (n.id)");
                for (var start = 0; start < nodes; start += 10_000)
                {
                    var rows = Enumerable.Range(start, Math.Min(10_000, nodes - start))
                        .Select(i => (object?)new Dictionary<string, object?> { ["id"] = (long)i, ["name"] = names[i] }).ToList();
                    await session.RunAsync("UNWIND $rows AS row CREATE (:Org {id: row.id, name: row.name})", new Dictionary<string, object?> { ["rows"] = rows });
                }

                var (seconds, cpu) = await TimedAsync(() => session.RunAsync("CREATE FULLTEXT INDEX org_names FOR (n:Org) ON EACH [n.name]"));
                report.AddValue("createIndexSeconds", $"`CREATE FULLTEXT INDEX` over {nodes:N0} existing nodes (wall clock)", seconds, "s", "N2");
                report.AddValue("createIndexCpuSeconds", "the same, processor time of the process", cpu, "s", "N2");

                var word = names[7].Split(' ')[0];
                var typo = word[..^1] + (word[^1] == 'a' ? 'e' : 'a');
                await QueryAsync(report, session, "exact", $"one word (`{word}`)", word);
                await QueryAsync(report, session, "prefix", $"prefix (`{word[..3]}*`)", word[..3] + "*");
                await QueryAsync(report, session, "fuzzy", $"fuzzy, one edit (`{typo}~1`)", typo + "~1");
                await QueryAsync(report, session, "phrase", $"phrase (`\"{names[7]}\"`)", $"\"{names[7]}\"");
                await QueryAsync(report, session, "boolean", $"boolean (`{word} AND agency`)", word + " AND agency");
                await QueryAsync(report, session, "search", $"the explorer's search form (`+({typo}^4 {typo}*^2 {typo}~1) +(agen^4 agen*^2 agen~1)`)",
                    $"+({typo}^4 {typo}*^2 {typo}~1) +(agen^4 agen*^2 agen~1)");
                report.Check("exactHits", (await session.RunAsync(
                    "CALL db.index.fulltext.queryNodes('org_names', $q) YIELD node RETURN count(node) AS n",
                    new Dictionary<string, object?> { ["q"] = word }))[0].Get<long>("n"));

                var rename = await Measurement.RunAsync("rename", 20, 500, TimeSpan.FromSeconds(3), i =>
                    session.RunAsync("MATCH (n:Org {id: $id}) SET n.name = $name",
                        new Dictionary<string, object?> { ["id"] = (long)(i % nodes), ["name"] = names[(i * 7919) % nodes] }));
                report.AddLatency("renameWrite", "write that changes one indexed name (`MATCH (n:Org {id: $id}) SET n.name = $name`, journal and index update included)", rename);
            }

            var (reopenSeconds, reopenCpu) = await TimedAsync(async () =>
            {
                await using var reopened = EmbeddedGraphDatabase.Open(folder);
                await using var session = reopened.OpenSession();
                await session.RunAsync("CALL db.index.fulltext.queryNodes('org_names', 'agency', {limit: 1}) YIELD node RETURN node.id");
            });
            report.AddValue("reopenSeconds", "reopen (journal replay, the full-text index rebuilt) until the first full-text query answers (wall clock)",
                reopenSeconds, "s", "N2");
            report.AddValue("reopenCpuSeconds", "the same, processor time of the process", reopenCpu, "s", "N2");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        report.Write(options.Output ?? Path.Combine("bench", "results", "fulltext-embedded.md"));
    }

    /// <summary>Wall-clock and process processor seconds of one operation (the machine is shared: the second hardly grows with its load).</summary>
    private static async Task<(double Seconds, double CpuSeconds)> TimedAsync(Func<Task> operation)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await operation();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        return (seconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static async Task QueryAsync(Report report, IGraphSession session, string key, string measure, string query)
    {
        var parameters = new Dictionary<string, object?> { ["q"] = query };
        var measurement = await Measurement.RunAsync(key, 50, 2_000, TimeSpan.FromSeconds(3), _ =>
            session.RunAsync("CALL db.index.fulltext.queryNodes('org_names', $q, {limit: 20}) YIELD node, score RETURN node.id AS id, score", parameters));
        report.AddLatency(key, measure, measurement);
    }

    /// <summary>Deterministic organisation names: two or three words of two or three syllables, then a kind.</summary>
    private static string[] Names(int count)
    {
        var random = new Random(42);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return [.. Enumerable.Range(0, count).Select(_ =>
            string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Word())) + " " + Kinds[random.Next(Kinds.Length)])];
    }
}
