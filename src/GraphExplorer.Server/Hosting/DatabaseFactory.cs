using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.Neo4j;

namespace GraphExplorer.Server.Hosting;

/// <summary>Opens the configured backend. The rest of the server only sees <see cref="IGraphDatabase"/>.</summary>
public static class DatabaseFactory
{
    public static IGraphDatabase Open(DatabaseSettings settings, ProductLayout layout)
    {
        var limits = new QueryLimits(TimeSpan.FromSeconds(settings.QueryTimeoutSeconds), settings.MaxRows);
        return settings.Backend.ToLowerInvariant() switch
        {
            "embedded" => EmbeddedGraphDatabase.Open(
                layout.Resolve(settings.Path),
                new EmbeddedDatabaseOptions(DefaultLimits: limits)),
            "neo4j" => new Neo4jGraphDatabase(new Neo4jOptions
            {
                Uri = new Uri(settings.Url),
                Database = settings.DatabaseName,
                User = settings.User,
                Password = settings.Password,
                RequestTimeout = TimeSpan.FromSeconds(settings.QueryTimeoutSeconds + 5),
            }),
            _ => throw new InvalidOperationException(
                $"Unknown Database:Backend '{settings.Backend}': expected 'embedded' or 'neo4j'."),
        };
    }
}
