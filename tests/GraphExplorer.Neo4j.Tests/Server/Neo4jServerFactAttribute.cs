using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>
/// A test that needs a real Neo4j server (see <see cref="Neo4jServerFixture"/>). Skipped, with the reason, when none is
/// named and no Docker engine answers.
/// </summary>
public sealed class Neo4jServerFactAttribute : FactAttribute
{
    public Neo4jServerFactAttribute()
    {
        if (Neo4jTestServer.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
