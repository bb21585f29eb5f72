namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Tuning of a <see cref="FileDurableStorage"/>. Immutable once given to <see cref="FileDurableStorage.Open"/>.</summary>
public sealed record FileDurableStorageOptions
{
    /// <summary>
    /// <see cref="IDurableStorage.ShouldCompact"/> turns true once the current journal holds at least this many bytes.
    /// Default 64 MiB: recovery replays the journal record by record, so this bounds its cost.
    /// </summary>
    public long MaxJournalBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>... or at least this many transactions. Default 1,000,000.</summary>
    public long MaxJournalRecords { get; init; } = 1_000_000;

    /// <summary>Target size of the chunks a snapshot is written in (each has its own checksum). Default 1 MiB.</summary>
    public int SnapshotChunkBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Open without modifying the folder in any way (for dump, validate, check): no lock file is written, a torn tail is
    /// reported but left in place, nothing is created or deleted, and every write is refused. Default false.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>Test hook: writes a journal record in place of the storage (say, part of it, then fails as a full disk
    /// does), to test what a failed append leaves.</summary>
    internal Action<FileStream, byte[]>? JournalWriteFaultInjector { get; init; }

    /// <summary>Test hook: called at each step of a compaction; throwing simulates a crash at that point.</summary>
    internal Action<CompactionStep>? CompactionFaultInjector { get; init; }
}
