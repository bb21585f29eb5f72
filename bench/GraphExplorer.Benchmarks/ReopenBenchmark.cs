using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Reopening a durable database (issue #15): the time from <c>EmbeddedGraphDatabase.Open(folder)</c> until the first
/// query answers, and the managed heap the opened graph holds per relationship.
/// </summary>
/// <remarks>
/// The folder is written without the query engine, straight through the storage's compaction (<see
/// cref="FileDurableStorage.Compact"/>): what a database holds after its journal was compacted, in the snapshot format
/// of the build that runs, with the shared power-law graph of <see cref="GraphGenerator"/> (`:Org` nodes with `id`,
/// `name`, `kind`, an index on `:Org(id)`, `:PARTNER` relationships with `since`). <c>--bare</c> writes the same
/// topology without properties or index, so that its heap per relationship is what the topology costs (nodes and
/// label sets included, spread over the relationships). Writing takes seconds where loading through Cypher takes
/// minutes, so that both sizes fit the one-minute budget of a benchmark on the shared machine.
/// </remarks>
internal static partial class ReopenBenchmark
{
    public static async Task RunAsync(Options options, bool bare)
    {
        var data = options.DataFolder ?? GraphGenerator.DefaultFolder(options.Nodes, options.Relationships);
        new GraphGenerator(options.Nodes, options.Relationships).EnsureWritten(data);
        var database = Path.Combine(Path.GetTempPath(), $"graphexplorer-reopen-{options.Nodes}-{options.Relationships}{(bare ? "-bare" : "")}");
        var shape = bare ? "topology only (no properties, no index)" : "with properties and the `:Org(id)` index";
        var output = options.Output ?? Path.Combine(Options.RepositoryRoot(), "bench", "results",
            $"reopen-{options.Relationships / 1_000_000}m{(bare ? "-bare" : "")}.md");
        var report = new Report(
            $"Reopen: {options.Nodes:N0} nodes, {options.Relationships:N0} relationships, {shape}",
            string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Commit()}, {Machine.Describe()}, load averages {Machine.LoadAverages()} at the start."));

        var written = Stopwatch.GetTimestamp();
        var snapshotBytes = WriteDatabase(data, database, bare);
        report.AddValue("snapshotBytes", "snapshot file size", snapshotBytes / (double)options.Relationships, "bytes per relationship", "N1");
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"folder written through compaction in {Stopwatch.GetElapsedTime(written).TotalSeconds:N1} s (not a figure of this benchmark)"));

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await using var reopened = EmbeddedGraphDatabase.Open(database);
        await using var session = reopened.OpenSession();
        await session.RunAsync(bare ? "MATCH (n) WHERE id(n) = 1 RETURN n" : "MATCH (n:Org {id: 1}) RETURN n.name AS name");
        report.AddValue("reopenSeconds", "reopen (`EmbeddedGraphDatabase.Open(folder)`) until the first query answers",
            Stopwatch.GetElapsedTime(started).TotalSeconds, "s", "N2");
        report.AddValue("reopenProcessorSeconds", "processor time of the reopen, all threads (hardly depends on the machine's load)",
            (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds, "s", "N2");
        var after = GC.GetTotalMemory(forceFullCollection: true);
        report.AddValue("heapPerRelationship", "managed heap held by the opened database / relationships (GC.GetTotalMemory after a full collection)",
            (after - before) / (double)options.Relationships, "bytes", "N1");

        // The same answers before and after a change of store: degrees and neighbours of the first 100 ids (the hubs).
        var hubs = await session.RunAsync(
            "MATCH (n)-[r:PARTNER]->(m) WHERE id(n) < 100 RETURN count(r) AS rels, sum(id(m)) AS ends");
        report.Check("hubOutgoing", hubs[0]["rels"]!);
        report.Check("hubOutgoingEndSum", hubs[0]["ends"]!);
        var twoHop = await session.RunAsync("MATCH (n)-[:PARTNER]->()-[:PARTNER]->(m) WHERE id(n) = 5 RETURN count(m) AS c");
        report.Check("twoHopFrom5", twoHop[0]["c"]!);
        if (!bare)
        {
            var sinces = await session.RunAsync("MATCH (n:Org {id: 3})-[r:PARTNER]-(m) RETURN sum(r.since) AS s, count(DISTINCT m.kind) AS k");
            report.Check("sinceSumAround3", sinces[0]["s"]!);
            report.Check("kindsAround3", sinces[0]["k"]!);
        }

        await reopened.DisposeAsync();
        Phases(report, database);
        report.Note(string.Create(CultureInfo.InvariantCulture, $"load averages at the end: {Machine.LoadAverages()}"));
        report.Write(output);
    }

    /// <summary>Where the reopening time goes (<c>ReopenBenchmark.Phases.cs</c>: it reads the compact store's
    /// internals, so a run against the store before issue #15 leaves that file out, as <c>bench/reopen.sh --before</c> does).</summary>
    static partial void Phases(Report report, string database);

    /// <summary>Writes the database folder afresh and returns the size of its snapshot.</summary>
    internal static long WriteDatabase(string data, string database, bool bare)
    {
        if (Directory.Exists(database))
        {
            Directory.Delete(database, recursive: true);
        }

        using var storage = FileDurableStorage.Open(database);
        foreach (var _ in storage.Recover())
        {
        }

        storage.Compact(Mutations(data, bare));
        return new FileInfo(Path.Combine(database, DatabaseFiles.SnapshotFileName)).Length;
    }

    private static IEnumerable<GraphMutation> Mutations(string data, bool bare)
    {
        if (!bare)
        {
            yield return new CreateIndex("org_id", false, "Org", ["id"]);
        }

        ImmutableArray<string> org = ["Org"];
        foreach (var row in GraphGenerator.ReadCsv(Path.Combine(data, GraphGenerator.NodesFile)))
        {
            var id = long.Parse(row[0], CultureInfo.InvariantCulture);
            yield return new CreateNode(id, org, bare
                ? ImmutableDictionary<string, object>.Empty
                : ImmutableDictionary<string, object>.Empty.Add("id", id).Add("name", row[1]).Add("kind", row[2]));
        }

        long relationship = 0;
        foreach (var row in GraphGenerator.ReadCsv(Path.Combine(data, GraphGenerator.RelationshipsFile)))
        {
            yield return new CreateRelationship(relationship++, "PARTNER",
                long.Parse(row[0], CultureInfo.InvariantCulture), long.Parse(row[1], CultureInfo.InvariantCulture), bare
                    ? ImmutableDictionary<string, object>.Empty
                    : ImmutableDictionary<string, object>.Empty.Add("since", long.Parse(row[2], CultureInfo.InvariantCulture)));
        }
    }

    internal static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true })!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
