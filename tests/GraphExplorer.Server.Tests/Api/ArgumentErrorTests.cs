using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Lookups through the Node interface, and arguments the services refuse surfacing as coded GraphQL errors.</summary>
public sealed class ArgumentErrorTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task Node_resolves_an_id_to_its_object_type()
    {
        var data = await server.DataAsync("""
            { jaxa: node(id: "org:jaxa") { __typename id } space: node(id: "sector:space") { __typename ... on Sector { nameFr } } }
            """);

        data.GetProperty("jaxa").GetProperty("__typename").GetString().Should().Be("Organization");
        data.GetProperty("space").GetProperty("__typename").GetString().Should().Be("Sector");
        data.GetProperty("space").GetProperty("nameFr").GetString().Should().Be("Spatial");
    }

    [Theory]
    [InlineData("""{ search(text: "  ") { score } }""", "text")]
    [InlineData("""{ search(text: "jaxa", first: 0) { score } }""", "first")]
    [InlineData("""{ neighbourhood(id: "org:jaxa", depth: 9) { truncated } }""", "depth")]
    [InlineData("""{ neighbourhood(id: "org:jaxa", filter: {agreementKinds: [OTHER]}) { truncated } }""", "filter.agreementKinds")]
    [InlineData("""{ timeline(filter: {from: "2025-01-01", to: "2024-01-01"}) { date } }""", "filter.from")]
    [InlineData("""{ organizations(where: {OR: [{text: "jaxa"}, {kind_in: [OTHER]}]}) { totalCount } }""", "where.OR[1].kind_in")]
    [InlineData("""{ people(where: {NOT: {text: " "}}) { totalCount } }""", "where.NOT.text")]
    public async Task A_refused_argument_is_a_BAD_USER_INPUT_error_naming_it(string query, string named)
    {
        var body = await server.PostAsync(query);

        var error = body.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
        error.GetProperty("message").GetString().Should().Contain(named);
        // Every root field is non-null, so the error nulls the whole data (spec §6.4.4).
        body.GetProperty("data").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
