namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Where the in-memory graph keeps its committed transactions so that they survive a crash: a folder with an
/// append-only journal and a snapshot. The store calls <see cref="Append"/> while it holds the write lock, before it
/// publishes the transaction to readers, so that what readers see is always durable.
/// </summary>
/// <remarks>Not thread-safe: the store serialises calls (one writer at a time).</remarks>
public interface IDurableStorage : IDisposable
{
    /// <summary>
    /// Reads back everything committed, in order: first the snapshot's mutations (as one batch), then each journalled
    /// transaction. A torn last record is dropped (and reported as a warning); damage anywhere else throws
    /// a <see cref="GraphExplorer.Database.CypherException"/> of kind StorageCorruption. Called once, before any Append.
    /// </summary>
    IEnumerable<IReadOnlyList<GraphMutation>> Recover();

    /// <summary>Appends one committed transaction and returns only once it is flushed to disk.</summary>
    void Append(IReadOnlyList<GraphMutation> transaction);

    /// <summary>True when the journal has grown enough that a snapshot would shorten recovery.</summary>
    bool ShouldCompact { get; }

    /// <summary>
    /// Replaces snapshot and journal by a new snapshot holding <paramref name="state"/> (the mutations that build the
    /// current graph from empty). Crash-safe: at every moment either the old or the new files are complete on disk.
    /// </summary>
    void Compact(IEnumerable<GraphMutation> state);
}
