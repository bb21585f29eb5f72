using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>
/// A Neo4j server for the tests of the <c>Neo4j server</c> collection: the one <see cref="Neo4jTestServer"/> gives (named
/// by GRAPHEXPLORER_TEST_NEO4J_URL or GRAPHEXPLORER_NEO4J_URI with their _USER and _PASSWORD, or else a throw-away
/// container started through Docker and removed when the test process ends). Does nothing when neither is available:
/// the tests are then skipped by <see cref="Neo4jServerFactAttribute"/>.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    /// <summary>Options reaching the server's default database; null when there is none.</summary>
    public Neo4jOptions? Options { get; private set; }

    public async Task InitializeAsync()
    {
        if (Neo4jTestServer.WhyUnavailable is null)
        {
            Options = (await Neo4jTestServer.StartAsync()).Options("neo4j");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Neo4jGraphDatabase CreateDatabase(Func<Neo4jOptions, Neo4jOptions>? configure = null)
    {
        var options = Options ?? throw new InvalidOperationException("No Neo4j server is available.");
        return new Neo4jGraphDatabase(configure is null ? options : configure(options));
    }
}
