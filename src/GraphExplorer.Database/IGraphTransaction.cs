namespace GraphExplorer.Database;

/// <summary>
/// An explicit transaction: all of its queries apply together on <see cref="CommitAsync"/>, or none of them.
/// Disposing a transaction that was neither committed nor rolled back rolls it back.
/// </summary>
/// <remarks>Not thread-safe. After a query fails the transaction can only be rolled back.</remarks>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
