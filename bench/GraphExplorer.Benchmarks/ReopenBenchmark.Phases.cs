using System.Diagnostics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Benchmarks;

internal static partial class ReopenBenchmark
{
    /// <summary>Where the reopening time goes, measured again step by step: reading the files, building the graph, the schema.</summary>
    static partial void Phases(Report report, string database)
    {
        var started = Stopwatch.GetTimestamp();
        using var storage = FileDurableStorage.Open(database, new FileDurableStorageOptions { ReadOnly = true });
        var batches = storage.Recover().ToList();
        report.AddValue("readSeconds", "of which: reading and checking the snapshot file", Stopwatch.GetElapsedTime(started).TotalSeconds, "s", "N2");
        if (batches is [CompactSnapshot compact] && CompactGraph.CanLoad(compact))
        {
            started = Stopwatch.GetTimestamp();
            var graph = CompactGraph.Load(compact);
            report.AddValue("buildSeconds", "of which: building the columns and adjacency arrays", Stopwatch.GetElapsedTime(started).TotalSeconds, "s", "N2");
            started = Stopwatch.GetTimestamp();
            var tx = new WriteTransaction(graph, recordMutations: false);
            foreach (var mutation in compact.Prefix)
            {
                tx.Apply(mutation);
            }

            tx.EndStatement();
            _ = tx.BuildSnapshot();
            report.AddValue("schemaSeconds", "of which: creating the schema (the index) over the graph", Stopwatch.GetElapsedTime(started).TotalSeconds, "s", "N2");
        }
    }
}
