using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// The cost limit (<c>GraphQL:MaxCost</c>, 100,000 by default) against the explorer's real schema: the hostile shapes
/// of issue #11 — hundreds of aliased deep neighbourhoods (40.7 MB from a 34 KB request), connections inside
/// connections, many long paths — are refused before anything runs, with the cost, the limit and where; the client's
/// own requests pass, and a client can ask what a request costs.
/// </summary>
public sealed class CostLimitTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private static string Aliased(int count, string field) =>
        "{\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  a{i}: {field}\n")) + "}";

    public static TheoryData<string, string> HostileShapes => new()
    {
        {
            "300 aliased neighbourhoods of depth 4 and 2,000 nodes",
            Aliased(300, """neighbourhood(id: "org:jaxa", depth: 4, limit: 2000) { nodes { id label } edges { source target } }""")
        },
        {
            "connections inside connections",
            """{ organizations(first: 500) { nodes { agreements(first: 100) { nodes { parties { party { ... on Organization { agreements(first: 100) { nodes { id title } } } } } } } } } }"""
        },
        {
            "sixty aliased searches for long paths",
            Aliased(60, """connections(from: "org:jaxa", to: "org:luxprovide", maxLength: 8, first: 20) { paths { nodes { id label } edges { id citations { quote } } } }""")
        },
        {
            "the events and facts of every organisation of a long list",
            """{ organizations(first: 500) { nodes { events(first: 100) { nodes { facts(first: 100) { nodes { id } } } } } } }"""
        },
    };

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public async Task A_hostile_shape_is_refused_before_it_runs_naming_its_cost_the_limit_and_where(string shape, string query)
    {
        var queriesBefore = server.Database.Queries;
        var watch = Stopwatch.StartNew();

        var (status, body) = await PostAsync(query);

        status.Should().Be(HttpStatusCode.BadRequest, shape);
        var error = body.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("MAX_COST_EXCEEDED");
        var cost = error.GetProperty("extensions").GetProperty("cost").GetInt64();
        cost.Should().BeGreaterThan(100_000);
        error.GetProperty("message").GetString().Should().Contain($"estimated cost of {cost}").And.Contain("maximum allowed cost of 100000")
            .And.MatchRegex(@"costliest field is ""[^""]+"" at \d+:\d+");
        error.GetProperty("locations")[0].GetProperty("line").GetInt32().Should().BeGreaterThan(0);
        body.TryGetProperty("data", out _).Should().BeFalse("nothing ran");
        server.Database.Queries.Should().Be(queriesBefore, "no resolver ran");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_limit_reads_the_request_variables_so_a_variable_cannot_hide_a_large_limit()
    {
        const string query = """
            query Wide($limit: Int) {
              a: neighbourhood(id: "org:jaxa", depth: 4, limit: $limit) { nodes { id label names { en fr ja } } edges { source target citations { quote } } }
              b: neighbourhood(id: "org:jaxa", depth: 4, limit: $limit) { nodes { id label names { en fr ja } } edges { source target citations { quote } } }
              c: neighbourhood(id: "org:jaxa", depth: 4, limit: $limit) { nodes { id label names { en fr ja } } edges { source target citations { quote } } }
            }
            """;

        var (refused, refusal) = await PostAsync(query, new { limit = 2000 });
        var (answered, answer) = await PostAsync(query, new { limit = 20 });

        refused.Should().Be(HttpStatusCode.BadRequest);
        refusal.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("MAX_COST_EXCEEDED");
        answered.Should().Be(HttpStatusCode.OK, answer.ToString());
        answer.GetProperty("data").GetProperty("a").GetProperty("nodes").GetArrayLength().Should().BeInRange(1, 20);
    }

    [Fact]
    public async Task The_estimate_is_reported_in_the_extensions_when_asked()
    {
        const string query = """{ neighbourhood(id: "org:jaxa", depth: 1, limit: 100) { truncated nodes { id } edges { id } } }""";

        var (_, asked) = await PostAsync(query, reportCost: true);
        var (_, notAsked) = await PostAsync(query);

        // neighbourhood 50 + truncated 1 + nodes (1 + 100 × 1) + edges (1 + 100 × 1) = 253.
        asked.GetProperty("extensions").GetProperty("cost").GetProperty("estimated").GetInt64().Should().Be(253);
        asked.GetProperty("extensions").GetProperty("cost").GetProperty("maximum").GetInt64().Should().Be(100_000);
        asked.GetProperty("data").GetProperty("neighbourhood").GetProperty("nodes").GetArrayLength().Should().BeGreaterThan(1);
        notAsked.TryGetProperty("extensions", out _).Should().BeFalse();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, object? variables = null, bool reportCost = false)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (reportCost)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
