using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// What operators watch of the embedded database's files, on the meter <see cref="MeterName"/> (a host observes it,
/// e.g. with OpenTelemetry): the bytes and transactions of the journal since the last compaction, how many compactions
/// ran (by outcome) and how long each took. Every measurement names its database folder (<c>db.namespace</c>), so
/// several databases in one process stay apart.
/// </summary>
/// <remarks>Thread-safe: storages register and leave through a concurrent set; the observed values are written by the
/// storage's one writer and read here with volatile reads.</remarks>
public static class StorageMetrics
{
    public const string MeterName = "GraphExplorer.Cypher.Storage";

    private const string Folder = "db.namespace";

    private static readonly Meter Meter = new(MeterName);

    private static readonly ConcurrentDictionary<FileDurableStorage, byte> Writable = new();

    private static readonly Histogram<double> CompactionDuration = Meter.CreateHistogram(
        "graphexplorer.db.compaction.duration", "s", "Time of one compaction (a new snapshot replacing snapshot and journal), by outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });

    static StorageMetrics()
    {
        Meter.CreateObservableGauge("graphexplorer.db.journal.size", () => Observe(s => s.JournalBytes), "By",
            "Bytes of the journal being appended to: the transactions since the last compaction.");
        Meter.CreateObservableGauge("graphexplorer.db.journal.transactions", () => Observe(s => s.JournalTransactions), "{transaction}",
            "Transactions in the journal since the last compaction.");
        Meter.CreateObservableCounter("graphexplorer.db.compactions", ObserveCompactions, "{compaction}",
            "Compactions since the database was opened, by outcome (completed or failed).");
    }

    /// <summary>Reports <paramref name="storage"/> from now on (once its journal is open for appending).</summary>
    internal static void Register(FileDurableStorage storage) => Writable.TryAdd(storage, 0);

    /// <summary>Stops reporting <paramref name="storage"/> (it is closed).</summary>
    internal static void Unregister(FileDurableStorage storage) => Writable.TryRemove(storage, out _);

    internal static void RecordCompaction(FileDurableStorage storage, TimeSpan elapsed, bool completed) =>
        CompactionDuration.Record(elapsed.TotalSeconds, new(Folder, storage.Folder), new("outcome", completed ? "completed" : "failed"));

    private static IEnumerable<Measurement<long>> Observe(Func<FileDurableStorage, long> value) =>
        Writable.Keys.Select(storage => new Measurement<long>(value(storage), new KeyValuePair<string, object?>(Folder, storage.Folder)));

    private static IEnumerable<Measurement<long>> ObserveCompactions() =>
        Writable.Keys.SelectMany(storage => new[]
        {
            new Measurement<long>(storage.CompactionsCompleted, new(Folder, storage.Folder), new("outcome", "completed")),
            new Measurement<long>(storage.CompactionsFailed, new(Folder, storage.Folder), new("outcome", "failed")),
        });
}
