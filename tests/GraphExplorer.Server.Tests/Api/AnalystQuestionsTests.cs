using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Analysts' questions asked through HTTP against the seed graph, as the API's README shows them.</summary>
public sealed class AnalystQuestionsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task MoUs_Belgian_universities_signed_with_Japanese_partners_say_when_as_far_as_the_source_does()
    {
        var data = await server.DataAsync("""
            {
              agreements(where: { kind_in: [MOU], parties_SOME: { kind_in: [UNIVERSITY], country: "place:belgium" } }, orderBy: [{ field: SIGNED_DATE }]) {
                totalCount
                nodes { id signedDate dateNote counterpartyNote signedAt { id } parties { party { id } } }
              }
            }
            """);

        var agreements = data.GetProperty("agreements");
        agreements.GetProperty("totalCount").GetInt32().Should().Be(2);
        agreements.GetProperty("nodes").EnumerateArray().Should().AllSatisfy(a =>
        {
            a.GetProperty("signedDate").ValueKind.Should().Be(JsonValueKind.Null, "the article does not date the signatures");
            a.GetProperty("dateNote").GetString().Should().NotBeNullOrEmpty();
            a.GetProperty("counterpartyNote").GetString().Should().Contain("japonaise");
            a.GetProperty("signedAt").GetProperty("id").GetString().Should().Be("evt:awex-wbi-mission-ulb-mou-signings");
        });
    }

    [Fact]
    public async Task Organisations_by_number_of_agreements_come_most_first_with_their_counts()
    {
        var data = await server.DataAsync("""
            { organizations(first: 10, orderBy: [{ field: AGREEMENT_COUNT, direction: DESC }, { field: NAME }]) { nodes { id agreements(first: 0) { totalCount } } } }
            """);

        var counts = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("agreements").GetProperty("totalCount").GetInt32()).ToList();
        counts.Should().BeInDescendingOrder();
        counts[0].Should().Be(2);
    }

    [Fact]
    public async Task Events_of_2025_in_Osaka_come_in_date_order_and_match_the_timeline()
    {
        var data = await server.DataAsync("""
            {
              events(first: 50, where: { place: "place:osaka", date: { gte: "2025-01-01", lte: "2025-12-31" } }, orderBy: [{ field: START_DATE }]) { nodes { id startDate } }
              timeline(filter: { countries: ["place:osaka"], from: "2025-01-01", to: "2025-12-31", entityTypes: [EVENT] }) { date entity { id } }
            }
            """);

        var events = data.GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        events.Should().Contain(e => e.GetProperty("id").GetString() == "evt:luxembourg-day-expo-2025");
        events.Select(e => e.GetProperty("startDate").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal)
            .And.OnlyContain(d => d!.StartsWith("2025-", StringComparison.Ordinal));
        data.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("entity").GetProperty("id").GetString())
            .Should().BeEquivalentTo(events.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Nested_OR_and_NOT_filters_combine()
    {
        var data = await server.DataAsync("""
            {
              agreements(first: 50, where: { OR: [{ kind_in: [MOU] }, { kind_in: [LETTER_OF_INTENT] }], NOT: { party: "org:jaxa" } }) { nodes { id } }
            }
            """);

        data.GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
            .Should().BeEquivalentTo("agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_the_total_and_a_previous_page()
    {
        var last = await server.DataAsync("{ organizations(first: 500) { totalCount pageInfo { endCursor } } }");
        var end = last.GetProperty("organizations").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var data = await server.DataAsync("query ($after: String) { organizations(first: 5, after: $after) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } }", new { after = end });

        var page = data.GetProperty("organizations");
        page.GetProperty("totalCount").GetInt32().Should().Be(last.GetProperty("organizations").GetProperty("totalCount").GetInt32());
        page.GetProperty("edges").GetArrayLength().Should().Be(0);
        page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeFalse();
        page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        page.GetProperty("pageInfo").GetProperty("endCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_filter_naming_something_that_is_not_an_id_of_the_right_kind_says_so()
    {
        var body = await server.PostAsync("""{ organizations(where: { OR: [{ country: "japan" }] }) { totalCount } }""");

        var error = body.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
        error.GetProperty("extensions").GetProperty("target").GetString().Should().Be("where.OR[0].country");
        error.GetProperty("message").GetString().Should().Contain("'japan'").And.Contain("place:");
    }
}
