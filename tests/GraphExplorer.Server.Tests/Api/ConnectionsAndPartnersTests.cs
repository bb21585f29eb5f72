using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Query.connections and Query.partners asked through HTTP against the seed graph.</summary>
public sealed class ConnectionsAndPartnersTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string PathFields = "length throughReference inferred nodes { id entityType } edges { type }";

    [Fact]
    public async Task ULB_to_JAXA_answers_no_documented_link_and_offers_the_link_through_Japan_separately()
    {
        var data = await server.DataAsync($$"""
            { connections(from: "org:ulb", to: "org:jaxa") {
                noDocumentedLink reason maxLength paths { {{PathFields}} } weakerPaths { {{PathFields}} } } }
            """);

        var answer = data.GetProperty("connections");
        answer.GetProperty("noDocumentedLink").GetBoolean().Should().BeTrue();
        answer.GetProperty("reason").GetString().Should().StartWith("No documented link within 6 steps");
        answer.GetProperty("paths").GetArrayLength().Should().Be(0);
        var weaker = answer.GetProperty("weakerPaths").EnumerateArray().ToList();
        weaker.Should().NotBeEmpty().And.OnlyContain(p => p.GetProperty("throughReference").GetBoolean());
        NodeIds(weaker[0]).Should().Contain("place:japan");
    }

    [Fact]
    public async Task Vitagora_to_Kumamoto_offers_the_regional_partnership_first()
    {
        var data = await server.DataAsync($$"""
            { connections(from: "org:vitagora", to: "org:kumamoto-prefecture", maxLength: 5) {
                noDocumentedLink reason paths { {{PathFields}} } weakerPaths { length } } }
            """);

        var answer = data.GetProperty("connections");
        answer.GetProperty("noDocumentedLink").GetBoolean().Should().BeFalse();
        answer.GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        var paths = answer.GetProperty("paths").EnumerateArray().ToList();
        NodeIds(paths[0]).Should().Equal(
            "org:vitagora", "org:region-bourgogne-franche-comte", "agr:bfc-kumamoto-partnership", "org:kumamoto-prefecture");
        paths.Should().OnlyContain(p => !p.GetProperty("throughReference").GetBoolean());
        paths.Should().Contain(p => p.GetProperty("length").GetInt32() > 3, "a raised step limit finds longer paths too");
    }

    [Fact]
    public async Task Walking_through_sources_is_refused_with_a_message_naming_it()
    {
        var body = await server.PostAsync("""{ connections(from: "org:ulb", to: "org:jaxa", through: [SOURCE]) { noDocumentedLink } }""");

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("SOURCE");
    }

    [Fact]
    public async Task The_partners_of_the_region_weigh_agreements_and_events()
    {
        var data = await server.DataAsync("""
            { partners(id: "org:region-bourgogne-franche-comte", first: 50) {
                partner { id } weight agreementCount eventCount agreements { id } events { id } } }
            """);

        var partners = data.GetProperty("partners").EnumerateArray().ToList();
        var first = partners[0];
        first.GetProperty("partner").GetProperty("id").GetString().Should().Be("org:kumamoto-prefecture");
        first.GetProperty("agreementCount").GetInt32().Should().Be(1);
        first.GetProperty("agreements")[0].GetProperty("id").GetString().Should().Be("agr:bfc-kumamoto-partnership");
        partners.Should().OnlyContain(p => p.GetProperty("weight").GetInt32()
            == p.GetProperty("agreementCount").GetInt32() + p.GetProperty("eventCount").GetInt32());
        partners.Should().Contain(p => p.GetProperty("partner").GetProperty("id").GetString() == "org:vitagora"
            && p.GetProperty("eventCount").GetInt32() >= 1);
    }

    private static List<string> NodeIds(JsonElement path) =>
        [.. path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
