using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Names in the interface languages (`names { en fr ja }`): every reference place and sector has all three, an
/// organisation has its official Japanese name where known and nothing invented elsewhere, and graph nodes carry them.
/// </summary>
public sealed class LocalizedNamesTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task Every_country_region_city_and_sector_has_a_name_in_english_french_and_japanese()
    {
        var data = await server.DataAsync("""
            {
              places { id kind names { en fr ja } }
              sectors { id names { en fr ja } }
            }
            """);

        var named = data.GetProperty("places").EnumerateArray().Where(p => p.GetProperty("kind").GetString() != "VENUE")
            .Concat(data.GetProperty("sectors").EnumerateArray()).ToList();
        named.Should().HaveCountGreaterThan(50);
        named.Should().AllSatisfy(entity =>
        {
            var names = entity.GetProperty("names");
            var id = entity.GetProperty("id").GetString();
            names.GetProperty("en").GetString().Should().NotBeNullOrWhiteSpace($"{id} has an English name");
            names.GetProperty("fr").GetString().Should().NotBeNullOrWhiteSpace($"{id} has a French name");
            names.GetProperty("ja").GetString().Should().MatchRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", $"{id}'s Japanese name is written in Japanese");
        });
    }

    [Fact]
    public async Task Japan_belgium_and_a_sector_read_in_each_language()
    {
        var data = await server.DataAsync("""
            {
              japan: node(id: "place:japan") { ... on Place { name names { en fr ja } } }
              belgium: node(id: "place:belgium") { ... on Place { names { en fr ja } } }
              space: node(id: "sector:space") { ... on Sector { name names { en fr ja } } }
            }
            """);

        Names(data.GetProperty("japan")).Should().Equal("Japan", "Japon", "日本");
        data.GetProperty("japan").GetProperty("name").GetString().Should().Be("Japon", "name stays as the articles write it");
        Names(data.GetProperty("belgium")).Should().Equal("Belgium", "Belgique", "ベルギー");
        Names(data.GetProperty("space")).Should().Equal("Space", "Spatial", "宇宙");
    }

    [Fact]
    public async Task An_organisation_keeps_its_name_and_gives_its_official_japanese_name_without_inventing_others()
    {
        var data = await server.DataAsync("""
            {
              jaxa: node(id: "org:jaxa") { ... on Organization { name names { en fr ja } } }
              lsa: node(id: "org:luxembourg-space-agency") { ... on Organization { name names { en fr ja } } }
            }
            """);

        data.GetProperty("jaxa").GetProperty("name").GetString().Should().Be("Japan Aerospace Exploration Agency");
        Names(data.GetProperty("jaxa")).Should().Equal(null, null, "宇宙航空研究開発機構");
        Names(data.GetProperty("lsa")).Should().Equal(null, null, null);
    }

    [Fact]
    public async Task Graph_nodes_carry_their_names_in_each_language()
    {
        var data = await server.DataAsync("""
            { neighbourhood(id: "agr:lsa-jaxa-2024") { nodes { id label names { en fr ja } } } }
            """);

        var nodes = data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!);
        Names(nodes["org:jaxa"]).Should().Equal(null, null, "宇宙航空研究開発機構");
        nodes.Values.Where(n => n.GetProperty("id").GetString()!.StartsWith("sector:", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.AllSatisfy(n => Names(n).Should().NotContainNulls());
    }

    [Fact]
    public async Task A_place_is_found_by_its_japanese_and_english_names()
    {
        var data = await server.DataAsync("""
            {
              ja: search(text: "ベルギー") { entity { id } }
              en: search(text: "Belgium") { entity { id } }
            }
            """);

        data.GetProperty("ja").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().Contain("place:belgium");
        data.GetProperty("en").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().Contain("place:belgium");
    }

    private static string?[] Names(JsonElement entity)
    {
        var names = entity.GetProperty("names");
        return [names.GetProperty("en").GetString(), names.GetProperty("fr").GetString(), names.GetProperty("ja").GetString()];
    }
}
