using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>The conventions GraphQL tools expect (issue #18): Relay's node(id), the kind across the Entity interface,
/// custom scalars' descriptions, Apollo's possibleTypes.</summary>
public sealed class ToolConventionsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task Node_answers_null_for_an_id_it_cannot_resolve_as_Relay_expects()
    {
        var body = await server.PostAsync("""{ bogus: node(id: "bogus") { id } unknown: node(id: "org:nobody") { id } jaxa: node(id: "org:jaxa") { id } }""");

        body.TryGetProperty("errors", out _).Should().BeFalse();
        var data = body.GetProperty("data");
        data.GetProperty("bogus").ValueKind.Should().Be(JsonValueKind.Null);
        data.GetProperty("unknown").ValueKind.Should().Be(JsonValueKind.Null);
        data.GetProperty("jaxa").GetProperty("id").GetString().Should().Be("org:jaxa");
    }

    [Fact]
    public async Task The_kind_can_be_read_across_the_Entity_interface_without_aliases()
    {
        var data = await server.DataAsync("""
            {
              agency: node(id: "org:jaxa") { ...kind }
              agreement: node(id: "agr:lsa-jaxa-2024") { ...kind }
              sector: node(id: "sector:space") { ...kind }
            }
            fragment kind on Entity { __typename kindName kindLabels { en fr } ... on Organization { kind } }
            """);

        data.GetProperty("agency").GetProperty("kindName").GetString().Should().Be("GOVERNMENT_AGENCY");
        data.GetProperty("agency").GetProperty("kind").GetString().Should().Be("GOVERNMENT_AGENCY", "kindName is the kind enum's value");
        data.GetProperty("agency").GetProperty("kindLabels").GetProperty("en").GetString().Should().Be("Government agency");
        data.GetProperty("agreement").GetProperty("kindName").GetString().Should().Be("COOPERATION_AGREEMENT");
        data.GetProperty("sector").GetProperty("kindName").ValueKind.Should().Be(JsonValueKind.Null, "sectors have no kind");
        data.GetProperty("sector").GetProperty("kindLabels").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Introspection_shows_the_descriptions_the_schema_gives_its_scalars()
    {
        var data = await server.DataAsync("""{ date: __type(name: "Date") { description } dateTime: __type(name: "DateTime") { description } }""");

        data.GetProperty("date").GetProperty("description").GetString().Should().Be("A calendar date, ISO 8601 (`2025-06-11`).");
        data.GetProperty("dateTime").GetProperty("description").GetString().Should().Be("An instant, ISO 8601 with offset (`2025-06-11T09:30:00Z`).");
    }

    [Fact]
    public async Task The_possible_types_endpoint_lists_every_abstract_type_with_its_object_types()
    {
        using var client = server.CreateClient();

        var possibleTypes = await client.GetFromJsonAsync<Dictionary<string, string[]>>("/graphql/possible-types.json");

        possibleTypes!.Keys.Should().BeEquivalentTo(["Node", "Entity"]);
        possibleTypes["Entity"].Should().Equal("Agreement", "Event", "Fact", "Organization", "Person", "Place", "Sector", "Source");
        possibleTypes["Node"].Should().Equal(possibleTypes["Entity"]);
    }
}
