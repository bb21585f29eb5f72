using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>The web client's requests, as <c>explorer-api.ts</c> sends them, and a steward's change (a mutation with a
/// key); a GraphQL error or a failed status throws.</summary>
internal sealed class ExplorerClient(HttpClient http, string root)
{
    private readonly string search = ClientQueries.Read(root, "SEARCH_QUERY");
    private readonly string neighbourhood = ClientQueries.Read(root, "NEIGHBOURHOOD_QUERY");

    public Task<JsonNode> SearchAsync(string text) =>
        PostAsync("Search", search, new Dictionary<string, object?> { ["text"] = text, ["first"] = 20 });

    public Task<JsonNode> NeighbourhoodAsync(NeighbourhoodCase n) =>
        PostAsync("Neighbourhood", neighbourhood, new Dictionary<string, object?> { ["id"] = n.Id, ["depth"] = n.Depth, ["filter"] = null, ["limit"] = n.Limit });

    /// <summary>
    /// An analyst's list (issue #18): the generated filters (a kind among several, a date at its precision, a
    /// relationship quantifier), a two-key sort, the first page with its cursor, and the aggregate and grouped counts of
    /// the whole filtered list.
    /// </summary>
    public Task<JsonNode> AnalystListAsync() => PostAsync("AnalystAgreements", AnalystListDocument, []);

    /// <summary>The analyst's list (issue #18): also run in process by <see cref="QueryProfile"/>.</summary>
    internal const string AnalystListDocument = """
        query AnalystAgreements {
          agreements(first: 20,
                     where: { kind: { in: [MOU, COOPERATION_AGREEMENT] }, signed: { gte: "2020-01-01" }, sectors: { some: { id: { in: ["sector:g01", "sector:g02", "sector:g03"] } } } },
                     orderBy: [{ field: SIGNED_DATE, direction: DESC }, { field: TITLE }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id title signed { iso } }
            aggregate { count signed { earliest { iso } latest { iso } } groups(by: [KIND, SIGNED_YEAR], first: 20) { key count } }
          }
        }
        """;

    /// <summary>A steward renames an organisation (creating it the first time): a patch, audited, in one transaction.</summary>
    public Task<JsonNode> UpsertOrganizationAsync(string id, string name, StewardCitation citation, string stewardKey) =>
        PostAsync("Upsert", UpsertDocument, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = name,
                ["kind"] = "COMPANY",
                ["citation"] = new Dictionary<string, object?> { ["source"] = citation.Source, ["quote"] = citation.Quote },
            },
        }, stewardKey);

    /// <summary>
    /// The server's managed heap after its last garbage collection (the sum over generations of
    /// <c>dotnet_gc_last_collection_heap_size_bytes</c> at <c>/metrics</c>), or null when no scrape answers.
    /// </summary>
    public async Task<long?> ManagedHeapBytesAsync()
    {
        using var response = await http.GetAsync("metrics");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n')
            .Where(line => line.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal)).ToList();
        return lines.Count == 0 ? null : lines.Sum(line => (long)double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture));
    }

    private const string UpsertDocument = "mutation Upsert($input: OrganizationInput!) { upsertOrganization(input: $input) { entity { id name } } }";

    private async Task<JsonNode> PostAsync(string operation, string document, Dictionary<string, object?> variables, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query = document, operationName = operation, variables }),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body) ?? throw new InvalidOperationException($"{operation}: empty response");
        if (!response.IsSuccessStatusCode || json["errors"] is JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException($"{operation} {JsonSerializer.Serialize(variables)}: HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }

        return json["data"]!;
    }
}
