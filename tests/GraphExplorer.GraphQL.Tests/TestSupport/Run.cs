using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.TestSupport;

/// <summary>Executes documents in tests and renders the response as compact JSON for whole-response assertions.</summary>
internal static class Run
{
    public static async Task<ExecutionResult> Execute(Schema schema, string query, object? variables = null, object? rootValue = null,
        ExecutionOptions? options = null, object? requestContext = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var request = new ExecutionRequest(Parser.Parse(query))
        {
            Variables = variables switch
            {
                null => null,
                string json => JsonInput.ParseVariables(json),
                IReadOnlyDictionary<string, object?> map => map,
                _ => throw new ArgumentException("variables must be JSON text or a dictionary"),
            },
            RootValue = rootValue,
            RequestContext = requestContext,
            OperationName = operationName,
        };
        return await Executor.ExecuteRequestAsync(schema, request, options, cancellationToken);
    }

    public static async Task<string> Json(Schema schema, string query, object? variables = null, object? rootValue = null,
        ExecutionOptions? options = null, object? requestContext = null, string? operationName = null)
    {
        var result = await Execute(schema, query, variables, rootValue, options, requestContext, operationName);
        return result.ToJson();
    }
}
