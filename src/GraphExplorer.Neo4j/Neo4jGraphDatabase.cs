using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Neo4j;

/// <summary>
/// A Neo4j server reached through its HTTP Query API v2 (Neo4j 5.23+, on by default from 5.25; explicit transactions
/// from 5.26), with typed JSON both ways so integers, floats and temporals keep their exact Cypher types.
/// </summary>
/// <remarks>
/// Thread-safe: sessions may be opened concurrently. Owns its <see cref="HttpClient"/> unless one is handed in
/// (e.g. from <c>IHttpClientFactory</c>); requests carry their own headers, so a shared client is left untouched.
/// </remarks>
public sealed class Neo4jGraphDatabase : IGraphDatabase
{
    private readonly QueryApiClient client;

    /// <summary>Connects with a client of its own (pooled connections renewed every 5 minutes so DNS changes are seen).</summary>
    public Neo4jGraphDatabase(Neo4jOptions options, ILogger<Neo4jGraphDatabase>? logger = null)
        : this(options, CreateOwnClient(), ownsHttpClient: true, logger, timeProvider: null)
    {
    }

    /// <summary>
    /// Uses a given <see cref="HttpClient"/> (e.g. a typed client from <c>IHttpClientFactory</c>), which it does not dispose.
    /// Timeouts come from the options; give the client an infinite <see cref="HttpClient.Timeout"/> (or one above
    /// <see cref="Neo4jOptions.RequestTimeout"/>) so that its own does not cut requests short.
    /// </summary>
    public Neo4jGraphDatabase(Neo4jOptions options, HttpClient httpClient, ILogger? logger = null, TimeProvider? timeProvider = null)
        : this(options, httpClient, ownsHttpClient: false, logger, timeProvider)
    {
    }

    /// <summary>Sends through a given handler (tests, custom TLS), which it does not dispose.</summary>
    public Neo4jGraphDatabase(Neo4jOptions options, HttpMessageHandler handler, ILogger? logger = null, TimeProvider? timeProvider = null)
        : this(options, new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, ownsHttpClient: true, logger, timeProvider)
    {
    }

    private Neo4jGraphDatabase(Neo4jOptions options, HttpClient httpClient, bool ownsHttpClient, ILogger? logger, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        options.Validate();
        client = new QueryApiClient(httpClient, ownsHttpClient, options, logger ?? NullLogger.Instance, timeProvider ?? TimeProvider.System);
    }

    public string BackendName => "neo4j";

    /// <summary>The options in force (the password is redacted in their ToString).</summary>
    public Neo4jOptions Options => client.Options;

    public IGraphSession OpenSession(SessionOptions? options = null) => new Neo4jSession(client, options);

    /// <summary>
    /// Reads the server's discovery document (unreachable server → <see cref="CypherErrorKind.DatabaseUnavailable"/> naming
    /// the URI), then runs <c>RETURN 1</c> on the default database (refused credentials →
    /// <see cref="CypherErrorKind.AuthenticationFailed"/>; no Query API → a message on how to enable it).
    /// </summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var discovery = await client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        if (discovery?.Neo4jVersion is { } version)
        {
            Neo4jLog.Discovered(client.Logger, client.Options.Uri, version, discovery.Neo4jEdition ?? "unknown edition");
        }

        var call = new QueryApiCall(
            HttpMethod.Post,
            QueryApiClient.QueryPath(client.Options.Database),
            new Json.QueryRequest("RETURN 1 AS ok", AccessMode: "Read"),
            Neo4jErrors.Operation.AutoCommit,
            Retryable: true,
            Idempotent: true);
        QueryApiResponse response;
        try
        {
            response = await client.SendAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException exception) when (exception.Kind is not (CypherErrorKind.DatabaseUnavailable or CypherErrorKind.AuthenticationFailed))
        {
            // The contract promises one of these two kinds: e.g. a missing database or a forbidden user make it unavailable.
            throw Neo4jErrors.CannotRunProbe(client.Options.Uri, client.Options.Database, exception);
        }

        var result = QueryResults.Build(response, limits: null, client.Options.Uri, withBookmark: false);
        if (result.Count != 1 || result[0][0] is not 1L)
        {
            throw Neo4jErrors.InvalidResponse(client.Options.Uri, new FormatException("RETURN 1 did not return 1."));
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static HttpClient CreateOwnClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
