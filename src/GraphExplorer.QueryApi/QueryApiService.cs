using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphExplorer.QueryApi;

/// <summary>
/// Neo4j's Query API v2 in its documented shapes over the databases of an <see cref="IQueryApiDatabases"/>:
/// <c>POST /db/{db}/query/v2</c> (auto-commit), <c>POST …/tx</c> (begin), <c>POST …/tx/{id}</c> (run),
/// <c>POST …/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c> (rollback) and the discovery document.
/// </summary>
/// <remarks>
/// <para>Every request is authenticated by the host's <see cref="IQueryApiAuthenticator"/>: a login that may not write runs
/// in read transactions, and a write is refused as forbidden. Answers are typed JSON
/// (<c>application/vnd.neo4j.query[.v1.1]</c>) or plain JSON (<c>application/json</c>), as the client's Accept asks; request
/// bodies are read in either. Errors are <c>{"errors": [{"code", "message"}]}</c> with Neo4j's status codes.
/// Explicit transactions have ids, an idle expiry (<see cref="QueryApiOptions.TransactionIdleTimeout"/>, reported as
/// <c>transaction.expires</c>) after which they are rolled back and unknown, and are rolled back and closed on any error;
/// begin answers a <c>neo4j-cluster-affinity</c> header that later requests must echo (as on a Neo4j cluster). Bookmarks
/// come from the database's <see cref="GraphExplorer.Database.BookmarkLedger"/>. Schema commands and data queries are not
/// mixed in one transaction, as Neo4j refuses to. The engine's notifications are passed on.</para>
/// <para>Thread-safe. Requests to one transaction are served one at a time.</para>
/// </remarks>
public sealed partial class QueryApiService : IAsyncDisposable
{
    public const string AffinityHeader = "neo4j-cluster-affinity";
    public const string SystemDatabase = "system";

    private readonly IQueryApiDatabases databases;
    private readonly IQueryApiAuthenticator authenticator;

    public QueryApiService(IQueryApiDatabases databases, IQueryApiAuthenticator authenticator, QueryApiOptions options)
    {
        this.databases = databases;
        this.authenticator = authenticator;
        Options = options;
        sweeper = new Timer(_ => SweepExpired(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
    }

    public QueryApiOptions Options { get; }

    /// <summary>Transactions open now (for tests of expiry and cleanup).</summary>
    public int OpenTransactions => transactions.Count;

    /// <summary>Maps the Query API's endpoints (not the discovery document: see <see cref="IsDiscoveryRequest"/>).</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/db/{database}/query/v2", context => ServeAsync(context, AutoCommitAsync));
        routes.MapPost("/db/{database}/query/v2/tx", context => ServeAsync(context, BeginAsync));
        routes.MapPost("/db/{database}/query/v2/tx/{id}", context => ServeAsync(context, RunInTransactionAsync));
        routes.MapPost("/db/{database}/query/v2/tx/{id}/commit", context => ServeAsync(context, CommitAsync));
        routes.MapDelete("/db/{database}/query/v2/tx/{id}", context => ServeAsync(context, RollbackAsync));
    }

    /// <summary>
    /// Neo4j answers <c>GET /</c> with its discovery document when the client asks for JSON (its clients do, to find the
    /// query endpoint), and with the browser otherwise; a host that serves a web page at <c>/</c> keeps doing so.
    /// </summary>
    public static bool IsDiscoveryRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path == "/"
        && request.Headers.Accept.ToString() is var accept
        && accept.Contains(PlainJson, StringComparison.OrdinalIgnoreCase)
        && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rolls back a database's open transactions (before it is dropped).</summary>
    private void AbandonTransactionsOf(QueryApiDatabase database)
    {
        foreach (var transaction in transactions.Values.Where(t => t.Database == database))
        {
            if (transactions.TryRemove(transaction.Id, out _))
            {
                transaction.Abandon();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await sweeper.DisposeAsync();
        foreach (var transaction in transactions.Values)
        {
            transaction.Abandon();
        }

        transactions.Clear();
    }
}
