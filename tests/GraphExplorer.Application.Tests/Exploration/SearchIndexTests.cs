using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>
/// Freshness of the search index: writes that bypass the application (a Cypher session) on a database of their own,
/// after a first search has built the index.
/// </summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private IGraphDatabase database = null!;

    private SearchService Search => new(database);

    public async Task InitializeAsync()
    {
        (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        (await Search.SearchAsync("jaxa"))[0].Entity.Id.Should().Be("org:jaxa", "the first search builds the index");
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_deleted_entity_is_not_returned_by_the_index_built_before_the_deletion()
    {
        await RunAsync("MATCH (n:Organization {key: 'org:jaxa'}) DETACH DELETE n");

        (await Search.SearchAsync("jaxa")).Should().NotContain(h => h.Entity.Id == "org:jaxa");
    }

    [Fact]
    public async Task A_renamed_entity_is_no_longer_found_by_its_old_name()
    {
        await RunAsync("MATCH (n:Organization {key: 'org:jaxa'}) SET n.name = 'Agence Zorglub', n.aliases = [], n.searchText = 'agence zorglub'");

        (await Search.SearchAsync("jaxa")).Should().NotContain(h => h.Entity.Id == "org:jaxa");
        (await Search.SearchAsync("zorglub")).Select(h => h.Entity.Id).Should().Equal("org:jaxa");
    }

    [Fact]
    public async Task An_entity_created_outside_the_application_is_found_once_the_index_is_invalidated()
    {
        await RunAsync("CREATE (:Organization {key: 'org:zorglub', name: 'Zorglub Kōgyō', kind: 'company', searchText: 'zorglub kogyo'})");
        SearchIndex.Invalidate(database);

        (await Search.SearchAsync("zorglub")).Select(h => h.Entity.Id).Should().Equal("org:zorglub");
    }

    [Fact]
    public async Task Searches_of_every_type_and_of_one_type_share_the_index()
    {
        var all = await Search.SearchAsync("kumamoto");
        var places = await Search.SearchAsync("kumamoto", [EntityType.Place]);

        places.Select(h => h.Entity.Id).Should().Equal(all.Where(h => h.Entity.Type == EntityType.Place).Select(h => h.Entity.Id));
        all.Should().Contain(h => h.Entity.Type == EntityType.Organization);
    }

    private async Task RunAsync(string cypher)
    {
        await using var session = database.OpenSession();
        await session.RunAsync(cypher);
    }
}
