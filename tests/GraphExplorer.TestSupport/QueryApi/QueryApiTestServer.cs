using System.Net;
using GraphExplorer.QueryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>
/// The product's Query API endpoint (<see cref="QueryApiService"/>, src/GraphExplorer.QueryApi) hosted in process on a
/// free loopback port, over databases created per test through the <c>system</c> database
/// (<see cref="InMemoryQueryApiDatabases"/>), with one user and password. What the <c>queryapi</c> test backend runs the
/// application's suites on, through the Neo4j client (<c>Neo4jGraphDatabase</c>) over real HTTP.
/// </summary>
public sealed class QueryApiTestServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string DefaultDatabase = "neo4j";

    private readonly WebApplication app;
    private readonly InMemoryQueryApiDatabases databases;

    private QueryApiTestServer(WebApplication app, InMemoryQueryApiDatabases databases, QueryApiService service, string password)
    {
        this.app = app;
        this.databases = databases;
        Service = service;
        Password = password;
    }

    public QueryApiService Service { get; }

    /// <summary>A new random password per server.</summary>
    public string Password { get; }

    /// <summary>The HTTP address listened on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>Names of the databases that exist (the <c>system</c> database aside).</summary>
    public IReadOnlyCollection<string> DatabaseNames => databases.Names;

    /// <summary>Starts a server with the database <see cref="DefaultDatabase"/>.</summary>
    public static async Task<QueryApiTestServer> StartAsync(QueryApiOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(QueryApiTestServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var databases = new InMemoryQueryApiDatabases();
        var password = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
        var service = new QueryApiService(databases, new PasswordQueryApiAuthenticator(User, password), options ?? new QueryApiOptions());
        app.MapGet("/", service.WriteDiscoveryAsync);
        service.Map(app);
        await app.StartAsync();
        var server = new QueryApiTestServer(app, databases, service, password)
        {
            Uri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };
        databases.Create(DefaultDatabase);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Service.DisposeAsync();
        await databases.DisposeAsync();
    }
}
