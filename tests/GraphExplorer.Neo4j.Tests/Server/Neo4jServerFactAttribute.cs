using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>
/// A test that needs a real Neo4j server: one named by GRAPHEXPLORER_NEO4J_URI, or else a <c>neo4j:5</c> container
/// started through Docker. Skipped, with the reason, when neither is available.
/// </summary>
public sealed class Neo4jServerFactAttribute : FactAttribute
{
    public Neo4jServerFactAttribute()
    {
        if (Neo4jServerFixture.ExternalUri is null && DockerCli.WhyUnavailable is { } reason)
        {
            Skip = $"No Docker engine answers: {reason} (or set GRAPHEXPLORER_NEO4J_URI to a running Neo4j 5.26+).";
        }
    }
}
