using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Sources a reader can open (their text, each citation's passage in it, search over titles and texts) and figures as
/// data (Facts in search, the <c>facts</c> list, the facts of organisations, events, places and sectors).
/// </summary>
public sealed class SourcesAndFactsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task A_source_gives_its_article_text_and_says_when_and_why_its_publisher_is_inferred()
    {
        var data = await server.DataAsync("""
            { node(id: "src:000-eb87548844b58c42") { ... on Source { text publisher publisherInferred publisherNote titleNote language } } }
            """);

        var source = data.GetProperty("node");
        source.GetProperty("text").GetString().Should().StartWith("Trois missions économiques, un pavillon national innovant")
            .And.Contain("Contactez-nous à : osaka2025@cc.lu");
        source.GetProperty("publisher").GetString().Should().Be("Chambre de Commerce du Luxembourg");
        source.GetProperty("publisherInferred").GetBoolean().Should().BeTrue();
        source.GetProperty("publisherNote").GetString().Should().StartWith("Déduit du texte");
        source.GetProperty("titleNote").GetString().Should().NotBeNullOrEmpty();
        source.GetProperty("language").GetString().Should().Be("fr");
    }

    [Fact]
    public async Task Every_citation_of_an_agreement_points_at_its_sentence_in_the_article_text()
    {
        var data = await server.DataAsync("""
            { node(id: "agr:lsa-jaxa-2024") { ... on Agreement { citations { quote passage { start end text } source { id text } } } } }
            """);

        var citations = data.GetProperty("node").GetProperty("citations").EnumerateArray().ToList();
        citations.Should().NotBeEmpty();
        foreach (var citation in citations)
        {
            var passage = citation.GetProperty("passage");
            var text = citation.GetProperty("source").GetProperty("text").GetString()!;
            var (start, end) = (passage.GetProperty("start").GetInt32(), passage.GetProperty("end").GetInt32());
            text[start..end].Should().Be(passage.GetProperty("text").GetString());
            Squash(text[start..end]).Should().Be(Squash(citation.GetProperty("quote").GetString()!));
        }
    }

    [Fact]
    public async Task Search_finds_sources_by_a_word_of_their_text_and_by_their_title()
    {
        var byText = await server.DataAsync("""{ search(text: "osaka2025@cc.lu", types: [SOURCE]) { entity { id entityType } } }""");
        var byTitle = await server.DataAsync("""{ search(text: "visite au japon fructueuse") { entity { id entityType } } }""");

        byText.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString())
            .Should().Equal("src:000-eb87548844b58c42");
        byTitle.GetProperty("search")[0].GetProperty("entity").GetProperty("id").GetString().Should().Be("src:001-20df84f1ae021dc9");
        byTitle.GetProperty("search")[0].GetProperty("entity").GetProperty("entityType").GetString().Should().Be("SOURCE");
    }

    [Fact]
    public async Task Search_returns_facts_with_their_value_and_qualifier()
    {
        var data = await server.DataAsync("""
            { search(text: "rendez-vous b2b", types: [FACT]) { entity { id ... on Fact { value unit qualifier kind subjects { id } } } } }
            """);

        var fact = data.GetProperty("search")[0].GetProperty("entity");
        fact.GetProperty("id").GetString().Should().Be("fact:lu-expo-2025-missions-b2b-meetings");
        fact.GetProperty("value").GetDouble().Should().Be(80);
        fact.GetProperty("unit").GetString().Should().Be("b2b_meetings");
        fact.GetProperty("qualifier").GetString().Should().Be("more_than");
        fact.GetProperty("kind").GetString().Should().Be("ACTIVITY");
        fact.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .Should().Equal("evt:luxembourg-expo-2025-economic-missions");
    }

    [Fact]
    public async Task The_facts_list_filters_by_kind_and_year_orders_by_value_and_pages()
    {
        var first = await server.DataAsync("""
            { facts(first: 1, where: { kind_in: [FINANCING] }, orderBy: [{ field: VALUE, direction: DESC }]) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id value unit } } }
            """);
        var facts = first.GetProperty("facts");
        facts.GetProperty("totalCount").GetInt32().Should().Be(2);
        facts.GetProperty("nodes")[0].GetProperty("value").GetDouble().Should().Be(2_350_000);
        facts.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();

        var second = await server.DataAsync(
            """query ($after: String) { facts(first: 1, after: $after, where: { kind_in: [FINANCING] }, orderBy: [{ field: VALUE, direction: DESC }]) { nodes { value } } }""",
            new { after = facts.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        second.GetProperty("facts").GetProperty("nodes")[0].GetProperty("value").GetDouble().Should().Be(650_000);

        var presence = await server.DataAsync("""
            { facts(where: { about: "org:rakuten", year: { gte: 2008, lte: 2012 } }, orderBy: [{ field: YEAR }]) { nodes { id year qualifier } } }
            """);
        presence.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("year").GetInt32())
            .Should().Equal(2008, 2012);
    }

    [Fact]
    public async Task Organisations_events_places_and_sectors_list_their_facts_with_citations()
    {
        var data = await server.DataAsync("""
            {
              forum: node(id: "evt:luxembourg-japan-business-forum-2024") { ... on Event { facts { nodes { value qualifier unit citations { quote } } } } }
              chamber: node(id: "org:chambre-de-commerce-luxembourg") { ... on Organization { facts { totalCount } } }
              belgium: node(id: "place:belgium") { ... on Place { facts { nodes { id period } } } }
              finance: node(id: "sector:financial-services") { ... on Sector { facts { totalCount } } }
            }
            """);

        var attendance = data.GetProperty("forum").GetProperty("facts").GetProperty("nodes").EnumerateArray().Single();
        attendance.GetProperty("value").GetDouble().Should().Be(200);
        attendance.GetProperty("qualifier").GetString().Should().Be("about");
        attendance.GetProperty("citations")[0].GetProperty("quote").GetString().Should().Contain("environ");
        data.GetProperty("chamber").GetProperty("facts").GetProperty("totalCount").GetInt32().Should().Be(2);
        data.GetProperty("belgium").GetProperty("facts").GetProperty("nodes").EnumerateArray()
            .Should().ContainSingle(n => n.GetProperty("id").GetString() == "fact:be-jp-relations-150-years-2016"
                && n.GetProperty("period").GetString() == "1866–2016");
        data.GetProperty("finance").GetProperty("facts").GetProperty("totalCount").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task A_wrong_fact_filter_names_its_path_and_what_is_wrong()
    {
        var range = await server.PostAsync("""{ facts(where: { OR: [{ year: { gte: 2020, lte: 2010 } }] }) { totalCount } }""");
        var about = await server.PostAsync("""{ facts(where: { about: "sector:space" }) { totalCount } }""");

        range.GetProperty("errors").ToString().Should().Contain("where.OR[0].year").And.Contain("gte (2020) is after lte (2010)");
        about.GetProperty("errors").ToString().Should().Contain("where.about").And.Contain("sector:space");
    }

    private static string Squash(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
