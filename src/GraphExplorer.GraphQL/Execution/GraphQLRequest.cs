using System.Text.Json;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>A GraphQL request as received from a client (GraphQL over HTTP: query, operationName, variables).</summary>
public sealed record GraphQLRequest(string Query)
{
    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> (e.g. <c>persistedQuery</c>), for the transport; null when it sent none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the client asked for the operation's estimated cost in the response's <c>extensions</c>.</summary>
    public bool ReportCost { get; init; }

    /// <summary>Reads <c>{"query": ..., "operationName": ..., "variables": {...}}</c>.</summary>
    /// <exception cref="GraphQLException">The JSON is not such an object.</exception>
    public static GraphQLRequest FromJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                throw new GraphQLException("The request must be a JSON object with a string \"query\".", ErrorCodes.BadUserInput);
            }

            return new GraphQLRequest(query.GetString()!)
            {
                OperationName = root.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
                Variables = root.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                    ? (IReadOnlyDictionary<string, object?>?)JsonInput.ToClr(variables)
                    : null,
                Extensions = root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                    ? (IReadOnlyDictionary<string, object?>?)JsonInput.ToClr(extensions)
                    : null,
            };
        }
        catch (JsonException e)
        {
            throw new GraphQLException("The request body is not valid JSON: " + e.Message, ErrorCodes.BadUserInput);
        }
    }
}
