using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>
/// The where inputs generated from the schema (Neo4j GraphQL Library v7 shape): one test per operator and per
/// relationship quantifier, through the GraphQL API on the seed graph, on the test backend.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class GeneratedFilterTests(SeedGraphFixture fixture)
{
    private ApiQuery Api => new(fixture.Database);

    private Task<IReadOnlyList<string>> Agreements(string where) => Api.IdsAsync("agreements", $"where: {where}");

    [Fact]
    public async Task String_eq_in_contains_startsWith_endsWith_match_exactly()
    {
        (await Agreements("""{ title: { eq: "Lettre d’intention entre LuxProvide et la JAXA" } }""")).Should().Equal("agr:luxprovide-jaxa-loi-2024");
        (await Agreements("""{ title: { in: ["Lettre d’intention entre LuxProvide et la JAXA", "nothing"] } }""")).Should().Equal("agr:luxprovide-jaxa-loi-2024");
        (await Agreements("""{ title: { contains: "JAXA" } }""")).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024");
        (await Agreements("""{ title: { contains: "jaxa" } }""")).Should().BeEmpty("contains is case-sensitive");
        (await Agreements("""{ title: { startsWith: "MoU" } }""")).Should().BeEquivalentTo("agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        (await Agreements("""{ title: { endsWith: "(2/2)" } }""")).Should().Equal("agr:ulb-japanese-university-mou-2");
    }

    [Fact]
    public async Task Matches_takes_a_regular_expression_and_refuses_a_broken_one()
    {
        (await Agreements("""{ title: { matches: ".*Kumamoto.*" } }""")).Should().Equal("agr:bfc-kumamoto-partnership");
        var response = await Api.PostAsync("""{ agreements(where: { title: { matches: "(" } }) { totalCount } }""");
        response.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("where.title.matches").And.Contain("not a regular expression");
    }

    [Fact]
    public async Task Insensitive_operators_ignore_case_and_accents()
    {
        (await Agreements("""{ title: { containsInsensitive: "aneCHOIque" } }""")).Should().Equal("agr:agc-glass-europe-anechoic-chambers-2016");
        (await Agreements("""{ title: { startsWithInsensitive: "ACCORD DE COOPERATION" } }""")).Should()
            .BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxembourg-japan-space-cooperation-2024");
        (await Agreements("""{ title: { endsWithInsensitive: "gosselies" } }""")).Should().Equal("agr:agc-glass-europe-anechoic-chambers-2016");
        (await Agreements("""{ title: { eqInsensitive: "lettre d'intention entre luxprovide et la jaxa" } }""")).Should().Equal("agr:luxprovide-jaxa-loi-2024");
        var organizations = await Api.IdsAsync("organizations", """where: { name: { containsInsensitive: "universite libre" } }""");
        organizations.Should().Contain("org:ulb");
    }

    [Fact]
    public async Task IsNull_tells_absent_from_present()
    {
        (await Agreements("{ signed: { isNull: true } }")).Should()
            .BeEquivalentTo("agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2", "agr:bfc-kumamoto-partnership");
        (await Agreements("{ signed: { isNull: false } }")).Should().HaveCount(5);
    }

    [Fact]
    public async Task Ids_and_kinds_filter_with_their_own_operators()
    {
        (await Agreements("""{ id: { startsWith: "agr:ulb" } }""")).Should().HaveCount(2);
        (await Agreements("""{ id: { in: ["agr:lsa-jaxa-2024", "agr:nothing"] } }""")).Should().Equal("agr:lsa-jaxa-2024");
        (await Agreements("{ kind: { eq: MOU } }")).Should().HaveCount(2);
        (await Agreements("{ kind: { in: [MOU, PARTNERSHIP] } }")).Should().HaveCount(3);
        (await Api.ErrorCodesAsync("{ agreements(where: { kind: { eq: OTHER } }) { totalCount } }")).Should().Equal("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Dates_at_a_precision_compare_as_the_interval_they_stand_for()
    {
        // June 2024 (month precision) is neither before, after nor on 15 June 2024; 11 June 2024 (day) is before it.
        (await Agreements("""{ signed: { gt: "2024-06-15" } }""")).Should().BeEmpty();
        (await Agreements("""{ signed: { lt: "2024-06-15" } }""")).Should()
            .BeEquivalentTo("agr:luxembourg-japan-space-cooperation-2024", "agr:agc-glass-europe-anechoic-chambers-2016");
        (await Agreements("""{ signed: { eq: "2024-06-15" } }""")).Should().BeEmpty();
        (await Agreements("""{ signed: { eq: "2024-06-11" } }""")).Should().Equal("agr:luxembourg-japan-space-cooperation-2024");
        (await Agreements("""{ signed: { in: ["2024-06-11", "2016-01-01"] } }""")).Should().Equal("agr:luxembourg-japan-space-cooperation-2024");
        (await Agreements("""{ signed: { gte: "2024-06-01", lte: "2024-06-30" } }""")).Should().HaveCount(4);
        (await Agreements("""{ signed: { lte: "2016-12-30" } }""")).Should().BeEmpty("2016 may stand for 31 December 2016");
        (await Agreements("""{ NOT: { signed: { gt: "2024-06-15" } }, signed: { isNull: false } }""")).Should().HaveCount(5);
        var reversed = await Api.PostAsync("""{ agreements(where: { signed: { gte: "2025-01-01", lt: "2024-01-01" } }) { totalCount } }""");
        reversed.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("where.signed").And.Contain("gte (2025-01-01) is after lt (2024-01-01)");
    }

    [Fact]
    public async Task Numbers_compare_with_eq_in_gt_gte_lt_lte()
    {
        var all = await AllFactsAsync();
        var year = all.Select(f => f.Year).OfType<int>().Order().ToList()[all.Count(f => f.Year is not null) / 2];
        async Task Check(string where, Func<(double? Value, int? Year), bool> expected)
        {
            var ids = all.Where(f => expected((f.Value, f.Year))).Select(f => f.Id).ToList();
            ids.Should().NotBeEmpty("{0} should select some facts", where).And.HaveCountLessThan(all.Count, "{0} should leave some out", where);
            (await Api.IdsAsync("facts", $"where: {where}")).Should().BeEquivalentTo(ids, where);
        }

        await Check("{ value: { gt: 100 } }", f => f.Value > 100);
        await Check("{ value: { gte: 95 } }", f => f.Value >= 95);
        await Check("{ value: { lt: 10 } }", f => f.Value < 10);
        await Check("{ value: { lte: 14 } }", f => f.Value <= 14);
        await Check("{ value: { eq: 95 } }", f => f.Value == 95);
        await Check($"{{ year: {{ eq: {year} }} }}", f => f.Year == year);
        await Check($"{{ year: {{ in: [{year}, 1866] }} }}", f => f.Year == year || f.Year == 1866);
        await Check($"{{ year: {{ gt: {year - 10}, lt: {year} }} }}", f => f.Year > year - 10 && f.Year < year);
        await Check("{ value: { isNull: true } }", f => f.Value is null);
    }

    [Fact]
    public async Task Booleans_and_string_lists_filter()
    {
        var organizations = await Api.DataAsync("{ organizations(first: 500) { nodes { id inferred aliases } } }");
        var all = organizations.GetProperty("organizations").GetProperty("nodes").EnumerateArray().ToList();
        (await Api.IdsAsync("organizations", "where: { inferred: { eq: true } }")).Should()
            .BeEquivalentTo(all.Where(o => o.GetProperty("inferred").GetBoolean()).Select(o => o.GetProperty("id").GetString()));
        (await Api.IdsAsync("organizations", """where: { aliases: { includes: "JAXA" } }""")).Should().Equal("org:jaxa");
        (await Api.IdsAsync("organizations", """where: { aliases: { includesInsensitive: "jaxa" } }""")).Should().Equal("org:jaxa");
        (await Api.IdsAsync("organizations", "where: { aliases: { isEmpty: true } }")).Should()
            .BeEquivalentTo(all.Where(o => o.GetProperty("aliases").GetArrayLength() == 0).Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Relationship_quantifiers_some_none_all_single()
    {
        var data = await Api.DataAsync("{ agreements(first: 500) { nodes { id parties { party { id name } } } } }");
        var agreements = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetString()!, Parties: a.GetProperty("parties").EnumerateArray()
                .Select(p => (Id: p.GetProperty("party").GetProperty("id").GetString()!, Name: p.GetProperty("party").GetProperty("name").GetString()!)).ToList()))
            .ToList();
        bool Luxembourgish((string Id, string Name) party) => AccentFold.Fold(party.Name).Contains("lux", StringComparison.Ordinal);

        (await Agreements("""{ parties: { some: { id: { eq: "org:jaxa" } } } }""")).Should().BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxprovide-jaxa-loi-2024");
        (await Agreements("""{ parties: { none: { id: { eq: "org:jaxa" } } } }""")).Should().HaveCount(agreements.Count - 2);
        (await Agreements("""{ parties: { all: { name: { containsInsensitive: "lux" } } } }""")).Should()
            .BeEquivalentTo(agreements.Where(a => a.Parties.All(Luxembourgish)).Select(a => a.Id));
        (await Agreements("""{ parties: { single: { name: { containsInsensitive: "lux" } } } }""")).Should()
            .BeEquivalentTo(agreements.Where(a => a.Parties.Count(Luxembourgish) == 1).Select(a => a.Id));
        var counts = agreements.Select(a => a.Parties.Count(Luxembourgish)).ToList();
        counts.Should().Contain(1, "single has agreements to find").And.Contain(0, "and agreements to leave out");
        agreements.Should().Contain(a => a.Id == "agr:lsa-jaxa-2024", "its parties are Luxembourgish and Japanese: single, not all");
    }

    [Fact]
    public async Task Relationship_filters_nest_with_the_related_types_where_and_AND_OR_NOT()
    {
        // Organisations party to an agreement signed with a university, or in the space sector, but not JAXA.
        var ids = await Api.IdsAsync("organizations", """
            where: {
              OR: [
                { agreements: { some: { parties: { some: { id: { eq: "org:jaxa" } } } } } },
                { sectors: { some: { id: { eq: "sector:space" } } } }
              ]
              NOT: { id: { eq: "org:jaxa" } }
            }
            """);
        ids.Should().Contain("org:luxembourg-space-agency").And.NotContain("org:jaxa");
        var both = await Api.IdsAsync("organizations", """where: { AND: [{ sectors: { some: { id: { eq: "sector:space" } } } }, { kind: { eq: GOVERNMENT_AGENCY } }] }""");
        both.Should().Contain("org:jaxa").And.OnlyContain(id => ids.Contains(id) || id == "org:jaxa");
    }

    [Fact]
    public async Task An_unknown_operator_names_its_path_and_the_operators_it_takes()
    {
        var response = await Api.PostAsync("""{ agreements(where: { OR: [{ signed: { contains: "2024" } }] }) { totalCount } }""");
        response.GetProperty("errors").ToString().Should().Contain("contains");
    }

    [Fact]
    public async Task The_deprecated_arguments_keep_working_beside_the_generated_ones()
    {
        (await Agreements("{ kind_in: [MOU] }")).Should().BeEquivalentTo(await Agreements("{ kind: { in: [MOU] } }"));
        (await Agreements("""{ party: "org:jaxa" }""")).Should().BeEquivalentTo(await Agreements("""{ parties: { some: { id: { eq: "org:jaxa" } } } }"""));
        (await Api.IdsAsync("organizations", """where: { sector: "sector:space" }""")).Should()
            .BeEquivalentTo(await Api.IdsAsync("organizations", """where: { sectors: { some: { id: { eq: "sector:space" } } } }"""));
    }

    private async Task<IReadOnlyList<(string Id, double? Value, int? Year)>> AllFactsAsync()
    {
        var data = await Api.DataAsync("{ facts(first: 500) { nodes { id value year } } }");
        return [.. data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(f => (
            f.GetProperty("id").GetString()!,
            f.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : f.GetProperty("value").GetDouble(),
            f.GetProperty("year").ValueKind == JsonValueKind.Null ? (int?)null : f.GetProperty("year").GetInt32()))];
    }
}

/// <summary>The example of the Application README's "Analysts' queries" runs as written.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class AnalystQueriesExampleTests(SeedGraphFixture fixture)
{
    [Fact]
    public async Task The_documented_example_runs_and_answers()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "GraphExplorer.Application", "README.md"));
        var section = readme[readme.IndexOf("### Analysts' queries", StringComparison.Ordinal)..];
        var start = section.IndexOf("```graphql", StringComparison.Ordinal) + "```graphql".Length;
        var query = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var data = await new ApiQuery(fixture.Database).DataAsync(query);

        var agreements = data.GetProperty("agreements");
        agreements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Should()
            .BeEquivalentTo("agr:lsa-jaxa-2024", "agr:luxembourg-japan-space-cooperation-2024", "agr:luxprovide-jaxa-loi-2024", "agr:luxembourg-japan-air-services-2024");
        agreements.GetProperty("aggregate").GetProperty("count").GetInt32().Should().Be(4);
        agreements.GetProperty("aggregate").GetProperty("signed").GetProperty("latest").GetProperty("iso").GetString().Should().Be("2024-06");
        data.GetProperty("node").GetProperty("agreements").GetProperty("edges").EnumerateArray().Should().OnlyContain(e => e.GetProperty("relationship").GetString() == "PARTY_TO");
    }
}
