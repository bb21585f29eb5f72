using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Entity fields read through HTTP: what sources state about their dates, and how organisations and people are tied to events.</summary>
public sealed class EntityFieldsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task A_source_gives_its_update_date_as_such_and_no_publication_date_it_does_not_state()
    {
        var data = await server.DataAsync("""
            { node(id: "src:003-f08af42fe33b2bd7") { ... on Source { publishedDate updatedDate dateNote publisherInferred } } }
            """);

        var source = data.GetProperty("node");
        source.GetProperty("publishedDate").ValueKind.Should().Be(JsonValueKind.Null, "the article states only when it was updated");
        source.GetProperty("updatedDate").GetString().Should().Be("2025-11-04");
        source.GetProperty("dateNote").GetString().Should().Contain("Mis à jour le 04/11/2025");
        source.GetProperty("publisherInferred").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_undated_source_has_neither_date_but_says_why()
    {
        var data = await server.DataAsync("""{ sources { id publishedDate updatedDate dateNote } }""");

        var sources = data.GetProperty("sources").EnumerateArray().ToList();
        sources.Should().OnlyContain(s => s.GetProperty("publishedDate").ValueKind == JsonValueKind.Null, "no seed article states a publication date");
        sources.Where(s => s.GetProperty("updatedDate").ValueKind == JsonValueKind.Null)
            .Should().NotBeEmpty().And.OnlyContain(s => s.GetProperty("dateNote").GetString()!.Length > 0);
    }

    [Fact]
    public async Task An_organisation_lists_the_events_it_organised_and_those_it_took_part_in_with_its_role()
    {
        var data = await server.DataAsync("""
            {
              node(id: "org:chambre-de-commerce-luxembourg") {
                ... on Organization {
                  events(first: 50) { totalCount nodes { id } edges { role roles participationRole node { id } citations { quote source { id title } } } }
                }
              }
            }
            """);

        var events = data.GetProperty("node").GetProperty("events");
        var edges = events.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("node").GetProperty("id").GetString()!);
        events.GetProperty("totalCount").GetInt32().Should().Be(edges.Count);
        var organised = edges["evt:luxembourg-japan-business-forum-2024"];
        organised.GetProperty("role").GetString().Should().Be("ORGANIZER");
        organised.GetProperty("participationRole").ValueKind.Should().Be(JsonValueKind.Null);
        var attended = edges["evt:expo-2025-osaka"];
        attended.GetProperty("role").GetString().Should().Be("PARTICIPANT");
        attended.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("PARTICIPANT");
        attended.GetProperty("participationRole").GetString().Should().Be("pavillon luxembourgeois");
        edges.Values.Should().AllSatisfy(e => e.GetProperty("citations").EnumerateArray().Should().NotBeEmpty().And.AllSatisfy(c =>
        {
            c.GetProperty("quote").GetString().Should().NotBeNullOrEmpty();
            c.GetProperty("source").GetProperty("title").GetString().Should().NotStartWith("src:", "the title is the article's, not its id");
        }));
    }

    [Fact]
    public async Task Event_filters_tell_organisers_from_participants()
    {
        var data = await server.DataAsync("""
            {
              organised: events(first: 50, where: { organizer: "org:chambre-de-commerce-luxembourg" }) { nodes { id } }
              attended: events(first: 50, where: { participant: "org:chambre-de-commerce-luxembourg" }) { nodes { id } }
              node(id: "org:chambre-de-commerce-luxembourg") { ... on Organization { events(first: 50) { nodes { id } } } }
            }
            """);

        var organised = Ids(data.GetProperty("organised"));
        var attended = Ids(data.GetProperty("attended"));
        organised.Should().Contain("evt:luxembourg-japan-business-forum-2024").And.NotContain("evt:expo-2025-osaka");
        attended.Should().Contain("evt:expo-2025-osaka");
        Ids(data.GetProperty("node").GetProperty("events")).Should().BeEquivalentTo(organised.Union(attended));
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
