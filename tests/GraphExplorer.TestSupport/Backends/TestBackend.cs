using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.Neo4j;
using GraphExplorer.TestSupport.QueryApi;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// The backend the integration suites run on, chosen by the environment, and fresh empty databases on it: every call of
/// <see cref="CreateDatabaseAsync"/> gives a database of its own (a new in-memory engine; on Neo4j and the product's Query API, a
/// new database created through the <c>system</c> database and dropped when the returned object is disposed).
/// </summary>
/// <remarks>
/// GRAPHEXPLORER_TEST_BACKEND = <c>embedded</c> (default) | <c>queryapi</c> | <c>neo4j</c>. For <c>neo4j</c>:
/// GRAPHEXPLORER_TEST_NEO4J_URL, _USER (default <c>neo4j</c>) and _PASSWORD name a running server (Enterprise edition or
/// Aura: each test creates its own database); without a URL a Docker engine must answer, and a throw-away
/// <c>neo4j:5.26-enterprise</c> container is started with Testcontainers (see <see cref="Neo4jTestServer"/>). Thread-safe.
/// </remarks>
public static class TestBackend
{
    public const string Variable = "GRAPHEXPLORER_TEST_BACKEND";

    private static readonly SemaphoreSlim ServerGate = new(1, 1);
    private static Neo4jServerAddress? queryApi;
    private static Neo4jServerAddress? neo4j;

    public static TestBackendKind Kind { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Null when the chosen backend can run; otherwise why not (the suites are then skipped with this reason).</summary>
    public static string? WhyUnavailable => WhyUnavailableFor(Kind);

    /// <summary>Null when <paramref name="kind"/> can run here; otherwise why not.</summary>
    public static string? WhyUnavailableFor(TestBackendKind kind) => kind == TestBackendKind.Neo4j ? Neo4jTestServer.WhyUnavailable : null;

    /// <summary>A new, empty database on the chosen backend. The caller owns it.</summary>
    public static Task<IGraphDatabase> CreateDatabaseAsync() => CreateDatabaseAsync(Kind);

    /// <summary>A new, empty database on <paramref name="kind"/> (for runners that take the backend as an option).</summary>
    public static async Task<IGraphDatabase> CreateDatabaseAsync(TestBackendKind kind)
    {
        if (kind == TestBackendKind.Embedded)
        {
            return EmbeddedGraphDatabase.CreateInMemory();
        }

        var location = await CreateNeo4jDatabaseAsync(kind);
        return new ProvisionedGraphDatabase(new Neo4jGraphDatabase(location.Options), location);
    }

    /// <summary>
    /// <see cref="CreateDatabaseAsync"/> for field initialisers and constructors; runs on the thread pool, so it does not
    /// block on the test framework's synchronisation context.
    /// </summary>
    public static IGraphDatabase CreateDatabase() => Task.Run(CreateDatabaseAsync).GetAwaiter().GetResult();

    /// <summary>
    /// A new, empty database on a Neo4j server: the real one when the backend is <c>neo4j</c>, otherwise the product's
    /// Query API hosted in process (<see cref="QueryApiTestServer"/>). For hosts that open the database themselves from settings, and for tests that cross backends (a dump
    /// of the embedded engine loaded into Neo4j). Dispose it to drop the database.
    /// </summary>
    public static Task<Neo4jDatabaseLocation> CreateNeo4jDatabaseAsync() => CreateNeo4jDatabaseAsync(Kind);

    private static async Task<Neo4jDatabaseLocation> CreateNeo4jDatabaseAsync(TestBackendKind kind)
    {
        var address = await ServerAsync(kind);
        var name = "gx" + Guid.NewGuid().ToString("N")[..16];
        await using (var system = new Neo4jGraphDatabase(address.Options("system")))
        await using (var session = system.OpenSession())
        {
            await session.RunAsync($"CREATE DATABASE {name} WAIT");
        }

        return new Neo4jDatabaseLocation(address, name);
    }

    public static TestBackendKind Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "embedded" => TestBackendKind.Embedded,
        "queryapi" or "query-api" or "emulator" => TestBackendKind.QueryApi,
        "neo4j" => TestBackendKind.Neo4j,
        var other => throw new InvalidOperationException($"{Variable}='{other}': expected embedded, queryapi or neo4j."),
    };

    /// <summary>Starts (once per process) the Neo4j server, or the product's Query API for the other backends, and returns how to reach it.</summary>
    private static async Task<Neo4jServerAddress> ServerAsync(TestBackendKind kind)
    {
        await ServerGate.WaitAsync();
        try
        {
            if (kind == TestBackendKind.Neo4j)
            {
                return neo4j ??= await Neo4jTestServer.StartAsync();
            }

            if (queryApi is null)
            {
                var started = await QueryApiTestServer.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started.DisposeAsync().AsTask().GetAwaiter().GetResult();
                queryApi = new Neo4jServerAddress(started.Uri, QueryApiTestServer.User, started.Password);
            }

            return queryApi;
        }
        finally
        {
            ServerGate.Release();
        }
    }
}
