using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Names in the interface languages (`names { en fr ja }`): every reference place and sector has all three, an
/// organisation has its official Japanese name where known and nothing invented elsewhere, and graph nodes carry them;
/// the codes a person reads (relationship types, kinds, dashboard buckets) come in each language too (`labels`).
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
    public async Task A_graph_edge_gives_its_relationship_in_the_language_the_request_asks_for()
    {
        var data = await server.DataAsync("""
            { neighbourhood(id: "agr:lsa-jaxa-2024") { edges { id type label labels { en fr ja } fr: labels { fr } } } }
            """);

        var party = data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray().First(e => e.GetProperty("type").GetString() == "PARTY_TO");
        party.GetProperty("label").GetString().Should().Be("party to");
        Labels(party).Should().Equal("party to", "partie à", "当事者");
        party.GetProperty("fr").GetProperty("fr").GetString().Should().Be("partie à");
        data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .Should().AllSatisfy(e => Labels(e).Should().NotContainNulls($"{e.GetProperty("id").GetString()} has its type in every interface language"));
    }

    [Fact]
    public async Task An_agreement_gives_its_kind_status_and_parties_roles_in_each_language_beside_the_codes()
    {
        var data = await server.DataAsync("""
            {
              node(id: "agr:lsa-jaxa-2024") {
                ... on Agreement { kind kindLabels { en fr ja } status statusLabels { en fr ja } parties { role roleLabels { en fr ja } } }
              }
              neighbourhood(id: "agr:lsa-jaxa-2024") { nodes { id kind kindLabels { en fr ja } } edges { type role roleLabels { en fr ja } } }
            }
            """);

        var agreement = data.GetProperty("node");
        agreement.GetProperty("kind").GetString().Should().Be("COOPERATION_AGREEMENT");
        Forms(agreement.GetProperty("kindLabels")).Should().Equal("Cooperation agreement", "Accord de coopération", "協力協定");
        agreement.GetProperty("status").GetString().Should().Be("signed");
        Forms(agreement.GetProperty("statusLabels")).Should().Equal("Signed", "Signé", "署名済み");
        agreement.GetProperty("parties").EnumerateArray().Should().AllSatisfy(p =>
        {
            p.GetProperty("role").GetString().Should().Be("signataire", "the role stays as the source words it");
            Forms(p.GetProperty("roleLabels")).Should().Equal("signatory", "signataire", "署名者");
        });
        var graph = data.GetProperty("neighbourhood");
        Forms(graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "org:jaxa").GetProperty("kindLabels"))
            .Should().NotContainNulls();
        Forms(graph.GetProperty("edges").EnumerateArray().First(e => e.GetProperty("role").GetString() == "signataire").GetProperty("roleLabels"))
            .Should().Equal("signatory", "signataire", "署名者");
    }

    [Fact]
    public async Task Dashboard_counts_give_kinds_types_sectors_and_countries_in_each_language()
    {
        var data = await server.DataAsync("""
            {
              aggregates {
                entitiesByType { key labels { en fr ja } }
                organizationsByKind { key label labels { en fr ja } }
                agreementsByKind { key labels { en fr ja } }
                agreementsByYear { key labels { en fr ja } }
                bySector { key label labels { en fr ja } }
                byCountry { key label labels { en fr ja } }
              }
            }
            """);

        var aggregates = data.GetProperty("aggregates");
        Labels(Bucket(aggregates, "entitiesByType", "AGREEMENT")).Should().Equal("Agreement", "Accord", "協定");
        var university = Bucket(aggregates, "organizationsByKind", "UNIVERSITY");
        university.GetProperty("label").GetString().Should().Be("university", "label stays the stored code");
        Labels(university).Should().Equal("University", "Université", "大学");
        Labels(Bucket(aggregates, "agreementsByKind", "MOU")).Should().Equal("Memorandum of understanding", "Protocole d’accord", "覚書（MoU）");
        Labels(Bucket(aggregates, "agreementsByYear", "2024")).Should().Equal("2024", "2024", "2024");
        Labels(Bucket(aggregates, "bySector", "sector:space")).Should().Equal("Space", "Spatial", "宇宙");
        var japan = Bucket(aggregates, "byCountry", "place:japan");
        japan.GetProperty("label").GetString().Should().Be("Japon");
        Labels(japan).Should().Equal("Japan", "Japon", "日本");
        foreach (var family in new[] { "entitiesByType", "organizationsByKind", "agreementsByKind", "bySector", "byCountry" })
        {
            aggregates.GetProperty(family).EnumerateArray().Where(b => b.GetProperty("key").GetString() != "unknown")
                .Should().AllSatisfy(b => Labels(b).Should().NotContainNulls($"{family} {b.GetProperty("key").GetString()} reads in every interface language"));
        }
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

    private static JsonElement Bucket(JsonElement aggregates, string family, string key) =>
        aggregates.GetProperty(family).EnumerateArray().Single(b => b.GetProperty("key").GetString() == key);

    private static string?[] Labels(JsonElement element) => Forms(element.GetProperty("labels"));

    private static string?[] Forms(JsonElement forms) =>
        [forms.GetProperty("en").GetString(), forms.GetProperty("fr").GetString(), forms.GetProperty("ja").GetString()];

    private static string?[] Names(JsonElement entity) => Forms(entity.GetProperty("names"));
}
