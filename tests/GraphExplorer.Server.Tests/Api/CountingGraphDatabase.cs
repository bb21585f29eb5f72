using GraphExplorer.Database;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Decorates a database and counts the Cypher statements run through it (sessions and transactions alike).</summary>
public sealed class CountingGraphDatabase(IGraphDatabase inner) : IGraphDatabase
{
    private int queries;

    public int Queries => Volatile.Read(ref queries);

    public string BackendName => inner.BackendName;

    public IGraphSession OpenSession(SessionOptions? options = null) => new Session(this, inner.OpenSession(options));

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => inner.VerifyConnectivityAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> statements = new();

    /// <summary>The statements run, oldest first (for diagnosing a failed count).</summary>
    public IReadOnlyList<string> Statements => [.. statements];

    private void Count(string cypher)
    {
        Interlocked.Increment(ref queries);
        statements.Enqueue(cypher);
    }

    private sealed class Session(CountingGraphDatabase owner, IGraphSession inner) : IGraphSession
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            owner.Count(cypher);
            return inner.RunAsync(cypher, parameters, cancellationToken);
        }

        public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            new Transaction(owner, await inner.BeginTransactionAsync(accessMode, cancellationToken));

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class Transaction(CountingGraphDatabase owner, IGraphTransaction inner) : IGraphTransaction
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            owner.Count(cypher);
            return inner.RunAsync(cypher, parameters, cancellationToken);
        }

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
