using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Query.gaps: what is worth a follow-up, for stewards and diplomats, without a steward key.</summary>
public sealed class GapsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    [Fact]
    public async Task Undated_agreements_come_with_what_the_source_says_of_their_date()
    {
        var data = await server.DataAsync("""
            { gaps(kinds: [UNDATED_AGREEMENT]) { kind entity { id name } note relationship other { id } source { id } } }
            """);

        var gaps = data.GetProperty("gaps").EnumerateArray().ToList();
        gaps.Select(g => g.GetProperty("entity").GetProperty("id").GetString()).Should().Equal(
            "agr:bfc-kumamoto-partnership", "agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        gaps.Should().OnlyContain(g => g.GetProperty("kind").GetString() == "UNDATED_AGREEMENT" && g.GetProperty("other").ValueKind == JsonValueKind.Null);
        gaps[1].GetProperty("note").GetString().Should().StartWith("Non datée dans la source");
    }

    [Fact]
    public async Task A_single_source_tie_names_both_ends_its_type_and_its_one_article()
    {
        var data = await server.DataAsync("""
            { gaps(kinds: [SINGLE_SOURCE_TIE], first: 1000) { entity { id } relationship other { id } source { id title } } }
            """);

        var tie = data.GetProperty("gaps").EnumerateArray().Single(g =>
            g.GetProperty("entity").GetProperty("id").GetString() == "org:jaxa" && g.GetProperty("other").GetProperty("id").GetString() == "agr:lsa-jaxa-2024");
        tie.GetProperty("relationship").GetString().Should().Be("PARTY_TO");
        tie.GetProperty("source").GetProperty("id").GetString().Should().Be("src:001-20df84f1ae021dc9");
    }

    [Fact]
    public async Task First_cuts_the_list()
    {
        var data = await server.DataAsync("{ gaps(first: 2) { kind entity { id } } }");

        data.GetProperty("gaps").GetArrayLength().Should().Be(2);
    }
}
