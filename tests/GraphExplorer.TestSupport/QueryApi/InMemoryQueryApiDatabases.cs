using System.Collections.Concurrent;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.QueryApi;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>
/// The test host's catalog: databases created and dropped through the <c>system</c> database, each a fresh in-memory
/// embedded engine with a bookmark ledger of its own, so every test gets an empty database of its own (the product serves
/// one database: <see cref="SingleQueryApiDatabase"/>).
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class InMemoryQueryApiDatabases : IQueryApiDatabases, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, QueryApiDatabase> databases = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => [.. databases.Keys];

    public QueryApiDatabase? Find(string name) => databases.TryGetValue(name, out var database) ? database : null;

    public bool? Create(string name) =>
        databases.TryAdd(name, new QueryApiDatabase(name, EmbeddedGraphDatabase.CreateInMemory(), new BookmarkLedger()));

    public async ValueTask<bool?> DropAsync(string name)
    {
        if (!databases.TryRemove(name, out var database))
        {
            return false;
        }

        await database.Database.DisposeAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in databases.Keys)
        {
            await DropAsync(name);
        }
    }
}
