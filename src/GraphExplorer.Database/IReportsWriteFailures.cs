namespace GraphExplorer.Database;

/// <summary>
/// A database that knows whether its last write reached its files: the embedded engine records a commit its storage
/// could not append (a full disk, an I/O error) until a later commit succeeds. <c>/health</c> reports such a database
/// as degraded meanwhile. Thread-safe.
/// </summary>
public interface IReportsWriteFailures
{
    /// <summary>Why the last commit could not be written, with when; null when the last commit was written (or none failed).</summary>
    string? LastWriteFailure { get; }
}
