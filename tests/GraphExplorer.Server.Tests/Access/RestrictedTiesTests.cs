using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// Restricted ties over HTTP: a steward (by role) restricts a tie through the <c>link</c> mutation; anonymous readers and
/// signed-in users without a mapped role do not see it, a user whose role maps to <c>restricted</c> does, and the
/// steward reads who saw it in the read audit.
/// </summary>
public sealed class RestrictedTiesTests(RestrictedTiesTestServer server) : IClassFixture<RestrictedTiesTestServer>
{
    private const string Tie = "org:luxprovide|PARTY_TO|agr:lsa-jaxa-2024";

    private const string Link = """
        mutation ($level: String) {
          link(input: { from: "org:luxprovide", to: "agr:lsa-jaxa-2024", type: "PARTY_TO", visibility: $level,
            citation: { source: "src:001-20df84f1ae021dc9", quote: "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo" } }) {
            audit { id }
          }
        }
        """;

    private const string Read = """
        { neighbourhood(id: "agr:lsa-jaxa-2024") { edges { id } }
          entity(id: "agr:lsa-jaxa-2024") { ... on Agreement { parties { party { id } } } } }
        """;

    [Fact]
    public async Task A_restricted_tie_is_hidden_from_readers_without_the_role_and_shown_to_one_with_it()
    {
        var steward = server.Issuer.Issue("steward@example.org", ["steward"]);
        var linked = await PostAsync(Link, steward, new { level = "restricted" });
        linked.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());

        var negotiator = await PostAsync(Read, server.Issuer.Issue("negotiator@example.org", ["negotiator"]));
        EdgeIds(negotiator).Should().Contain(Tie);
        PartyIds(negotiator).Should().Contain("org:luxprovide");
        foreach (var bearer in new[] { null, server.Issuer.Issue("reader@example.org", []), server.Issuer.Issue("desk@example.org", ["desk"]) })
        {
            var reader = await PostAsync(Read, bearer);
            EdgeIds(reader).Should().NotContain(Tie);
            PartyIds(reader).Should().NotContain("org:luxprovide");
        }

        var trail = await ReadAuditAsync(steward, "negotiator@example.org");
        trail.Should().Contain(items => items.Contains($"rel org:luxprovide PARTY_TO agr:lsa-jaxa-2024 (restricted)"));
    }

    [Fact]
    public async Task A_level_that_is_not_configured_is_refused_with_the_levels_named()
    {
        var body = await PostAsync(Link, server.Issuer.Issue("steward@example.org", ["steward"]), new { level = "secret" });

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should()
            .Be("input.visibility: 'secret' is not a visibility level (expected one of public, internal, restricted)");
    }

    [Fact]
    public async Task The_read_audit_is_for_stewards_only()
    {
        var body = await PostAsync("{ restrictedReads { reader } }", server.Issuer.Issue("negotiator@example.org", ["negotiator"]));

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
    }

    /// <summary>The items of the reader's audit entries; an entry is written once its request is done, so this waits a little.</summary>
    private async Task<List<List<string>>> ReadAuditAsync(string steward, string reader)
    {
        for (var attempt = 0; ; attempt++)
        {
            var body = await PostAsync("query ($reader: String) { restrictedReads(reader: $reader) { items } }", steward, new { reader });
            body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
            var entries = body.GetProperty("data").GetProperty("restrictedReads").EnumerateArray()
                .Select(e => e.GetProperty("items").EnumerateArray().Select(i => i.GetString()!).ToList()).ToList();
            if (entries.Count > 0 || attempt == 50)
            {
                return entries;
            }

            await Task.Delay(100);
        }
    }

    private static IEnumerable<string?> EdgeIds(JsonElement body) =>
        body.GetProperty("data").GetProperty("neighbourhood").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString());

    private static IEnumerable<string?> PartyIds(JsonElement body) =>
        body.GetProperty("data").GetProperty("entity").GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("party").GetProperty("id").GetString());

    private async Task<JsonElement> PostAsync(string query, string? bearer, object? variables = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
