using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Builds every error the durable storage raises, so that kinds and detail codes are defined in one place and tests
/// assert codes rather than prose. Corruption messages name the file and the byte offset of the damaged item.
/// </summary>
internal static class StorageErrors
{
    // Detail codes (stable, for code and tests).
    public const string DatabaseLocked = "DatabaseLocked";
    public const string ChecksumMismatch = "ChecksumMismatch";
    public const string SequenceGap = "SequenceGap";
    public const string UnknownVersion = "UnknownVersion";
    public const string BadFileHeader = "BadFileHeader";
    public const string UndecodablePayload = "UndecodablePayload";
    public const string BadSnapshot = "BadSnapshot";
    public const string StorageFailed = "StorageFailed";
    public const string CompactionFailed = "CompactionFailed";
    public const string ReadOnlyDatabase = "ReadOnlyDatabase";
    public const string NoDatabase = "NoDatabase";

    public static CypherException DatabaseInUse(string folder, Exception? inner = null) =>
        new(CypherErrorKind.DatabaseInUse, CypherErrorPhase.Runtime, DatabaseLocked,
            $"database is in use by another process: {folder}", innerException: inner);

    public static CypherException ReadOnly(string folder) =>
        new(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, ReadOnlyDatabase,
            $"the database in {folder} was opened read-only; nothing can be written");

    public static CypherException Missing(string folder) =>
        new(CypherErrorKind.DatabaseUnavailable, CypherErrorPhase.Runtime, NoDatabase,
            $"there is no database in {folder} (a read-only open does not create one)");

    /// <summary>Damage that is not a torn tail: recovery refuses to go on rather than lose data silently.</summary>
    /// <summary>Damage found in what a file holds as a whole, past the checks of its records (no one offset to name).</summary>
    public static CypherException Corruption(string detail, string path, string what) =>
        new(CypherErrorKind.StorageCorruption, CypherErrorPhase.Runtime, detail,
            $"storage corruption in {Path.GetFileName(path)}: {what} (file {path})");

    public static CypherException Corruption(string detail, string path, long offset, string what, Exception? inner = null) =>
        new(CypherErrorKind.StorageCorruption, CypherErrorPhase.Runtime, detail,
            $"storage corruption in {Path.GetFileName(path)} at byte offset {offset}: {what} (file {path})",
            innerException: inner);

    /// <summary>A write or compaction failed earlier: the files may hold a partial record, so writing stops until reopened.</summary>
    public static CypherException Failed(string folder, Exception cause) =>
        new(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, StorageFailed,
            $"the database files in {folder} could not be written ({cause.Message}); reopen the database to recover its committed state",
            innerException: cause);

    /// <summary>A compaction could not write its snapshot; nothing changed and the storage remains usable.</summary>
    public static CypherException SnapshotNotWritten(string folder, Exception cause) =>
        new(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, CompactionFailed,
            $"the snapshot of {folder} could not be written ({cause.Message}); the database is unchanged",
            innerException: cause);
}
