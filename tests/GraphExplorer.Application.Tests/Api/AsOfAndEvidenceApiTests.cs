using System.Text.Json;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>The network as of a date, what changed between two, the evidence weight of ties and dormant agreements,
/// through the GraphQL API on the test backend.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class AsOfAndEvidenceApiTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) => element.GetProperty(name).EnumerateArray();

    [Fact]
    public async Task A_neighbourhood_as_of_a_day_flags_what_was_only_possibly_signed_by_then()
    {
        var data = await Api.DataAsync("""
            { neighbourhood(id: "org:jaxa", depth: 2, limit: 500, filter: { asOf: "2024-06-05" }) { nodes { id entityType asOfStanding start { iso } } } }
            """);

        var nodes = Items(data.GetProperty("neighbourhood"), "nodes").ToDictionary(n => n.GetProperty("id").GetString()!);
        nodes["agr:lsa-jaxa-2024"].GetProperty("asOfStanding").GetString().Should().Be("POSSIBLY");
        nodes.Should().NotContainKey("agr:luxembourg-japan-space-cooperation-2024");
        nodes["org:jaxa"].GetProperty("asOfStanding").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Changes_between_two_dates_list_agreements_and_new_partners_with_dates_at_their_precision_and_sentences()
    {
        var data = await Api.DataAsync("""
            {
              changes(from: "2024-06-10", to: "2024-06-30") {
                from to undated truncated
                items { kind node { id } other { id } through { id } date { iso precision } uncertain citations { quote source { id } } }
              }
            }
            """);

        var changes = data.GetProperty("changes");
        changes.GetProperty("from").GetString().Should().Be("2024-06-10");
        var items = Items(changes, "items").ToList();
        var lsaJaxa = items.Single(i => i.GetProperty("node").GetProperty("id").GetString() == "agr:lsa-jaxa-2024");
        (lsaJaxa.GetProperty("kind").GetString(), lsaJaxa.GetProperty("date").GetProperty("iso").GetString(), lsaJaxa.GetProperty("uncertain").GetBoolean())
            .Should().Be(("AGREEMENT", "2024-06", true));
        var pair = items.Single(i => i.GetProperty("kind").GetString() == "PARTNER_PAIR" && i.GetProperty("node").GetProperty("id").GetString() == "org:jaxa"
            && i.GetProperty("other").GetProperty("id").GetString() == "org:luxembourg-space-agency");
        pair.GetProperty("through").GetProperty("id").GetString().Should().Be("agr:lsa-jaxa-2024");
        Items(pair, "citations").Should().Contain(c => c.GetProperty("quote").GetString()!.Contains("hier à Tokyo"));
    }

    [Fact]
    public async Task Ties_report_their_sources_and_a_stated_only_view_drops_the_inferred_ones()
    {
        const string Query = """
            query($filter: GraphFilter) {
              neighbourhood(id: "agr:luxembourg-japan-air-services-2024", depth: 1, filter: $filter) {
                nodes { id } edges { id source target inferred sourceCount independentSourceCount }
              }
            }
            """;
        var all = (await Api.DataAsync(Query)).GetProperty("neighbourhood");
        var stated = (await Api.DataAsync(Query, new Dictionary<string, object?> { ["filter"] = new Dictionary<string, object?> { ["statedOnly"] = true } })).GetProperty("neighbourhood");

        var inferred = Items(all, "edges").Where(e => e.GetProperty("inferred").GetBoolean()).Select(e => e.GetProperty("id").GetString()).ToList();
        inferred.Should().Contain("org:government-of-japan|PARTY_TO|agr:luxembourg-japan-air-services-2024");
        Items(all, "edges").Should().OnlyContain(e => e.GetProperty("sourceCount").GetInt32() >= e.GetProperty("independentSourceCount").GetInt32()
            && e.GetProperty("independentSourceCount").GetInt32() >= 1);
        Items(stated, "edges").Should().NotBeEmpty().And.OnlyContain(e => !e.GetProperty("inferred").GetBoolean());
        Items(stated, "nodes").Select(n => n.GetProperty("id").GetString()).Should().NotContain("org:government-of-japan", "its only tie here is inferred");
    }

    [Fact]
    public async Task A_minimum_of_independent_sources_keeps_only_ties_that_many_publishers_state()
    {
        var data = await Api.DataAsync("""
            {
              all: neighbourhood(id: "place:japan", depth: 1, limit: 500) { edges { id independentSourceCount } }
              strong: neighbourhood(id: "place:japan", depth: 1, limit: 500, filter: { minSources: 2 }) { nodes { id } edges { id independentSourceCount } }
            }
            """);

        var strongIds = Items(data.GetProperty("strong"), "edges").Select(e => e.GetProperty("id").GetString()).ToList();
        strongIds.Should().Contain("org:keidanren|LOCATED_IN|place:japan", "two articles, one of the Région Hauts-de-France and one without a named publisher, state it");
        strongIds.Should().BeSubsetOf(Items(data.GetProperty("all"), "edges")
            .Where(e => e.GetProperty("independentSourceCount").GetInt32() >= 2).Select(e => e.GetProperty("id").GetString()));
        Items(data.GetProperty("all"), "edges").Should().Contain(e => e.GetProperty("independentSourceCount").GetInt32() < 2, "else the filter would hide nothing here");
        Items(data.GetProperty("strong"), "nodes").Should().HaveCountLessThan(Items(data.GetProperty("all"), "edges").Count());
    }

    [Fact]
    public async Task An_agreement_without_cited_activity_for_years_is_dormant_and_says_since_when()
    {
        var data = await Api.DataAsync("""
            {
              node(id: "agr:agc-glass-europe-anechoic-chambers-2016") {
                ... on Agreement { dormancy { dormant afterYears reason lastActivity { kind date { iso precision } } } }
              }
            }
            """);

        var dormancy = data.GetProperty("node").GetProperty("dormancy");
        (dormancy.GetProperty("dormant").GetBoolean(), dormancy.GetProperty("afterYears").GetInt32()).Should().Be((true, LifecycleOptions.DefaultDormantAfterYears));
        dormancy.GetProperty("lastActivity").GetProperty("date").GetProperty("iso").GetString().Should().Be("2016");
        dormancy.GetProperty("reason").GetString().Should().Contain("2016");
    }

    [Fact]
    public async Task The_dormancy_period_is_a_setting()
    {
        var engine = new GraphQLEngine(ExplorerSchema.Create(fixture.Database, new StewardKeyVerifier([]), _ => null, lifecycle: new LifecycleOptions(100)));
        var result = await engine.ExecuteAsync(new GraphQLRequest("""
            { node(id: "agr:agc-glass-europe-anechoic-chambers-2016") { ... on Agreement { dormancy { dormant afterYears } } } }
            """));

        var dormancy = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("node").GetProperty("dormancy");
        (dormancy.GetProperty("dormant").GetBoolean(), dormancy.GetProperty("afterYears").GetInt32()).Should().Be((false, 100));
    }
}
