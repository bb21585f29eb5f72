using GraphExplorer.Neo4j;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>A database created for one test (or one fixture) on a Neo4j server; disposing it drops the database.</summary>
public sealed class Neo4jDatabaseLocation(Neo4jServerAddress server, string database) : IAsyncDisposable
{
    public Neo4jServerAddress Server { get; } = server;

    /// <summary>The database's name (letters and digits only).</summary>
    public string Database { get; } = database;

    /// <summary>Client options reaching the database.</summary>
    public Neo4jOptions Options => Server.Options(Database);

    public async ValueTask DisposeAsync()
    {
        await using var system = new Neo4jGraphDatabase(Server.Options("system"));
        await using var session = system.OpenSession();
        await session.RunAsync($"DROP DATABASE {Database} IF EXISTS");
    }
}
