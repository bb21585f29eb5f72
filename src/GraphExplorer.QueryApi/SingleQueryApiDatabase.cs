using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>
/// The product's catalog: its one database under Neo4j's default name (<see cref="Neo4jCompatibility.DefaultDatabase"/>),
/// which cannot be created or dropped over the Query API (as on Neo4j's community edition).
/// </summary>
public sealed class SingleQueryApiDatabase(IGraphDatabase database, BookmarkLedger bookmarks) : IQueryApiDatabases
{
    private readonly QueryApiDatabase only = new(Neo4jCompatibility.DefaultDatabase, database, bookmarks);

    public QueryApiDatabase? Find(string name) =>
        string.Equals(name, only.Name, StringComparison.OrdinalIgnoreCase) ? only : null;

    public bool? Create(string name) => null;

    public ValueTask<bool?> DropAsync(string name) => ValueTask.FromResult<bool?>(null);
}
