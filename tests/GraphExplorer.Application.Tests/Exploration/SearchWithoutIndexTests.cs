using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>
/// A database folder filled without <c>cypher/001_search_index.cypher</c> (a bulk load, a server started with
/// Seed:LoadOnStart=false) has no full-text index: search must say so and what to do, not fail as an internal error
/// (found by the 100k-organisation benchmark, whose loader applied only the schema script).
/// </summary>
public sealed class SearchWithoutIndexTests : IAsyncLifetime
{
    private IGraphDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestBackend.CreateDatabaseAsync();
        await using var session = database.OpenSession();
        await session.RunAsync("CREATE (:Organization {key: 'org:jaxa', name: 'JAXA', searchText: 'jaxa'})");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Search_names_the_missing_index_and_the_script_that_creates_it()
    {
        var search = () => new SearchService(database).SearchAsync("jaxa");

        var error = (await search.Should().ThrowAsync<ExplorerException>()).Which;
        error.Code.Should().Be(ApplicationErrorCode.NotReady);
        error.Message.Should().Contain("entity_search").And.Contain("cypher/001_search_index.cypher");
    }

    [Fact]
    public async Task Search_works_once_a_steward_creates_the_index()
    {
        var reports = await new ScriptLoader(database).LoadAsync(
            ScriptFile.Collect([Path.Combine(RepositoryPaths.SeedScripts, "001_search_index.cypher")]), new LoadOptions("steward"));
        reports.Should().OnlyContain(r => r.Outcome == ScriptOutcome.Applied, string.Join("; ", reports.Select(r => r.Error)));

        var hits = await new SearchService(database).SearchAsync("jaxa");

        hits.Select(h => h.Entity.Id).Should().Equal("org:jaxa");
    }
}
