using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// An agreement's lifecycle: each state its sources state, with the date they give for it at its precision (or none),
/// in the order the states happened, each with the source and sentence that state it (cypher/README.md, "Agreement
/// lifecycle").
/// </summary>
public sealed class AgreementLifecycleTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Step = """
        status statusLabels { en fr ja }
        since { iso precision note } asOf { iso precision note }
        citation { quote source { id } }
        """;

    [Fact]
    public async Task The_JAXA_LSA_agreement_was_signed_then_implemented_in_June_2024_each_with_its_sentence()
    {
        var data = await server.DataAsync($$"""{ node(id: "agr:lsa-jaxa-2024") { ... on Agreement { lifecycle { {{Step}} } } } }""");

        var steps = data.GetProperty("node").GetProperty("lifecycle").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("status").GetString()).Should().Equal("SIGNED", "IMPLEMENTED");
        steps.Should().OnlyContain(s => s.GetProperty("since").GetProperty("iso").GetString() == "2024-06"
            && s.GetProperty("since").GetProperty("precision").GetString() == "MONTH", "the article dates both to the month, not the day");
        steps[0].GetProperty("citation").GetProperty("quote").GetString().Should().Contain("hier à Tokyo");
        steps[0].GetProperty("citation").GetProperty("source").GetProperty("id").GetString().Should().Be("src:001-20df84f1ae021dc9");
        steps[1].GetProperty("citation").GetProperty("quote").GetString().Should().StartWith("Le premier projet concret de mise en œuvre");
        steps[1].GetProperty("since").GetProperty("note").GetString().Should().Contain("LuxProvide–JAXA");
        steps[0].GetProperty("statusLabels").GetProperty("fr").GetString().Should().Be("Signé");
        steps[1].GetProperty("statusLabels").GetProperty("en").GetString().Should().Be("Implemented");
    }

    [Fact]
    public async Task Each_date_keeps_the_precision_its_article_gives_and_an_undated_signing_stays_undated()
    {
        var data = await server.DataAsync($$"""
            {
              government: node(id: "agr:luxembourg-japan-space-cooperation-2024") { ... on Agreement { lifecycle { {{Step}} } } }
              agc: node(id: "agr:agc-glass-europe-anechoic-chambers-2016") { ... on Agreement { lifecycle { {{Step}} } } }
              ulb: node(id: "agr:ulb-japanese-university-mou-1") { ... on Agreement { lifecycle { {{Step}} } } }
              air: node(id: "agr:luxembourg-japan-air-services-2024") { ... on Agreement { lifecycle { {{Step}} } } }
              kumamoto: node(id: "agr:bfc-kumamoto-partnership") { ... on Agreement { lifecycle { {{Step}} } } }
            }
            """);

        JsonElement Only(string name) => data.GetProperty(name).GetProperty("lifecycle").EnumerateArray().Should().ContainSingle().Subject;
        (Only("government").GetProperty("status").GetString(), Only("government").GetProperty("since").GetProperty("iso").GetString()).Should().Be(("SIGNED", "2024-06-11"));
        (Only("agc").GetProperty("since").GetProperty("iso").GetString(), Only("agc").GetProperty("since").GetProperty("precision").GetString()).Should().Be(("2016", "YEAR"));
        Only("ulb").GetProperty("status").GetString().Should().Be("SIGNED");
        Only("ulb").GetProperty("since").ValueKind.Should().Be(JsonValueKind.Null, "the article gives no date for the ULB MoUs");
        var air = Only("air");
        air.GetProperty("status").GetString().Should().Be("CONCLUDED");
        air.GetProperty("since").ValueKind.Should().Be(JsonValueKind.Null, "the article reports the conclusion, not when it happened");
        (air.GetProperty("asOf").GetProperty("iso").GetString(), air.GetProperty("asOf").GetProperty("note").GetString()).Should()
            .Be(("2024-06", "Conclusion annoncée « des derniers jours » de la mission de juin 2024 — ni le jour de l’annonce ni celui de la conclusion ne sont donnés."));
        (Only("kumamoto").GetProperty("status").GetString(), Only("kumamoto").GetProperty("asOf").GetProperty("iso").GetString()).Should().Be(("ACTIVE", "2025-04"));
    }

    [Fact]
    public async Task Listed_agreements_each_give_the_states_their_article_gives()
    {
        var data = await server.DataAsync("{ agreements(first: 20) { nodes { id lifecycle { status } } } }");

        var lifecycles = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("lifecycle").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ToList());
        lifecycles.Should().HaveCount(8);
        lifecycles.Values.Should().OnlyContain(states => states.Count > 0, "every seed agreement has at least one state its article gives");
        lifecycles["agr:luxprovide-jaxa-loi-2024"].Should().Equal("SIGNED");
    }

    [Fact]
    public async Task A_drawn_agreement_carries_its_lifecycle_and_other_nodes_none()
    {
        var data = await server.DataAsync("""
            { neighbourhood(id: "org:luxprovide", depth: 1) { nodes { id lifecycle { status since { iso } } } } }
            """);

        var nodes = data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        var letter = nodes["agr:luxprovide-jaxa-loi-2024"].GetProperty("lifecycle").EnumerateArray().Should().ContainSingle().Subject;
        (letter.GetProperty("status").GetString(), letter.GetProperty("since").GetProperty("iso").GetString()).Should().Be(("SIGNED", "2024-06"));
        nodes["org:luxprovide"].GetProperty("lifecycle").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
