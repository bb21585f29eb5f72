using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// How a subscription starts, whichever transport carries it (graphql-ws over WebSocket, graphql-sse over HTTP): the
/// persisted-document rules first (a hash-only request gets its stored document; trusted-documents mode refuses an
/// unregistered operation), then the engine's Subscribe with the validation, depth and cost limits of queries. A query
/// or mutation is refused by Subscribe itself: those go over plain HTTP, where the costly-request slots apply.
/// </summary>
internal static class SubscriptionStart
{
    public static async Task<SubscriptionResult> StartAsync(HttpContext http, GraphQLEngine engine, GraphQLRequest request, object? context,
        CancellationToken cancellationToken)
    {
        var (resolved, refusal) = http.RequestServices.GetRequiredService<PersistedDocuments>().Resolve(request);
        if (refusal is not null)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(refusal));
        }

        var prepared = engine.Prepare(resolved!.Query);
        return await engine.SubscribeAsync(prepared, resolved, context, cancellationToken);
    }
}
