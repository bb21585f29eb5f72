using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>The explorer's named questions asked through HTTP against the seed graph, with exact answers.</summary>
public sealed class NamedQuestionsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task Search_for_JAXA_ranks_the_agency_first()
    {
        var data = await server.DataAsync("""{ search(text: "JAXA") { score matched entity { id entityType } } }""");

        var first = data.GetProperty("search")[0];
        first.GetProperty("entity").GetProperty("id").GetString().Should().Be("org:jaxa");
        first.GetProperty("entity").GetProperty("entityType").GetString().Should().Be("ORGANIZATION");
        first.GetProperty("matched").GetString().Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_LSA_JAXA_agreement_has_its_parties_date_and_citations()
    {
        var data = await server.DataAsync("""
            {
              entity(id: "agr:lsa-jaxa-2024") {
                __typename
                ... on Agreement {
                  kind signedDate signedDatePrecision
                  parties { role party { id } }
                  citations { quote source { id title } }
                }
              }
            }
            """);

        var agreement = data.GetProperty("entity");
        agreement.GetProperty("__typename").GetString().Should().Be("Agreement");
        agreement.GetProperty("signedDate").GetString().Should().Be("2024-06-01");
        agreement.GetProperty("signedDatePrecision").GetString().Should().Be("MONTH");
        Ids(agreement.GetProperty("parties"), "party").Should().BeEquivalentTo("org:jaxa", "org:luxembourg-space-agency");
        var citations = agreement.GetProperty("citations").EnumerateArray().ToList();
        citations.Should().NotBeEmpty();
        citations.Should().OnlyContain(c => c.GetProperty("source").GetProperty("title").GetString()!.Length > 0
            && c.GetProperty("source").GetProperty("id").GetString()!.StartsWith("src:")
            && c.GetProperty("quote").GetString()!.Length > 0);
    }

    [Fact]
    public async Task The_LuxProvide_letter_of_intent_implements_the_LSA_JAXA_agreement()
    {
        var data = await server.DataAsync("""
            {
              loi: entity(id: "agr:luxprovide-jaxa-loi-2024") { ... on Agreement { kind implements { id } } }
              agreement: entity(id: "agr:lsa-jaxa-2024") { ... on Agreement { implementedBy { id } } }
            }
            """);

        data.GetProperty("loi").GetProperty("kind").GetString().Should().Be("LETTER_OF_INTENT");
        Ids(data.GetProperty("loi").GetProperty("implements")).Should().Equal("agr:lsa-jaxa-2024");
        Ids(data.GetProperty("agreement").GetProperty("implementedBy")).Should().Contain("agr:luxprovide-jaxa-loi-2024");
    }

    [Fact]
    public async Task The_neighbourhood_of_JAXA_contains_the_agreement_and_honours_the_limit()
    {
        const string query = """
            query ($limit: Int) {
              neighbourhood(id: "org:jaxa", depth: 1, limit: $limit) { truncated nodes { id } edges { source target type } }
            }
            """;
        var full = (await server.DataAsync(query, new { limit = 200 })).GetProperty("neighbourhood");
        var nodes = Ids(full.GetProperty("nodes"));
        nodes.Should().Contain(["org:jaxa", "agr:lsa-jaxa-2024"]);
        full.GetProperty("truncated").GetBoolean().Should().BeFalse();
        full.GetProperty("edges").EnumerateArray().Should().Contain(e =>
            e.GetProperty("source").GetString() == "org:jaxa" && e.GetProperty("target").GetString() == "agr:lsa-jaxa-2024"
            && e.GetProperty("type").GetString() == "PARTY_TO");

        var cut = (await server.DataAsync(query, new { limit = 2 })).GetProperty("neighbourhood");
        Ids(cut.GetProperty("nodes")).Should().HaveCount(2).And.Contain("org:jaxa");
        cut.GetProperty("truncated").GetBoolean().Should().BeTrue();
        nodes.Count.Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task Paths_from_AWEX_to_JAXA_through_places_start_with_the_three_steps_through_Japan()
    {
        var data = await server.DataAsync("""{ paths(from: "org:awex", to: "org:jaxa", through: [PLACE]) { length throughReference nodes { id } edges { id } } }""");

        var paths = data.GetProperty("paths").EnumerateArray().ToList();
        paths.Should().NotBeEmpty();
        paths[0].GetProperty("length").GetInt32().Should().Be(3);
        paths[0].GetProperty("throughReference").GetBoolean().Should().BeTrue();
        paths.Should().OnlyContain(p => p.GetProperty("nodes").GetArrayLength() == p.GetProperty("length").GetInt32() + 1
            && p.GetProperty("edges").GetArrayLength() == p.GetProperty("length").GetInt32());
        paths.Should().OnlyContain(p => Ids(p.GetProperty("nodes")).First() == "org:awex" && Ids(p.GetProperty("nodes")).Last() == "org:jaxa");
    }

    [Fact]
    public async Task The_timeline_is_in_date_order()
    {
        var data = await server.DataAsync("{ timeline { date type entity { id } } }");

        var dates = data.GetProperty("timeline").EnumerateArray().Select(i => i.GetProperty("date").GetString()!).ToList();
        dates.Should().HaveCountGreaterThan(5);
        dates.Should().BeInAscendingOrder(StringComparer.Ordinal);
        data.GetProperty("timeline").EnumerateArray().Select(i => i.GetProperty("type").GetString()).Distinct().Should().BeEquivalentTo("AGREEMENT", "EVENT");
    }

    [Fact]
    public async Task Aggregates_count_eight_agreements()
    {
        var data = await server.DataAsync("{ aggregates { entitiesByType { key count } agreementsByKind { key count } } }");

        var byType = data.GetProperty("aggregates").GetProperty("entitiesByType").EnumerateArray()
            .ToDictionary(b => b.GetProperty("key").GetString()!, b => b.GetProperty("count").GetInt32());
        byType["AGREEMENT"].Should().Be(8);
        data.GetProperty("aggregates").GetProperty("agreementsByKind").EnumerateArray()
            .Sum(b => b.GetProperty("count").GetInt32()).Should().Be(8);
    }

    [Fact]
    public async Task Audiovisual_companies_are_Depthen_EVS_and_intoPIX()
    {
        var data = await server.DataAsync("""
            { organizations(where: {kind_in: [COMPANY], sector: "sector:audiovisual"}) { totalCount nodes { id kind } } }
            """);

        var organizations = data.GetProperty("organizations");
        Ids(organizations.GetProperty("nodes")).Should().Equal("org:depthen", "org:evs-broadcasting", "org:intopix");
        organizations.GetProperty("totalCount").GetInt32().Should().Be(3);
        organizations.GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => n.GetProperty("kind").GetString() == "COMPANY");
    }

    [Fact]
    public async Task Pages_continue_after_the_cursor_without_repeats_and_a_stable_total()
    {
        const string query = """
            query ($after: String) {
              organizations(first: 7, after: $after, orderBy: [{field: NAME}]) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
              }
            }
            """;
        var seen = new List<string>();
        var totals = new HashSet<int>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var organizations = (await server.DataAsync(query, new { after })).GetProperty("organizations");
            totals.Add(organizations.GetProperty("totalCount").GetInt32());
            seen.AddRange(organizations.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = organizations.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        totals.Should().ContainSingle();
        seen.Should().OnlyHaveUniqueItems();
        seen.Should().HaveCount(totals.Single());
        seen.Count.Should().BeGreaterThan(7, "the seeds have more organisations than one page");
    }

    [Fact]
    public async Task An_unknown_id_is_an_error_with_a_code_and_a_message_naming_it()
    {
        var body = await server.PostAsync("""{ neighbourhood(id: "org:no-such-organisation") { truncated } }""");

        var error = body.GetProperty("errors")[0];
        error.GetProperty("message").GetString().Should().Contain("org:no-such-organisation");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("NOT_FOUND");
        error.GetProperty("path")[0].GetString().Should().Be("neighbourhood");
    }

    [Fact]
    public async Task A_string_that_is_not_an_id_is_an_error_and_a_well_formed_unknown_id_is_null()
    {
        var body = await server.PostAsync("""{ missing: entity(id: "org:nobody") { id } bad: entity(id: "jaxa") { id } }""");

        body.GetProperty("data").GetProperty("missing").ValueKind.Should().Be(JsonValueKind.Null);
        var error = body.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("path")[0].GetString().Should().Be("bad");
        error.GetProperty("message").GetString().Should().Contain("'jaxa' is not an entity id");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task An_invalid_argument_is_a_bad_user_input_error_naming_the_argument()
    {
        var body = await server.PostAsync("""{ organizations(first: 9999) { totalCount } }""");

        var error = body.GetProperty("errors")[0];
        error.GetProperty("message").GetString().Should().Contain("first").And.Contain("9999");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
    }

    private static List<string> Ids(JsonElement list, string? inner = null) =>
        [.. list.EnumerateArray().Select(e => (inner is null ? e : e.GetProperty(inner)).GetProperty("id").GetString()!)];
}
