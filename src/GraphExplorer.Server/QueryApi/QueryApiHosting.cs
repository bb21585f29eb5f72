using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.QueryApi;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.GraphQL;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.QueryApi;

/// <summary>
/// Serves Neo4j's HTTP Query API (<see cref="QueryApiService"/>) on the server's own port when <c>QueryApi:Enabled</c> is
/// true: <c>/db/neo4j/query/v2</c> and its transactions on the server's database, with its query limits
/// (<c>Database:QueryTimeoutSeconds</c>, <c>Database:MaxRows</c>), Bolt's logins (<see cref="CypherEndpointLogins"/>)
/// and Bolt's bookmarks (one <see cref="BookmarkLedger"/>), and the discovery document at <c>/</c> for clients that ask
/// for JSON.
/// </summary>
internal static class QueryApiHosting
{
    public static void AddQueryApi(WebApplicationBuilder builder)
    {
        builder.Services.Configure<QueryApiSettings>(builder.Configuration.GetSection(QueryApiSettings.Section));
        builder.Services.AddSingleton<BookmarkLedger>();
        builder.Services.AddSingleton(services =>
        {
            var settings = services.GetRequiredService<IOptions<QueryApiSettings>>().Value;
            var logins = CypherEndpointLogins.Create(
                QueryApiSettings.Section, settings.AllowAnonymousReads, settings.Readers, services.GetRequiredService<IConfiguration>(),
                services.GetRequiredService<StewardKeyVerifier>(), services.GetRequiredService<StewardKeyThrottle>(),
                services.GetRequiredService<ProviderTokens>());
            return new QueryApiService(
                new SingleQueryApiDatabase(services.GetRequiredService<IGraphDatabase>(), services.GetRequiredService<BookmarkLedger>()),
                new BoltLoginQueryApiAuthenticator(logins),
                new QueryApiOptions
                {
                    TransactionIdleTimeout = TimeSpan.FromSeconds(settings.TransactionIdleTimeoutSeconds),
                    MaxOpenTransactions = settings.MaxOpenTransactions,
                    MaxRequestBodyBytes = settings.MaxRequestBodyBytes,
                });
        });
    }

    /// <summary>Maps the endpoints when enabled (before the web client, whose page is the answer to <c>/</c> otherwise).</summary>
    public static void UseQueryApi(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<QueryApiSettings>>().Value.Enabled)
        {
            return;
        }

        var service = app.Services.GetRequiredService<QueryApiService>();
        app.Use(async (http, next) =>
        {
            if (QueryApiService.IsDiscoveryRequest(http.Request))
            {
                await service.WriteDiscoveryAsync(http);
                return;
            }

            await next(http);
        });
        service.Map(app);
    }
}
