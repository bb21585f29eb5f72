using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Stated or inferred: entities, relationships (agreement parties, participations, roles, graph edges) and citations
/// say whether their source states them or they were inferred, and why; the notes on unnamed counterparts and on
/// inferred publishers reach the API.
/// </summary>
public sealed class InferenceTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task The_Grand_Duke_at_Luxembourg_Day_is_an_inferred_identity_with_its_reason_and_JAXA_is_stated()
    {
        var data = await server.DataAsync("""
            {
              henri: node(id: "person:grand-duke-henri") { ... on Person { name inferred inferenceNote } }
              jaxa: entity(id: "org:jaxa") { inferred inferenceNote }
            }
            """);

        var henri = data.GetProperty("henri");
        henri.GetProperty("inferred").GetBoolean().Should().BeTrue();
        henri.GetProperty("inferenceNote").GetString().Should().Contain("« S.A.R. le Grand-Duc »");
        data.GetProperty("jaxa").GetProperty("inferred").GetBoolean().Should().BeFalse();
        data.GetProperty("jaxa").GetProperty("inferenceNote").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_party_inferred_from_context_says_so_on_the_tie_and_on_its_citations()
    {
        var data = await server.DataAsync("""
            {
              node(id: "agr:luxembourg-japan-air-services-2024") {
                ... on Agreement { parties { party { id } inferred inferenceNote citations { inferred inferenceNote } } }
              }
              lsa: node(id: "agr:lsa-jaxa-2024") { ... on Agreement { parties { party { id } inferred citations { inferred } } } }
            }
            """);

        var parties = data.GetProperty("node").GetProperty("parties").EnumerateArray().ToList();
        parties.Should().NotBeEmpty().And.OnlyContain(p => p.GetProperty("inferred").GetBoolean());
        parties.Should().OnlyContain(p => p.GetProperty("inferenceNote").GetString()!.StartsWith("Déduit du contexte"));
        parties.SelectMany(p => p.GetProperty("citations").EnumerateArray()).Should().OnlyContain(c => c.GetProperty("inferred").GetBoolean());
        var stated = data.GetProperty("lsa").GetProperty("parties").EnumerateArray().ToList();
        stated.Should().NotBeEmpty().And.OnlyContain(p => !p.GetProperty("inferred").GetBoolean());
        stated.SelectMany(p => p.GetProperty("citations").EnumerateArray()).Should().OnlyContain(c => !c.GetProperty("inferred").GetBoolean());
    }

    [Fact]
    public async Task Graph_edges_and_nodes_say_whether_they_are_inferred_and_nodes_count_their_sources()
    {
        var data = await server.DataAsync("""
            {
              neighbourhood(id: "org:government-of-luxembourg") {
                nodes { id inferred sourceCount }
                edges { source target type inferred inferenceNote }
              }
            }
            """);

        var edges = data.GetProperty("neighbourhood").GetProperty("edges").EnumerateArray().ToList();
        var airServices = edges.Single(e => e.GetProperty("target").GetString() == "agr:luxembourg-japan-air-services-2024" && e.GetProperty("type").GetString() == "PARTY_TO");
        airServices.GetProperty("inferred").GetBoolean().Should().BeTrue();
        airServices.GetProperty("inferenceNote").GetString().Should().NotBeNullOrWhiteSpace();
        edges.Should().Contain(e => !e.GetProperty("inferred").GetBoolean());
        var nodes = data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        nodes["agr:luxembourg-japan-air-services-2024"].GetProperty("sourceCount").GetInt32().Should().Be(1);
        var expo = await server.DataAsync("""{ entity(id: "evt:expo-2025-osaka") { citations { source { id } } } neighbourhood(id: "evt:expo-2025-osaka", depth: 0) { nodes { sourceCount } } }""");
        var sources = expo.GetProperty("entity").GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("source").GetProperty("id").GetString()).Distinct().Count();
        sources.Should().BeGreaterThan(1, "several articles name Expo 2025");
        expo.GetProperty("neighbourhood").GetProperty("nodes")[0].GetProperty("sourceCount").GetInt32().Should().Be(sources);
    }

    [Fact]
    public async Task An_MoU_with_an_unnamed_counterpart_says_so_and_an_inferred_publisher_says_how_it_was_found()
    {
        var data = await server.DataAsync("""
            {
              mou: node(id: "agr:ulb-japanese-university-mou-1") { ... on Agreement { counterpartyNote dateNote signed { iso } parties { party { id } } } }
              source: node(id: "src:000-eb87548844b58c42") { ... on Source { publisher publisherInferred publisherNote updated { iso precision note } } }
            }
            """);

        var mou = data.GetProperty("mou");
        mou.GetProperty("counterpartyNote").GetString().Should().Be("L’université japonaise signataire n’est pas nommée dans la source.");
        mou.GetProperty("signed").ValueKind.Should().Be(JsonValueKind.Null, "the source gives no date");
        mou.GetProperty("dateNote").GetString().Should().StartWith("Non datée dans la source");
        mou.GetProperty("parties").GetArrayLength().Should().Be(1);
        var source = data.GetProperty("source");
        source.GetProperty("publisherInferred").GetBoolean().Should().BeTrue();
        source.GetProperty("publisherNote").GetString().Should().StartWith("Déduit du texte");
    }
}
