using System.Text.Json;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>
/// The typed lists and search asked « as of » a day or with an evidence bar (the rule of the graph views, carried by
/// the listed entity), and ties honouring their since / until as of a day, through the GraphQL API on the test backend.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class NetworkListsApiTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Fact]
    public async Task Agreements_as_of_a_day_are_those_signed_by_then_with_undated_ones_kept()
    {
        var data = await Api.DataAsync("""
            {
              all: agreements(first: 500) { totalCount nodes { id signed { iso } } }
              then: agreements(first: 500, asOf: "2017-01-01") { totalCount nodes { id signed { iso } } }
            }
            """);

        var then = Ids(data.GetProperty("then"));
        then.Should().Contain("agr:agc-glass-europe-anechoic-chambers-2016").And.Contain("agr:ulb-japanese-university-mou-1", "undated: the sources say neither before nor after");
        then.Should().NotContain("agr:lsa-jaxa-2024");
        data.GetProperty("then").GetProperty("totalCount").GetInt32().Should().Be(then.Count).And.BeLessThan(data.GetProperty("all").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_year_precise_agreement_is_in_the_list_as_of_a_day_of_that_year()
    {
        var data = await Api.DataAsync("""
            { before: agreements(first: 500, asOf: "2015-12-31") { nodes { id } } during: agreements(first: 500, asOf: "2016-06-01") { nodes { id } } }
            """);

        Ids(data.GetProperty("during")).Should().Contain("agr:agc-glass-europe-anechoic-chambers-2016", "signed « in 2016 »: possibly by 1 June");
        Ids(data.GetProperty("before")).Should().NotContain("agr:agc-glass-europe-anechoic-chambers-2016");
    }

    [Fact]
    public async Task Organisations_as_of_a_day_are_those_in_the_network_then()
    {
        var data = await Api.DataAsync("""
            {
              all: organizations(first: 500) { nodes { id } }
              then: organizations(first: 500, asOf: "2017-01-01") { totalCount nodes { id } }
            }
            """);

        var then = Ids(data.GetProperty("then"));
        then.Should().Contain("org:agc-glass-europe", "party to the 2016 agreement").And.NotContain("org:jaxa", "its agreements and events are of 2024 and later");
        then.Should().BeSubsetOf(Ids(data.GetProperty("all")));
    }

    [Fact]
    public async Task People_as_of_a_day_are_fewer_than_all_and_events_end_there()
    {
        var data = await Api.DataAsync("""
            {
              allPeople: people(first: 500) { totalCount }
              people: people(first: 500, asOf: "2017-01-01") { totalCount nodes { id } }
              events: events(first: 500, asOf: "2017-01-01") { nodes { id start { earliest } } }
            }
            """);

        data.GetProperty("people").GetProperty("totalCount").GetInt32().Should().BeLessThan(data.GetProperty("allPeople").GetProperty("totalCount").GetInt32());
        var events = data.GetProperty("events").GetProperty("nodes").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("id").GetString()).Should().Contain("evt:belgium-japan-state-visit-2016");
        events.Should().OnlyContain(e => e.GetProperty("start").ValueKind == JsonValueKind.Null
            || string.CompareOrdinal(e.GetProperty("start").GetProperty("earliest").GetString(), "2017-01-01") <= 0);
    }

    [Fact]
    public async Task Lists_with_an_evidence_bar_keep_what_enough_independent_sources_state_and_what_is_stated()
    {
        var data = await Api.DataAsync("""
            {
              all: organizations(first: 500) { totalCount nodes { id inferred citations { source { id publisher } } } }
              strong: organizations(first: 500, minSources: 2) { nodes { id } }
              stated: organizations(first: 500, statedOnly: true) { nodes { id inferred } }
            }
            """);

        var independent = data.GetProperty("all").GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("id").GetString()!,
            n => n.GetProperty("citations").EnumerateArray()
                .Select(c => c.GetProperty("source"))
                .Select(s => s.GetProperty("publisher").GetString() is { Length: > 0 } p ? "p:" + p.Trim().ToUpperInvariant() : "s:" + s.GetProperty("id").GetString())
                .Distinct().Count());
        Ids(data.GetProperty("strong")).Should().BeEquivalentTo(independent.Where(p => p.Value >= 2).Select(p => p.Key))
            .And.NotBeEmpty().And.HaveCountLessThan(independent.Count);
        data.GetProperty("stated").GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => !n.GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public async Task Search_as_of_a_day_finds_only_what_was_in_the_network_then()
    {
        var data = await Api.DataAsync("""
            {
              now: search(text: "JAXA", first: 50) { entity { id } }
              then: search(text: "JAXA", first: 50, asOf: "2017-01-01") { entity { id } }
              glass: search(text: "AGC Glass Europe", first: 50, asOf: "2017-01-01") { entity { id } }
            }
            """);

        data.GetProperty("now").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().Contain("org:jaxa");
        data.GetProperty("then").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().NotContain("org:jaxa").And.NotContain("agr:lsa-jaxa-2024");
        data.GetProperty("glass").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).Should().Contain("org:agc-glass-europe");
    }

    [Fact]
    public async Task A_tie_that_began_after_the_day_is_not_in_the_neighbourhood_as_of_that_day()
    {
        const string Presence = "org:rakuten|HAS_PRESENCE_IN|place:luxembourg";
        var data = await Api.DataAsync("""
            {
              before: neighbourhood(id: "org:rakuten", depth: 1, filter: { asOf: "2007-12-31" }) { edges { id } }
              during: neighbourhood(id: "org:rakuten", depth: 1, filter: { asOf: "2008-06-01" }) { edges { id since { iso } } }
            }
            """);

        data.GetProperty("before").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().NotContain(Presence, "« présent au Luxembourg depuis 2008 »");
        data.GetProperty("during").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Contain(Presence, "2008 may have begun by 1 June");
    }

    [Fact]
    public async Task A_negative_minimum_of_sources_on_a_list_is_an_error_naming_the_argument()
    {
        var response = await Api.PostAsync("{ agreements(minSources: -1) { totalCount } }");

        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("minSources");
    }
}
