namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>The points of a compaction, in order, at which a test can simulate a crash (see <see cref="JournalFormat"/>).</summary>
internal enum CompactionStep
{
    /// <summary>The temporary snapshot file holds its header and first chunk, not its end.</summary>
    SnapshotPartlyWritten,

    /// <summary>The temporary snapshot file is complete and flushed to disk.</summary>
    SnapshotWritten,

    /// <summary>The snapshot was renamed into place; the folder is not flushed yet.</summary>
    SnapshotRenamed,

    /// <summary>The rename is durable; the old journal still exists.</summary>
    SnapshotDurable,

    /// <summary>The new journal's temporary file is written and flushed, not yet renamed.</summary>
    NewJournalWritten,

    /// <summary>The new journal is in place and durable; the old one still exists.</summary>
    NewJournalDurable,

    /// <summary>The first old journal was deleted; the folder is not flushed yet.</summary>
    OldJournalDeleted,

    /// <summary>Every step is done.</summary>
    Completed,
}
