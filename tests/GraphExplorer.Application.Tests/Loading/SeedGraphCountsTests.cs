using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// The seed graph holds what cypher/README.md says it holds ("What each article contributed"), and every figure of the
/// audit table ("Figures: audit") is a Fact with the value, unit and qualifier the article gives.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SeedGraphCountsTests(SeedGraphFixture fixture)
{
    [Fact]
    public async Task The_seed_graph_has_the_nodes_and_relationships_the_README_counts()
    {
        var nodes = (await fixture.Database.ReadAsync("MATCH (n) WHERE n.key IS NOT NULL RETURN labels(n)[0] AS label, count(*) AS n"))
            .ToDictionary(r => r.Get<string>("label"), r => r.Get<long>("n"));
        var relationships = (await fixture.Database.ReadAsync("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"))
            .ToDictionary(r => r.Get<string>("type"), r => r.Get<long>("n"));

        nodes.Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["Organization"] = 50, ["Event"] = 43, ["Fact"] = 31, ["Place"] = 29, ["Sector"] = 29, ["Person"] = 16, ["Agreement"] = 8, ["Source"] = 5,
        });
        relationships["CITED_IN"].Should().Be(257);
        relationships["ABOUT"].Should().Be(58);
        relationships["IN_SECTOR"].Should().Be(90);
        relationships.Values.Sum().Should().Be(688);
    }

    [Theory]
    [InlineData("fact:lu-jp-business-forum-2024-attendance", 200, "people", "about")]
    [InlineData("fact:lu-expo-2025-missions-representatives", 160, "representatives", null)]
    [InlineData("fact:lu-expo-2025-missions-companies", 95, "companies", null)]
    [InlineData("fact:lu-expo-2025-missions-b2b-meetings", 80, "b2b_meetings", "more_than")]
    [InlineData("fact:lu-expo-2025-missions-company-visits", 14, "company_visits", null)]
    [InlineData("fact:cc-luxembourg-gie-expo-2025-financing", 2_350_000, "EUR", null)]
    [InlineData("fact:cc-luxembourg-gie-expo-2025-in-kind", 650_000, "EUR", null)]
    [InlineData("fact:lu-jp-relations-centenary-2027", 100, "years", null)]
    [InlineData("fact:be-jp-relations-150-years-2016", 150, "years", null)]
    public async Task A_figure_a_diplomat_cites_is_a_fact_with_its_value_unit_and_qualifier(string key, long value, string unit, string? qualifier)
    {
        var row = (await fixture.Database.ReadAsync(
            "MATCH (f:Fact {key: $key}) RETURN f.value AS value, f.unit AS unit, f.qualifier AS qualifier, COUNT { (f)-[:CITED_IN]->(:Source) } AS cited, COUNT { (f)-[:ABOUT]->() } AS about",
            new Dictionary<string, object?> { ["key"] = key })).Single();

        row.Get<long>("value").Should().Be(value);
        row.Get<string>("unit").Should().Be(unit);
        row.Get<string?>("qualifier").Should().Be(qualifier);
        row.Get<long>("cited").Should().BeGreaterThan(0);
        row.Get<long>("about").Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("fact:rakuten-in-luxembourg-since-2008", 2008, "since")]
    [InlineData("fact:rakuten-data-centre-luxembourg-2012", 2012, null)]
    public async Task A_presence_date_is_a_fact_with_its_year(string key, long year, string? qualifier)
    {
        var row = (await fixture.Database.ReadAsync("MATCH (f:Fact {key: $key})-[:ABOUT]->(:Organization {key: 'org:rakuten'}) RETURN f.year AS year, f.qualifier AS qualifier",
            new Dictionary<string, object?> { ["key"] = key })).Single();

        row.Get<long>("year").Should().Be(year);
        row.Get<string?>("qualifier").Should().Be(qualifier);
    }
}
