namespace GraphExplorer.Database;

/// <summary>
/// A sequence of work against one database. Queries run either in auto-commit mode
/// (<see cref="RunAsync"/>: each query is its own transaction) or inside an explicit transaction.
/// </summary>
/// <remarks>Not thread-safe: use a session from one logical flow at a time.</remarks>
public interface IGraphSession : IAsyncDisposable
{
    /// <summary>Runs one query in its own transaction, committed when it succeeds.</summary>
    Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Begins an explicit transaction: nothing it writes is visible to others until it commits.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(
        AccessMode accessMode = AccessMode.Write,
        CancellationToken cancellationToken = default);
}
