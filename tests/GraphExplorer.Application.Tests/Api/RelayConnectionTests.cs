using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>Relay connections in full: both directions, exact page info, signed keyset cursors bound to their list that keep
/// their place across writes, sorting on generated fields.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class RelayConnectionTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";

    [Fact]
    public async Task Paging_backwards_with_last_and_before_walks_the_same_list_in_reverse()
    {
        var all = await Api.IdsAsync("organizations", "where: {}");
        var seen = new List<string>();
        string? before = null;
        JsonElement page;
        do
        {
            var arguments = before is null ? "last: 7" : $"last: 7, before: \"{before}\"";
            page = (await Api.DataAsync($"{{ organizations({arguments}) {{ {Page} }} }}")).GetProperty("organizations");
            var ids = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
            seen.InsertRange(0, ids);
            page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().Be(before is not null, "only the last page has nothing after it");
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        seen.Should().Equal(all);
    }

    [Fact]
    public async Task Page_info_is_exact_at_both_ends_and_between_cursors()
    {
        var first = (await Api.DataAsync($"{{ organizations(first: 3) {{ {Page} }} }}")).GetProperty("organizations");
        first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeFalse();
        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();
        var start = first.GetProperty("edges")[0].GetProperty("cursor").GetString();
        var end = first.GetProperty("edges")[2].GetProperty("cursor").GetString();

        var between = (await Api.DataAsync($$"""{ organizations(after: "{{start}}", before: "{{end}}") { {{Page}} } }""")).GetProperty("organizations");
        between.GetProperty("edges").GetArrayLength().Should().Be(1);
        between.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString().Should().Be(first.GetProperty("edges")[1].GetProperty("node").GetProperty("id").GetString());
        between.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        between.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();

        var last = (await Api.DataAsync($"{{ organizations(last: 2) {{ {Page} }} }}")).GetProperty("organizations");
        last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeFalse();
        last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();
        last.GetProperty("edges").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task A_cursor_of_another_list_filter_or_order_is_refused_as_foreign()
    {
        var cursor = await EndCursorAsync("organizations(first: 2)");

        (await Api.ErrorCodesAsync($$"""{ agreements(after: "{{cursor}}") { totalCount } }""")).Should().Equal("FOREIGN_CURSOR");
        (await Api.ErrorCodesAsync($$"""{ organizations(after: "{{cursor}}", where: { kind: { eq: UNIVERSITY } }) { totalCount } }""")).Should().Equal("FOREIGN_CURSOR");
        (await Api.ErrorCodesAsync($$"""{ organizations(after: "{{cursor}}", orderBy: [{ field: NAME, direction: DESC }]) { totalCount } }""")).Should().Equal("FOREIGN_CURSOR");
        (await Api.ErrorCodesAsync($$"""{ organizations(after: "{{cursor}}") { totalCount } }""")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_nested_cursor_belongs_to_its_parent()
    {
        var data = await Api.DataAsync("""{ entity(id: "org:jaxa") { ... on Organization { agreements(first: 1) { pageInfo { endCursor } } } } }""");
        var cursor = data.GetProperty("entity").GetProperty("agreements").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var own = await Api.DataAsync($$"""{ entity(id: "org:jaxa") { ... on Organization { agreements(after: "{{cursor}}") { edges { node { id } } } } } }""");
        own.GetProperty("entity").GetProperty("agreements").GetProperty("edges").GetArrayLength().Should().Be(1);
        (await Api.ErrorCodesAsync($$"""{ entity(id: "org:ulb") { ... on Organization { agreements(after: "{{cursor}}") { totalCount } } } }""")).Should().Equal("FOREIGN_CURSOR");
    }

    [Fact]
    public async Task An_altered_or_made_up_cursor_is_refused_as_invalid()
    {
        var cursor = await EndCursorAsync("organizations(first: 2)");
        var altered = (cursor[5] == 'A' ? 'B' : 'A') + "";
        var tampered = cursor[..5] + altered + cursor[6..];

        (await Api.ErrorCodesAsync($$"""{ organizations(after: "{{tampered}}") { totalCount } }""")).Should().Equal("INVALID_CURSOR");
        (await Api.ErrorCodesAsync("""{ organizations(before: "djE6NQ") { totalCount } }""")).Should().Equal(["INVALID_CURSOR"], "an offset cursor of the old form is not accepted");
    }

    [Fact]
    public async Task A_cursor_keeps_its_place_when_items_are_added_or_removed_before_it()
    {
        var (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using (database)
        {
            var api = new ApiQuery(database);
            var all = await api.IdsAsync("organizations", "where: {}");
            var data = await api.DataAsync("{ organizations(first: 3) { pageInfo { endCursor } } }");
            var cursor = data.GetProperty("organizations").GetProperty("pageInfo").GetProperty("endCursor").GetString();
            await using (var session = database.OpenSession())
            {
                await session.RunAsync("CREATE (:Organization {key: 'org:aaa-new', name: 'AAA new', kind: 'company'})");
                await session.RunAsync("MATCH (o:Organization {key: $key}) DETACH DELETE o", new Dictionary<string, object?> { ["key"] = all[0] });
            }

            var next = await api.DataAsync($$"""{ organizations(first: 2, after: "{{cursor}}") { pageInfo { hasPreviousPage } nodes { id } } }""");
            next.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
                .Should().Equal([all[3], all[4]], "the next page follows the cursor's item, whatever changed before it");
            next.GetProperty("organizations").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().Should().BeTrue();

            var back = await api.DataAsync($$"""{ organizations(last: 10, before: "{{cursor}}") { nodes { id } } }""");
            back.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
                .Should().Equal(["org:aaa-new", all[1]], "before the cursor: the new item, and the second (the first was removed)");
        }
    }

    [Fact]
    public async Task A_cursor_whose_own_item_was_removed_still_marks_its_place()
    {
        var (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using (database)
        {
            var api = new ApiQuery(database);
            var all = await api.IdsAsync("agreements", "where: {}, orderBy: [{ field: SIGNED_DATE, direction: DESC }]");
            var data = await api.DataAsync("{ agreements(first: 4, orderBy: [{ field: SIGNED_DATE, direction: DESC }]) { pageInfo { endCursor } } }");
            var cursor = data.GetProperty("agreements").GetProperty("pageInfo").GetProperty("endCursor").GetString();
            await using (var session = database.OpenSession())
            {
                await session.RunAsync("MATCH (a:Agreement {key: $key}) DETACH DELETE a", new Dictionary<string, object?> { ["key"] = all[3] });
            }

            var next = await api.DataAsync($$"""{ agreements(first: 2, after: "{{cursor}}", orderBy: [{ field: SIGNED_DATE, direction: DESC }]) { nodes { id } } }""");
            next.GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
                .Should().Equal(all[4], all[5]);
        }
    }

    [Fact]
    public async Task Paging_forwards_through_a_nested_connection_sorted_on_dates_sees_each_item_once()
    {
        var everything = await Api.DataAsync("""{ entity(id: "org:jaxa") { ... on Organization { agreements(first: 100, orderBy: [{ field: SIGNED_DATE, direction: DESC }]) { nodes { id } } } } }""");
        var all = everything.GetProperty("entity").GetProperty("agreements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        all.Should().HaveCountGreaterThan(1);

        var seen = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var arguments = after is null ? "first: 1" : $"first: 1, after: \"{after}\"";
            var page = (await Api.DataAsync($$"""{ entity(id: "org:jaxa") { ... on Organization { agreements({{arguments}}, orderBy: [{ field: SIGNED_DATE, direction: DESC }]) { pageInfo { hasNextPage endCursor } nodes { id } } } } }"""))
                .GetProperty("entity").GetProperty("agreements");
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            more = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more);

        seen.Should().Equal(all);
    }

    [Fact]
    public async Task Lists_sort_on_any_scalar_field_and_relationship_count_with_several_keys()
    {
        var data = await Api.DataAsync("""
            { organizations(first: 500, orderBy: [{ field: SECTORS_COUNT, direction: DESC }, { field: KIND }, { field: NAME }]) { nodes { id name kind sectors { id } } } }
            """);
        var rows = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray()
            .Select(n => (Sectors: n.GetProperty("sectors").GetArrayLength(), Kind: n.GetProperty("kind").GetString()!, Name: n.GetProperty("name").GetString()!))
            .ToList();
        rows.Should().BeInDescendingOrder(r => r.Sectors);
        rows.Zip(rows.Skip(1)).Where(p => p.First.Sectors == p.Second.Sectors && p.First.Kind == p.Second.Kind)
            .Should().OnlyContain(p => string.CompareOrdinal(p.First.Name, p.Second.Name) <= 0);
        rows.Select(r => r.Sectors).Distinct().Should().HaveCountGreaterThan(1);

        var people = await Api.DataAsync("{ people(first: 500, orderBy: [{ field: NAME, direction: DESC }]) { nodes { name } } }");
        people.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Should().BeInDescendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Nested_connection_edges_carry_the_relationship_to_the_parent()
    {
        var data = await Api.DataAsync("""
            {
              entity(id: "org:jaxa") { ... on Organization { agreements { edges { relationship role inferred citations { source { id } } node { id } } } } }
              agreements(first: 1) { edges { relationship role inferred citations { quote } } }
            }
            """);
        var edges = data.GetProperty("entity").GetProperty("agreements").GetProperty("edges").EnumerateArray().ToList();
        edges.Should().NotBeEmpty().And.OnlyContain(e => e.GetProperty("relationship").GetString() == "PARTY_TO" && e.GetProperty("inferred").ValueKind != JsonValueKind.Null);
        edges.Should().Contain(e => e.GetProperty("citations").GetArrayLength() > 0);
        var root = data.GetProperty("agreements").GetProperty("edges")[0];
        root.GetProperty("relationship").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("inferred").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("citations").GetArrayLength().Should().Be(0);
    }

    private async Task<string> EndCursorAsync(string field)
    {
        var data = await Api.DataAsync($"{{ {field} {{ pageInfo {{ endCursor }} }} }}");
        return data.EnumerateObject().First().Value.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }
}
