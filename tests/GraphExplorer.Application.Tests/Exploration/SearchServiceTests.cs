using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>
/// Search as a diplomat types it, on the full-text index of <c>cypher/001_search_index.cypher</c> (both backends):
/// typing errors, unfinished words, accents, Japanese names, text that looks like query syntax, and writes made
/// outside the application, which the database's own index follows without any cache to clear.
/// </summary>
public sealed class SearchServiceTests : IAsyncLifetime
{
    private IGraphDatabase database = null!;

    private SearchService Search => new(database);

    public async Task InitializeAsync() => (database, _) = await SeedGraphFixture.CreateLoadedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("Rakutem", "org:rakuten")]
    [InlineData("rakuten", "org:rakuten")]
    [InlineData("Jaxa", "org:jaxa")]
    [InlineData("jaxa", "org:jaxa")]
    [InlineData("Walloni", "place:wallonia")]
    [InlineData("Liege", "place:liege")]
    [InlineData("Liège", "place:liege")]
    [InlineData("東京", "place:tokyo")]
    [InlineData("Tōkyō", "place:tokyo")]
    [InlineData("Toukyou", "place:tokyo")]
    [InlineData("Tohkyoh", "place:tokyo")]
    [InlineData("Oosaka", "place:osaka")]
    [InlineData("Japan Aerospace Exploraton", "org:jaxa")]
    public async Task The_best_match_comes_first(string text, string expected)
    {
        var hits = await Search.SearchAsync(text);

        hits.Should().NotBeEmpty();
        hits[0].Entity.Id.Should().Be(expected);
    }

    [Fact]
    public async Task A_typo_ranks_below_the_exact_word()
    {
        var exact = await Search.SearchAsync("rakuten");
        var typo = await Search.SearchAsync("rakutem");

        exact[0].Score.Should().BeGreaterThan(typo[0].Score, "an exact name outranks one found through a typing error");
        typo.Select(h => h.Entity.Id).Should().Contain(["org:rakuten", "org:rakuten-europe"]);
    }

    [Fact]
    public async Task An_unfinished_word_finds_every_entity_starting_with_it()
    {
        var hits = await Search.SearchAsync("walloni", first: 50);

        hits.Select(h => h.Entity.Id).Should().Contain(["place:wallonia", "org:wbi", "fact:japanese-investment-in-wallonia"]);
    }

    [Theory]
    [InlineData("jaxa AND (")]
    [InlineData("\"jaxa")]
    [InlineData("jaxa*~^2 \\")]
    [InlineData("title:jaxa")]
    [InlineData("OR NOT AND")]
    [InlineData("[a TO z] {x}")]
    [InlineData("-jaxa +jaxa !jaxa && || / ?")]
    public async Task Query_syntax_in_the_text_is_searched_as_words_never_parsed(string text)
    {
        var act = async () => await Search.SearchAsync(text);

        await act.Should().NotThrowAsync();
    }

    [Fact]
    public async Task Text_with_no_letters_or_digits_finds_nothing()
    {
        (await Search.SearchAsync("*** ~ !")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_deleted_entity_is_not_found()
    {
        (await Search.SearchAsync("jaxa"))[0].Entity.Id.Should().Be("org:jaxa");

        await RunAsync("MATCH (n:Organization {key: 'org:jaxa'}) DETACH DELETE n");

        (await Search.SearchAsync("jaxa")).Should().NotContain(h => h.Entity.Id == "org:jaxa");
    }

    [Fact]
    public async Task A_renamed_entity_is_found_by_its_new_name_only()
    {
        (await Search.SearchAsync("jaxa"))[0].Entity.Id.Should().Be("org:jaxa");

        await RunAsync("MATCH (n:Organization {key: 'org:jaxa'}) SET n.name = 'Agence Zorglub', n.aliases = [], n.searchText = 'agence zorglub'");

        (await Search.SearchAsync("jaxa")).Should().NotContain(h => h.Entity.Id == "org:jaxa");
        (await Search.SearchAsync("zorglub")).Select(h => h.Entity.Id).Should().Equal("org:jaxa");
    }

    [Fact]
    public async Task An_entity_created_outside_the_application_is_found_at_once()
    {
        (await Search.SearchAsync("kumamoto")).Should().NotBeEmpty();

        await RunAsync("CREATE (:Organization {key: 'org:zorglub', name: 'Zorglub Kōgyō', kind: 'company', searchText: 'zorglub kogyo'})");

        (await Search.SearchAsync("Zorglub Kogyo")).Select(h => h.Entity.Id).Should().Equal("org:zorglub");
        (await Search.SearchAsync("Kōgyō")).Select(h => h.Entity.Id).Should().Equal("org:zorglub");
    }

    [Fact]
    public async Task Searches_of_every_type_and_of_one_type_agree()
    {
        var all = await Search.SearchAsync("kumamoto", first: 200);
        var places = await Search.SearchAsync("kumamoto", [EntityType.Place], first: 200);

        places.Select(h => h.Entity.Id).Should().Equal(all.Where(h => h.Entity.Type == EntityType.Place).Select(h => h.Entity.Id));
        all.Should().Contain(h => h.Entity.Type == EntityType.Organization);
    }

    private async Task RunAsync(string cypher)
    {
        await using var session = database.OpenSession();
        await session.RunAsync(cypher);
    }
}
