using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.Neo4j;

namespace GraphExplorer.Server.Hosting;

/// <summary>Opens the configured backend. The rest of the server only sees <see cref="IGraphDatabase"/>.</summary>
public static class DatabaseFactory
{
    /// <param name="readOnly">Open the embedded database without modifying its folder (dump, validate, lineage, check);
    /// Neo4j is read through read transactions by those commands anyway.</param>
    /// <param name="warn">Receives what the embedded database reports on opening (damage it recovered from or found).</param>
    public static IGraphDatabase Open(DatabaseSettings settings, ProductLayout layout, bool readOnly = false, Action<string>? warn = null)
    {
        var limits = new QueryLimits(TimeSpan.FromSeconds(settings.QueryTimeoutSeconds), settings.MaxRows);
        return settings.Backend.ToLowerInvariant() switch
        {
            "embedded" => EmbeddedGraphDatabase.Open(
                layout.Resolve(settings.Path),
                new EmbeddedDatabaseOptions(DefaultLimits: limits, ReadOnly: readOnly, ImportDirectory: layout.Resolve(settings.ImportDirectory)),
                warn),
            "neo4j" => new Neo4jGraphDatabase(new Neo4jOptions
            {
                Uri = new Uri(settings.Url),
                Database = settings.DatabaseName,
                User = settings.User,
                Password = settings.Password,
                RequestTimeout = TimeSpan.FromSeconds(settings.QueryTimeoutSeconds + 5),
                DefaultLimits = limits,
            }),
            _ => throw new InvalidOperationException(
                $"Unknown Database:Backend '{settings.Backend}': expected 'embedded' or 'neo4j'."),
        };
    }
}
