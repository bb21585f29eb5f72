namespace GraphExplorer.QueryApi;

/// <summary>
/// The databases a Query API serves by name, and what its <c>system</c> database's <c>CREATE DATABASE</c> and
/// <c>DROP DATABASE</c> do. Implementations must be thread-safe: requests arrive concurrently.
/// </summary>
public interface IQueryApiDatabases
{
    /// <summary>The database named <paramref name="name"/> (case-insensitive, as Neo4j's names); null when there is none.</summary>
    QueryApiDatabase? Find(string name);

    /// <summary>Creates an empty database; false when it exists already. Null when this server cannot create databases.</summary>
    bool? Create(string name);

    /// <summary>Drops a database (its open transactions are rolled back by the caller first); false when there is none.
    /// Null when this server cannot drop databases.</summary>
    ValueTask<bool?> DropAsync(string name);
}
