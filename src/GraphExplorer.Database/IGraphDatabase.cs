namespace GraphExplorer.Database;

/// <summary>
/// A graph database that executes Cypher: the embedded engine or a Neo4j server.
/// Application code depends only on this interface and never on a backend.
/// </summary>
/// <remarks>Thread-safe: sessions may be opened concurrently from any thread.</remarks>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>A short name of the backend for health reports and logs, e.g. "embedded" or "neo4j".</summary>
    string BackendName { get; }

    /// <summary>Opens a session. Sessions are cheap; one per unit of work.</summary>
    IGraphSession OpenSession(SessionOptions? options = null);

    /// <summary>Checks that the database answers; throws <see cref="CypherException"/> with kind
    /// <see cref="CypherErrorKind.DatabaseUnavailable"/> or <see cref="CypherErrorKind.AuthenticationFailed"/> otherwise.</summary>
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);
}
