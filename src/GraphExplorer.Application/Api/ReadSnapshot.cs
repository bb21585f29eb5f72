using GraphExplorer.Database;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The one read transaction all reads of one GraphQL query operation share, so a response never mixes two versions of
/// the data: on the embedded engine a read transaction reads the snapshot taken when it began; on Neo4j it is an explicit
/// read transaction. It begins lazily, on the request's first read (a request answered from values at hand opens none),
/// and ends when the execution ends (the engine disposes per-request objects).
/// </summary>
/// <remarks>
/// Thread-safe: a transaction runs one query at a time, so concurrent resolvers take turns (on the embedded engine a
/// query runs synchronously anyway). A query that fails ends the transaction, as both backends require; the next read
/// begins a new one, so only a response that already carries that field's error can see a later version.
/// </remarks>
internal sealed class ReadSnapshot(IGraphDatabase database) : IAsyncDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private IGraphSession? session;
    private IGraphTransaction? transaction;
    private bool disposed;

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (transaction is null)
            {
                session = database.OpenSession();
                transaction = await session.BeginTransactionAsync(AccessMode.Read, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await transaction.RunAsync(cypher, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await EndAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Ends the transaction (rolled back: it wrote nothing), after a query still running finished.</summary>
    public async ValueTask DisposeAsync()
    {
        await turn.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            await EndAsync().ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task EndAsync()
    {
        var (ending, endingSession) = (transaction, session);
        (transaction, session) = (null, null);
        try
        {
            if (ending is not null)
            {
                await ending.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (endingSession is not null)
            {
                await endingSession.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
