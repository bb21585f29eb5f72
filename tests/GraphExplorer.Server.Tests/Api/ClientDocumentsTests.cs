using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Every document the web client sends (client/src/api/queries.ts, fragments interpolated as the client does) validates
/// and answers without errors on the seed graph, with the variables the client passes.
/// </summary>
public sealed class ClientDocumentsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string CitationFields = """
        fragment CitationFields on Citation {
          quote
          source { id title publisher publishedDate language url }
        }
        """;

    private const string GraphFields = """
        fragment GraphNodeFields on GraphNode {
          id label entityType kind date endDate sectors countries degree
        }
        fragment GraphEdgeFields on GraphEdge {
          id source target type label role
          citations { ...CitationFields }
        }
        """;

    private const string SummaryFields = """
        fragment AgreementSummaryFields on Agreement {
          id title kind signedDate signedDatePrecision
        }
        fragment EventSummaryFields on Event {
          id name kind startDate endDate datePrecision
        }
        """;

    public const string Search = """
        query Search($text: String!, $types: [EntityType!], $first: Int) {
          search(text: $text, types: $types, first: $first) {
            score
            matched
            entity { id name entityType }
          }
        }
        """;

    public const string Neighbourhood = """
        query Neighbourhood($id: ID!, $depth: Int, $filter: GraphFilter, $limit: Int) {
          neighbourhood(id: $id, depth: $depth, filter: $filter, limit: $limit) {
            truncated
            nodes { ...GraphNodeFields }
            edges { ...GraphEdgeFields }
          }
        }
        """ + GraphFields + CitationFields;

    public const string Paths = """
        query Paths($from: ID!, $to: ID!, $maxLength: Int, $filter: GraphFilter, $first: Int) {
          paths(from: $from, to: $to, maxLength: $maxLength, filter: $filter, first: $first) {
            length
            nodes { ...GraphNodeFields }
            edges { ...GraphEdgeFields }
          }
        }
        """ + GraphFields + CitationFields;

    public const string Timeline = """
        query Timeline($filter: GraphFilter, $first: Int) {
          timeline(filter: $filter, first: $first) {
            type date endDate datePrecision title kind
            entity { id name entityType }
          }
        }
        """;

    public const string Aggregates = """
        query Aggregates($filter: GraphFilter) {
          aggregates(filter: $filter) {
            entitiesByType { key label count }
            organizationsByKind { key label count }
            agreementsByKind { key label count }
            agreementsByYear { key label count }
            eventsByYear { key label count }
            bySector { key label count }
            byCountry { key label count }
          }
        }
        """;

    public const string FilterOptions = """
        query FilterOptions {
          sectors { id name nameFr }
          places(kind: COUNTRY) { id name kind }
        }
        """;

    public const string Sources = """
        query Sources {
          sources { id name title publisher publishedDate language url }
        }
        """;

    public const string Entity = """
        query Entity($id: ID!) {
          entity(id: $id) {
            __typename id name entityType
            citations { ...CitationFields }
            ... on Organization {
              organizationKind: kind
              aliases nameOriginal description website
              country { id name }
              sectors { id name nameFr }
              agreements(first: 100, orderBy: [{ field: SIGNED_DATE, direction: ASC }]) {
                totalCount
                nodes { ...AgreementSummaryFields }
              }
              events(first: 100) { totalCount nodes { ...EventSummaryFields } }
              people {
                title since until
                person { id name entityType }
                organization { id name entityType }
                citations { ...CitationFields }
              }
            }
            ... on Person {
              aliases
              roles {
                title since until
                person { id name entityType }
                organization { id name entityType }
                citations { ...CitationFields }
              }
              agreements(first: 100) { totalCount nodes { ...AgreementSummaryFields } }
              events(first: 100) { totalCount nodes { ...EventSummaryFields } }
            }
            ... on Agreement {
              title
              agreementKind: kind
              signedDate signedDatePrecision status summary
              parties { role party { id name entityType } citations { ...CitationFields } }
              sectors { id name nameFr }
              implements { ...AgreementSummaryFields }
              buildsOn { ...AgreementSummaryFields }
              implementedBy { ...AgreementSummaryFields }
              reinforcedBy { ...AgreementSummaryFields }
              signedAt { ...EventSummaryFields }
            }
            ... on Event {
              eventKind: kind
              startDate endDate datePrecision
              places { id name }
              eventPartOf: partOf { ...EventSummaryFields }
              parts { ...EventSummaryFields }
              participants { role participant { id name entityType } citations { ...CitationFields } }
              organizers { id name entityType }
              agreementsSigned { ...AgreementSummaryFields }
              sectors { id name nameFr }
            }
            ... on Place {
              placeKind: kind
              nameOriginal
              placePartOf: partOf { id name }
              twinnedWith { since place { id name } citations { ...CitationFields } }
            }
            ... on Sector { nameFr }
            ... on Source { title publisher publishedDate language url }
          }
        }
        """ + CitationFields + SummaryFields;

    private static readonly object Filter = new
    {
        entityTypes = new[] { "ORGANIZATION", "AGREEMENT", "EVENT", "PLACE" },
        agreementKinds = new[] { "MOU", "COOPERATION_AGREEMENT", "LETTER_OF_INTENT" },
        from = "2020-01-01",
        to = "2026-12-31",
    };

    [Fact]
    public async Task Search_answers()
    {
        var data = await server.DataAsync(Search, new { text = "université", types = new[] { "ORGANIZATION", "PLACE" }, first = 10 });

        data.GetProperty("search").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Neighbourhood_answers_with_and_without_a_filter()
    {
        var plain = await server.DataAsync(Neighbourhood, new { id = "org:jaxa", depth = 2, limit = 200 });
        var filtered = await server.DataAsync(Neighbourhood, new { id = "org:jaxa", depth = 2, limit = 200, filter = Filter });

        var nodes = plain.GetProperty("neighbourhood").GetProperty("nodes");
        nodes.GetArrayLength().Should().BeGreaterThan(filtered.GetProperty("neighbourhood").GetProperty("nodes").GetArrayLength());
        nodes.EnumerateArray().Should().Contain(n => n.GetProperty("id").GetString() == "agr:lsa-jaxa-2024"
            && n.GetProperty("kind").GetString() == "COOPERATION_AGREEMENT" || n.GetProperty("entityType").GetString() == "AGREEMENT");
        plain.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray()
            .Should().Contain(e => e.GetProperty("citations").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Paths_answers()
    {
        var data = await server.DataAsync(Paths, new { from = "org:awex", to = "org:jaxa", maxLength = 6, first = 5 });

        data.GetProperty("paths").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Timeline_answers_with_a_filter()
    {
        var data = await server.DataAsync(Timeline, new { filter = Filter, first = 200 });

        data.GetProperty("timeline").EnumerateArray().Should().OnlyContain(i => string.CompareOrdinal(i.GetProperty("date").GetString(), "2020-01-01") >= 0);
    }

    [Fact]
    public async Task Aggregates_answers()
    {
        var data = await server.DataAsync(Aggregates, new { filter = (object?)null });

        data.GetProperty("aggregates").GetProperty("organizationsByKind").EnumerateArray()
            .Should().Contain(b => b.GetProperty("key").GetString() == "COMPANY");
    }

    [Fact]
    public async Task Filter_options_list_sectors_and_countries()
    {
        var data = await server.DataAsync(FilterOptions);

        data.GetProperty("sectors").EnumerateArray().Should().Contain(s => s.GetProperty("id").GetString() == "sector:audiovisual");
        data.GetProperty("places").EnumerateArray().Should().Contain(p => p.GetProperty("id").GetString() == "place:japan")
            .And.OnlyContain(p => p.GetProperty("kind").GetString() == "COUNTRY");
    }

    [Fact]
    public async Task Sources_list_the_five_articles_with_titles()
    {
        var data = await server.DataAsync(Sources);

        var sources = data.GetProperty("sources").EnumerateArray().ToList();
        sources.Should().HaveCount(5);
        sources.Should().OnlyContain(s => s.GetProperty("title").GetString()!.Length > 0 && s.GetProperty("language").GetString() == "fr");
    }

    [Theory]
    [InlineData("org:jaxa", "Organization")]
    [InlineData("person:xavier-bettel", "Person")]
    [InlineData("agr:lsa-jaxa-2024", "Agreement")]
    [InlineData("evt:awex-wbi-mission-japan", "Event")]
    [InlineData("place:japan", "Place")]
    [InlineData("sector:audiovisual", "Sector")]
    [InlineData("src:000-eb87548844b58c42", "Source")]
    [InlineData("fact:lu-jp-services-trade-2024", "Fact")]
    public async Task Entity_details_answer_for_every_type(string id, string typename)
    {
        var data = await server.DataAsync(Entity, new { id });

        var entity = data.GetProperty("entity");
        entity.GetProperty("__typename").GetString().Should().Be(typename);
        entity.GetProperty("id").GetString().Should().Be(id);
        entity.GetProperty("entityType").GetString().Should().Be(typename.ToUpperInvariant());
    }

    [Fact]
    public async Task Organization_details_list_agreements_in_signing_order_and_people_with_roles()
    {
        var data = await server.DataAsync(Entity, new { id = "org:jaxa" });

        var jaxa = data.GetProperty("entity");
        jaxa.GetProperty("organizationKind").GetString().Should().Be("GOVERNMENT_AGENCY");
        jaxa.GetProperty("country").GetProperty("id").GetString().Should().Be("place:japan");
        var agreements = jaxa.GetProperty("agreements");
        agreements.GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Contain("agr:lsa-jaxa-2024");
        agreements.GetProperty("totalCount").GetInt32().Should().Be(agreements.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_person_details_list_the_roles_they_hold()
    {
        var data = await server.DataAsync(Entity, new { id = "person:xavier-bettel" });

        var roles = data.GetProperty("entity").GetProperty("roles").EnumerateArray().ToList();
        roles.Should().NotBeEmpty();
        roles.Should().OnlyContain(r => r.GetProperty("person").GetProperty("id").GetString() == "person:xavier-bettel"
            && r.GetProperty("title").GetString()!.Length > 0
            && r.GetProperty("organization").GetProperty("entityType").GetString() == "ORGANIZATION");
    }

    [Fact]
    public async Task An_event_details_list_its_parts_and_participants()
    {
        var data = await server.DataAsync(Entity, new { id = "evt:awex-wbi-mission-japan" });

        var mission = data.GetProperty("entity");
        mission.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Contain("evt:awex-wbi-mission-company-visits");
        mission.GetProperty("participants").GetArrayLength().Should().BeGreaterThan(0);
        mission.GetProperty("eventKind").GetString().Should().NotBe("OTHER");
    }
}
