using System.Text.Json;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>Aggregations of connections: count, per-field aggregates and groups, over the whole filtered list, on the test backend.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class AggregationTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    [Fact]
    public async Task Count_covers_every_item_the_filter_keeps_not_only_the_page()
    {
        var data = await Api.DataAsync("""
            {
              all: agreements(first: 1) { totalCount aggregate { count } }
              mous: agreements(first: 1, where: { kind: { eq: MOU } }) { aggregate { count } }
            }
            """);
        data.GetProperty("all").GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(data.GetProperty("all").GetProperty("totalCount").GetInt32()).And.Be(8);
        data.GetProperty("mous").GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Numbers_give_min_max_avg_and_sum()
    {
        var data = await Api.DataAsync("""
            {
              facts(first: 500, where: { value: { isNull: false } }) {
                nodes { value year }
                aggregate { value { min max avg sum } year { min max avg sum } }
              }
            }
            """);
        var facts = data.GetProperty("facts");
        var values = facts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("value").GetDouble()).ToList();
        var years = facts.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("year").ValueKind == JsonValueKind.Number).Select(n => n.GetProperty("year").GetInt64()).ToList();
        var value = facts.GetProperty("aggregate").GetProperty("value");
        value.GetProperty("min").GetDouble().Should().Be(values.Min());
        value.GetProperty("max").GetDouble().Should().Be(values.Max());
        value.GetProperty("avg").GetDouble().Should().BeApproximately(values.Average(), 1e-6);
        value.GetProperty("sum").GetDouble().Should().BeApproximately(values.Sum(), 1e-6);
        var year = facts.GetProperty("aggregate").GetProperty("year");
        year.GetProperty("min").GetInt64().Should().Be(years.Min());
        year.GetProperty("max").GetInt64().Should().Be(years.Max());
        year.GetProperty("sum").GetInt64().Should().Be(years.Sum());
        year.GetProperty("avg").GetDouble().Should().BeApproximately(years.Average(), 1e-6);
    }

    [Fact]
    public async Task Strings_give_min_max_shortest_and_longest()
    {
        var data = await Api.DataAsync("{ agreements(first: 500) { nodes { title } aggregate { title { min max shortest longest } } } }");
        var titles = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!).ToList();
        var title = data.GetProperty("agreements").GetProperty("aggregate").GetProperty("title");
        title.GetProperty("min").GetString().Should().Be(titles.Min(StringComparer.Ordinal));
        title.GetProperty("max").GetString().Should().Be(titles.Max(StringComparer.Ordinal));
        title.GetProperty("shortest").GetString().Should().Be(titles.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First());
        title.GetProperty("longest").GetString().Should().Be(titles.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First());
    }

    [Fact]
    public async Task Dates_give_earliest_and_latest_at_their_precision()
    {
        var data = await Api.DataAsync("""
            {
              agreements { aggregate { signed { earliest { iso precision } latest { iso precision } } } }
              june: agreements(where: { signed: { gte: "2024-06-01" } }) { aggregate { signed { earliest { iso } latest { iso } } } }
              undated: agreements(where: { signed: { isNull: true } }) { aggregate { count signed { earliest { iso } } } }
            }
            """);
        var signed = data.GetProperty("agreements").GetProperty("aggregate").GetProperty("signed");
        signed.GetProperty("earliest").GetProperty("iso").GetString().Should().Be("2016");
        signed.GetProperty("earliest").GetProperty("precision").GetString().Should().Be("YEAR");
        // 11 June 2024 (day) ends before June 2024 (month), which ends on the 30th.
        signed.GetProperty("latest").GetProperty("iso").GetString().Should().Be("2024-06");
        var june = data.GetProperty("june").GetProperty("aggregate").GetProperty("signed");
        june.GetProperty("earliest").GetProperty("iso").GetString().Should().Be("2024-06", "June 2024 starts on the 1st, before the 11th");
        data.GetProperty("undated").GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(3);
        data.GetProperty("undated").GetProperty("aggregate").GetProperty("signed").GetProperty("earliest").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Groups_count_per_combination_of_keys_most_first()
    {
        var data = await Api.DataAsync("""
            { agreements(first: 500) { nodes { kind signed { value } } aggregate { groups(by: [KIND, SIGNED_YEAR]) { key count } } } }
            """);
        var expected = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
            .GroupBy(n => (Kind: n.GetProperty("kind").GetString(), Year: n.GetProperty("signed").ValueKind == JsonValueKind.Null ? null : n.GetProperty("signed").GetProperty("value").GetString()![..4]))
            .ToDictionary(g => $"{g.Key.Kind}|{g.Key.Year}", g => g.Count());
        var groups = data.GetProperty("agreements").GetProperty("aggregate").GetProperty("groups").EnumerateArray()
            .Select(g => (Key: string.Join('|', g.GetProperty("key").EnumerateArray().Select(k => k.ValueKind == JsonValueKind.Null ? "" : k.GetString())), Count: g.GetProperty("count").GetInt32()))
            .ToList();
        groups.ToDictionary(g => g.Key, g => g.Count).Should().BeEquivalentTo(expected);
        groups.Select(g => g.Count).Should().BeInDescendingOrder();
        groups[0].Key.Should().Be("MOU|", "the two undated MoUs are the largest group");
    }

    [Fact]
    public async Task Nested_connections_aggregate_within_their_parent()
    {
        var data = await Api.DataAsync("""
            { entity(id: "org:jaxa") { ... on Organization { agreements(first: 1) { totalCount aggregate { count signed { latest { iso } } } } } } }
            """);
        var agreements = data.GetProperty("entity").GetProperty("agreements");
        agreements.GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(agreements.GetProperty("totalCount").GetInt32()).And.Be(2);
        agreements.GetProperty("aggregate").GetProperty("signed").GetProperty("latest").GetProperty("iso").GetString().Should().Be("2024-06");
    }

    [Fact]
    public async Task Every_connection_aggregates_its_nodes_event_involvement_included()
    {
        var data = await Api.DataAsync("""
            {
              entity(id: "org:jaxa") {
                ... on Organization {
                  events(first: 1) { totalCount nodes { id } aggregate { count start { earliest { iso } } groups(by: [KIND]) { key count } } }
                  all: events(first: 100) { nodes { kind start { iso } } }
                }
              }
            }
            """);
        var organization = data.GetProperty("entity");
        var events = organization.GetProperty("events");
        var all = organization.GetProperty("all").GetProperty("nodes").EnumerateArray().ToList();
        all.Should().NotBeEmpty();
        events.GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(events.GetProperty("totalCount").GetInt32()).And.Be(all.Count);
        events.GetProperty("aggregate").GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()).Should().Be(all.Count);
        var starts = all.Select(e => e.GetProperty("start")).Where(s => s.ValueKind != JsonValueKind.Null).Select(s => s.GetProperty("iso").GetString()!).ToList();
        if (starts.Count > 0)
        {
            events.GetProperty("aggregate").GetProperty("start").GetProperty("earliest").GetProperty("iso").GetString().Should().Be(starts.Min(StringComparer.Ordinal));
        }

        // Generated, not per type: every object type named …Connection over an entity has an aggregate.
        var schema = await Api.DataAsync("{ __schema { types { name kind fields { name } } } }");
        var connections = schema.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "OBJECT" && t.GetProperty("name").GetString()!.EndsWith("Connection", StringComparison.Ordinal)
                && t.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "nodes"))
            .ToList();
        connections.Select(t => t.GetProperty("name").GetString()).Should().Contain("EventInvolvementConnection");
        connections.Where(t => t.GetProperty("fields").EnumerateArray().All(f => f.GetProperty("name").GetString() != "aggregate"))
            .Select(t => t.GetProperty("name").GetString()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_wrong_group_key_is_refused_by_validation()
    {
        (await Api.ErrorCodesAsync("{ agreements { aggregate { groups(by: [COLOUR]) { count } } } }")).Should().NotBeEmpty();
    }
}

/// <summary>What the new arguments and fields weigh in the cost limit: relationship filters and folded comparisons per use, aggregates per list.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class GeneratedCostTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    [Fact]
    public void Relationship_filters_and_folded_comparisons_weigh_per_use()
    {
        var plain = Api.Cost("{ agreements(first: 5) { totalCount } }");

        Api.Cost("""{ agreements(first: 5, where: { title: { contains: "a" } }) { totalCount } }""").Should().Be(plain);
        Api.Cost("""{ agreements(first: 5, where: { title: { containsInsensitive: "a" } }) { totalCount } }""").Should().Be(plain + 2);
        Api.Cost("""{ agreements(first: 5, where: { parties: { some: { citations: { none: {} } } } }) { totalCount } }""").Should().Be(plain + 10);
        Api.Cost("""{ agreements(first: 5, where: { parties_SOME: {} }) { totalCount } }""").Should().Be(plain + 5);
    }

    [Fact]
    public void An_aggregate_weighs_a_list_query_and_in_a_nested_connection_once_per_parent()
    {
        var plain = Api.Cost("{ agreements(first: 5) { totalCount } }");
        Api.Cost("{ agreements(first: 5) { totalCount aggregate { count } } }").Should().Be(plain + 10 + 1);

        var nested = Api.Cost("{ organizations(first: 20) { nodes { agreements(first: 1) { totalCount } } } }");
        Api.Cost("{ organizations(first: 20) { nodes { agreements(first: 1) { totalCount aggregate { count } } } } }").Should().Be(nested + 20 * 11);
    }
}
