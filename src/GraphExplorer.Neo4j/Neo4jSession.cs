using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Http;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j;

/// <summary>
/// A session against one Neo4j database through the Query API. It carries the bookmarks of its last committed work to its
/// next request, so that every query of the session sees what the previous ones wrote, even on a cluster.
/// </summary>
/// <remarks>Not thread-safe (see <see cref="IGraphSession"/>). Holds no connection: disposing it only stops its use.</remarks>
internal sealed class Neo4jSession : IGraphSession
{
    private readonly QueryApiClient client;
    private readonly QueryLimits? limits;
    private List<string> bookmarks;
    private bool disposed;

    public Neo4jSession(QueryApiClient client, SessionOptions? options)
    {
        this.client = client;
        Database = options?.Database ?? client.Options.Database;
        var defaults = client.Options.DefaultLimits;
        limits = options is null ? defaults : options.EffectiveLimits(defaults);
        bookmarks = options?.Bookmarks is { Count: > 0 } initial ? [.. initial] : [];
    }

    public string Database { get; }

    /// <summary>The bookmarks the next request will wait for.</summary>
    public IReadOnlyList<string> Bookmarks => bookmarks;

    internal QueryLimits? Limits => limits;

    public async Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(cypher);
        var call = new QueryApiCall(
            HttpMethod.Post,
            QueryApiClient.QueryPath(Database),
            new QueryRequest(cypher, parameters, IncludeCounters: true, AccessMode: "Write", Bookmarks: BookmarksOrNull()),
            Neo4jErrors.Operation.AutoCommit,
            Retryable: true,
            Idempotent: false,
            QueryTimeout: limits?.Timeout);
        var response = await client.SendAsync(call, cancellationToken).ConfigureAwait(false);
        RememberBookmarks(response.Body.Bookmarks);
        return QueryResults.Build(response, limits, client.Options.Uri, withBookmark: true);
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(
        AccessMode accessMode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var call = new QueryApiCall(
            HttpMethod.Post,
            $"{QueryApiClient.QueryPath(Database)}/tx",
            new QueryRequest(null, AccessMode: accessMode == AccessMode.Read ? "Read" : "Write", Bookmarks: BookmarksOrNull()),
            Neo4jErrors.Operation.Begin,
            // A begin runs no statement: repeating it at worst leaves an unused transaction that the server rolls back
            // when it expires.
            Retryable: true,
            Idempotent: true);
        var response = await client.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var id = response.Body.Transaction?.Id;
        if (string.IsNullOrEmpty(id))
        {
            throw Neo4jErrors.InvalidResponse(
                client.Options.Uri, new FormatException("the answer to a transaction begin has no transaction.id."));
        }

        return new Neo4jTransaction(client, this, id, response);
    }

    public ValueTask DisposeAsync()
    {
        disposed = true;
        return ValueTask.CompletedTask;
    }

    /// <summary>Replaces the session's bookmarks with those of newly committed work (none leaves them as they are).</summary>
    internal void RememberBookmarks(IReadOnlyList<string>? newBookmarks)
    {
        if (newBookmarks is { Count: > 0 })
        {
            bookmarks = [.. newBookmarks];
        }
    }

    private List<string>? BookmarksOrNull() => bookmarks.Count > 0 ? bookmarks : null;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
