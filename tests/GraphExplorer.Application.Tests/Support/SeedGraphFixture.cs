using GraphExplorer.Application.Loading;
using GraphExplorer.TestSupport.Backends;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Support;

/// <summary>
/// A database on the test backend (see <see cref="TestBackend"/>) loaded with the real seed scripts of cypher/, shared (read-only) by the tests of the
/// <see cref="SeedGraphCollection"/>. Tests that write use <see cref="CreateLoadedAsync"/> for a database of their own.
/// </summary>
public sealed class SeedGraphFixture : IAsyncLifetime
{
    public IGraphDatabase Database { get; private set; } = null!;

    public IReadOnlyList<ScriptReport> Reports { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (database, reports) = await CreateLoadedAsync();
        Database = database;
        Reports = reports;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>A new database on the test backend with every seed script applied; fails when a script does not apply.</summary>
    public static async Task<(IGraphDatabase Database, IReadOnlyList<ScriptReport> Reports)> CreateLoadedAsync()
    {
        var database = await TestBackend.CreateDatabaseAsync();
        var reports = await new ScriptLoader(database).LoadAsync(
            ScriptFile.Collect([RepositoryPaths.SeedScripts]),
            new LoadOptions("seed-fixture"));
        var failed = reports.FirstOrDefault(r => r.Outcome != ScriptOutcome.Applied);
        if (failed is not null)
        {
            throw new InvalidOperationException($"Seed script {failed.Script.Name}: {failed.Outcome} {failed.Error}");
        }

        return (database, reports);
    }
}

[CollectionDefinition(Name)]
public sealed class SeedGraphCollection : ICollectionFixture<SeedGraphFixture>
{
    public const string Name = "seed graph";
}
