namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// The database of a server under test, on the chosen <see cref="TestBackend"/>, as the server's own configuration
/// (<c>Database:*</c> settings): an embedded database in a new temporary folder, or a new database on Neo4j (or the product's
/// Query API hosted for the tests) that the server opens through its Neo4j backend. Disposing it removes the folder or drops the
/// database.
/// </summary>
public sealed class TestServerDatabase : IAsyncDisposable, IDisposable
{
    private readonly string? folder;
    private readonly Neo4jDatabaseLocation? location;

    private TestServerDatabase(string? folder, Neo4jDatabaseLocation? location, IReadOnlyDictionary<string, string?> settings)
    {
        this.folder = folder;
        this.location = location;
        Settings = settings;
    }

    /// <summary>Configuration keys and values that point the server at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Creates the database (blocking: servers under test are configured synchronously).</summary>
    public static TestServerDatabase Create(string prefix)
    {
        if (TestBackend.Kind == TestBackendKind.Embedded)
        {
            var path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
            return new TestServerDatabase(path, null, new Dictionary<string, string?> { ["Database:Backend"] = "embedded", ["Database:Path"] = path });
        }

        var location = Task.Run(TestBackend.CreateNeo4jDatabaseAsync).GetAwaiter().GetResult();
        return new TestServerDatabase(null, location, new Dictionary<string, string?>
        {
            ["Database:Backend"] = "neo4j",
            ["Database:Url"] = location.Server.Uri.AbsoluteUri,
            ["Database:DatabaseName"] = location.Database,
            ["Database:User"] = location.Server.User,
            ["Database:Password"] = location.Server.Password,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (location is not null)
        {
            await location.DisposeAsync();
        }

        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose() => Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();
}
