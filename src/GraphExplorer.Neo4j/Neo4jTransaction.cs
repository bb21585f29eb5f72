using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Http;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j;

/// <summary>
/// An explicit Query API transaction (<c>/db/{db}/query/v2/tx/{id}</c>). Every request after the begin echoes the
/// <c>neo4j-cluster-affinity</c> header the begin returned, so it reaches the cluster member that holds the transaction.
/// While idle, a keep-alive keeps it from expiring on the server (see the KeepAlive part).
/// </summary>
/// <remarks>
/// Not thread-safe for callers (see <see cref="IGraphTransaction"/>); internally a gate serialises the caller's requests
/// with the keep-alive. Statements are never retried here: after a failure the server has closed the transaction (or its
/// state is unknown), so it can only be rolled back.
/// </remarks>
internal sealed partial class Neo4jTransaction : IGraphTransaction
{
    private readonly QueryApiClient client;
    private readonly Neo4jSession session;
    private readonly string path;
    private readonly SemaphoreSlim gate = new(1, 1);
    private TransactionState state = TransactionState.Open;
    private CypherException? expiry;

    public Neo4jTransaction(QueryApiClient client, Neo4jSession session, string id, QueryApiResponse begin)
    {
        this.client = client;
        this.session = session;
        Id = id;
        path = QueryApiClient.TransactionPath(session.Database, id);
        Affinity = begin.Affinity;
        Touch(begin);
        StartKeepAlive();
    }

    private enum TransactionState
    {
        Open,
        Committed,
        RolledBack,

        /// <summary>A request failed: the server closed the transaction, or it may still hold it (connection lost).</summary>
        Failed,
    }

    /// <summary>The server's transaction id.</summary>
    public string Id { get; }

    /// <summary>The cluster affinity echoed on every request; null when the server sent none.</summary>
    public string? Affinity { get; }

    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfNotOpen();
            var call = Call(
                HttpMethod.Post,
                path,
                new QueryRequest(cypher, parameters, IncludeCounters: true),
                Neo4jErrors.Operation.Run,
                session.Limits?.Timeout);
            QueryApiResponse response;
            try
            {
                response = await client.SendAsync(call, cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException exception) when (exception.Detail == "InvalidParameter")
            {
                // Refused before sending: the transaction is untouched.
                throw;
            }
            catch (Exception exception) when (exception is CypherException or OperationCanceledException)
            {
                Fail(exception);
                throw;
            }

            Touch(response);
            if (response.Body.Transaction is null)
            {
                // No "transaction" key: the server has closed the transaction.
                state = TransactionState.Failed;
            }

            try
            {
                return QueryResults.Build(response, session.Limits, client.Options.Uri, withBookmark: false);
            }
            catch (CypherException exception)
            {
                // Over the row limit (or unreadable): the statement ran, so the transaction must not commit it.
                Fail(exception);
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfNotOpen();
            StopKeepAlive();
            QueryApiResponse response;
            try
            {
                response = await client.SendAsync(
                    Call(HttpMethod.Post, path + "/commit", body: null, Neo4jErrors.Operation.Commit, timeout: null),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is CypherException or OperationCanceledException)
            {
                Fail(exception);
                throw;
            }

            state = TransactionState.Committed;
            session.RememberBookmarks(response.Body.Bookmarks);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            switch (state)
            {
                case TransactionState.Committed:
                    throw Neo4jErrors.TransactionClosed(Id, "already committed");
                case TransactionState.RolledBack:
                    return;
            }

            StopKeepAlive();
            var wasOpen = state == TransactionState.Open;
            state = TransactionState.RolledBack;
            if (expiry is not null)
            {
                // The server expired it and rolled it back itself.
                return;
            }

            try
            {
                await client.SendAsync(
                    Call(HttpMethod.Delete, path, body: null, Neo4jErrors.Operation.Rollback, timeout: null),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException exception) when (!wasOpen || exception.Detail == "TransactionExpired")
            {
                // The server already closed it (a failed statement or an expiry rolls back): nothing is left to undo.
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rolls back a transaction that was neither committed nor rolled back; never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        if (state is TransactionState.Open or TransactionState.Failed)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is CypherException or OperationCanceledException)
            {
                Neo4jLog.RollbackOnDisposeFailed(client.Logger, Id, exception.Message);
            }
        }

        StopKeepAlive();
        await WaitForKeepAliveAsync().ConfigureAwait(false);
        gate.Dispose();
    }

    private QueryApiCall Call(HttpMethod method, string callPath, QueryRequest? body, Neo4jErrors.Operation operation, TimeSpan? timeout) =>
        new(method, callPath, body, operation, Retryable: false, Idempotent: false, Affinity, Id, timeout);

    private void ThrowIfNotOpen()
    {
        switch (state)
        {
            case TransactionState.Open:
                return;
            case TransactionState.Failed when expiry is not null:
                throw Neo4jErrors.TransactionExpired(Id, expiry.Neo4jCode, expiry.Message);
            case TransactionState.Failed:
                throw Neo4jErrors.TransactionClosed(Id, "closed after a failed request and can only be rolled back");
            case TransactionState.Committed:
                throw Neo4jErrors.TransactionClosed(Id, "already committed");
            default:
                throw Neo4jErrors.TransactionClosed(Id, "already rolled back");
        }
    }

    private void Fail(Exception exception)
    {
        state = TransactionState.Failed;
        if (exception is CypherException { Detail: "TransactionExpired" } expired)
        {
            expiry = expired;
        }

        StopKeepAlive();
    }
}
