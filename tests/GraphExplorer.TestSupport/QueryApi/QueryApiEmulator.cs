using System.Collections.Concurrent;
using System.Net;
using System.Text;
using GraphExplorer.Cypher;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>
/// An HTTP server on the loopback interface that serves Neo4j's Query API v2 in its documented shapes, backed by the
/// embedded engine: <c>POST /db/{db}/query/v2</c> (auto-commit), <c>POST …/tx</c> (begin), <c>POST …/tx/{id}</c> (run),
/// <c>POST …/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c> (rollback) and the discovery document at <c>/</c>.
/// </summary>
/// <remarks>
/// <para>What it is for: running the application's suites through <c>Neo4jGraphDatabase</c> over real HTTP, so that the
/// client and the application's backend-neutrality are checked in CI. It says nothing about Neo4j's own behaviour: the
/// Cypher semantics are the embedded engine's.</para>
/// <para>What it emulates of the server: Basic authentication; answers in typed JSON
/// (<c>application/vnd.neo4j.query.v1.1</c> or unversioned) and nothing else (a client accepting only plain JSON is
/// refused with 406); request bodies in typed JSON, or in plain JSON when they hold no parameters (as Neo4j's own
/// Query API client sends begin, commit and rollback); errors as
/// <c>{"errors": [{"code", "message"}]}</c> with Neo4j's status codes; explicit transactions with ids, an idle expiry
/// (<see cref="QueryApiEmulatorOptions.TransactionIdleTimeout"/>, reported as <c>transaction.expires</c>) after which the
/// transaction is rolled back and unknown, rolled back and closed on any error; a <c>neo4j-cluster-affinity</c> header on
/// begin that later requests must echo (a request without it is answered as if it reached another cluster member:
/// transaction not found); bookmarks, one per committed write, refused when they name a commit the database has not seen;
/// Neo4j's refusal to mix schema commands and data queries in one transaction; a <c>system</c> database that takes
/// <c>CREATE DATABASE</c> and <c>DROP DATABASE</c>, each database a fresh in-memory embedded engine.</para>
/// <para>Thread-safe. Requests to one transaction are served one at a time.</para>
/// </remarks>
public sealed partial class QueryApiEmulator : IAsyncDisposable
{
    public const string AffinityHeader = "neo4j-cluster-affinity";
    public const string SystemDatabase = "system";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, EmulatedDatabase> databases = new(StringComparer.OrdinalIgnoreCase);
    private readonly string expectedAuthorization;

    private QueryApiEmulator(WebApplication app, QueryApiEmulatorOptions options)
    {
        this.app = app;
        Options = options;
        expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        sweeper = new Timer(_ => SweepExpired(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
    }

    public QueryApiEmulatorOptions Options { get; }

    /// <summary>The HTTP address the emulator listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>Starts an emulator on a free loopback port, with the database <see cref="QueryApiEmulatorOptions.DefaultDatabase"/>.</summary>
    public static async Task<QueryApiEmulator> StartAsync(QueryApiEmulatorOptions? options = null)
    {
        options ??= new QueryApiEmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(QueryApiEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var emulator = new QueryApiEmulator(app, options);
        emulator.MapEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.Uri = new Uri(address);
        emulator.CreateDatabase(options.DefaultDatabase);
        return emulator;
    }

    /// <summary>Creates an empty database (a fresh in-memory embedded engine); false when it exists already.</summary>
    public bool CreateDatabase(string name) => databases.TryAdd(name, new EmulatedDatabase(name, EmbeddedGraphDatabase.CreateInMemory()));

    /// <summary>Drops a database and rolls back its open transactions; false when there is none.</summary>
    public bool DropDatabase(string name)
    {
        if (!databases.TryRemove(name, out var database))
        {
            return false;
        }

        foreach (var transaction in transactions.Values.Where(t => t.Database == database))
        {
            if (transactions.TryRemove(transaction.Id, out _))
            {
                transaction.Abandon();
            }
        }

        database.Engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return true;
    }

    /// <summary>Names of the databases that exist (the <c>system</c> database aside).</summary>
    public IReadOnlyCollection<string> DatabaseNames => [.. databases.Keys];

    /// <summary>Transactions open now (for tests of expiry and cleanup).</summary>
    public int OpenTransactions => transactions.Count;

    public async ValueTask DisposeAsync()
    {
        await sweeper.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var transaction in transactions.Values)
        {
            transaction.Abandon();
        }

        transactions.Clear();
        foreach (var database in databases.Values)
        {
            await database.Engine.DisposeAsync();
        }

        databases.Clear();
    }

    private void MapEndpoints()
    {
        app.MapGet("/", WriteDiscoveryAsync);
        app.MapPost("/db/{database}/query/v2", context => ServeAsync(context, AutoCommitAsync));
        app.MapPost("/db/{database}/query/v2/tx", context => ServeAsync(context, BeginAsync));
        app.MapPost("/db/{database}/query/v2/tx/{id}", context => ServeAsync(context, RunInTransactionAsync));
        app.MapPost("/db/{database}/query/v2/tx/{id}/commit", context => ServeAsync(context, CommitAsync));
        app.MapDelete("/db/{database}/query/v2/tx/{id}", context => ServeAsync(context, RollbackAsync));
    }
}
