namespace GraphExplorer.TestSupport.Backends;

/// <summary>The database an integration suite runs on (chosen by GRAPHEXPLORER_TEST_BACKEND).</summary>
public enum TestBackendKind
{
    /// <summary><c>embedded</c> (default): the embedded engine, in memory.</summary>
    Embedded,

    /// <summary>
    /// <c>queryapi</c>: the Neo4j client (<c>Neo4jGraphDatabase</c>) over real HTTP against the product's Query API
    /// (src/GraphExplorer.QueryApi, hosted in process), backed by the embedded engine. Checks the client, the endpoint
    /// and the application's backend-neutrality, not Neo4j's behaviour.
    /// </summary>
    QueryApi,

    /// <summary><c>neo4j</c>: a real Neo4j, named by GRAPHEXPLORER_TEST_NEO4J_URL or started with Docker.</summary>
    Neo4j,
}
