using System.Text.Json;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>Runs GraphQL documents against the explorer's schema over a database of the test backend, in process.</summary>
internal sealed class ApiQuery(IGraphDatabase database)
{
    private readonly GraphQLEngine engine = new(ExplorerSchema.Create(database, new StewardKeyVerifier([]), _ => null));

    /// <summary>The response as JSON (data and errors).</summary>
    public async Task<JsonElement> PostAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await engine.ExecuteAsync(new GraphQLRequest(query) { Variables = variables });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>The cost the engine estimates for a document before running it (see CostAnalysis).</summary>
    public long? Cost(string query) => engine.EstimateCost(engine.Prepare(query), new GraphQLRequest(query));

    /// <summary>The data of a response that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await PostAsync(query, variables);
        response.TryGetProperty("errors", out var errors).Should().BeFalse("the query should succeed, but: {0}", errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The codes of a response's errors.</summary>
    public async Task<IReadOnlyList<string>> ErrorCodesAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await PostAsync(query, variables);
        return response.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString()! : "")]
            : [];
    }

    /// <summary>The ids of <c>nodes</c> of the connection at <paramref name="field"/> of a successful response.</summary>
    public async Task<IReadOnlyList<string>> IdsAsync(string field, string arguments)
    {
        var data = await DataAsync($"{{ {field}({arguments}, first: 500) {{ nodes {{ id }} }} }}");
        return [.. data.GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }
}
