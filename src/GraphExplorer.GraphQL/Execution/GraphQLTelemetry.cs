using System.Diagnostics;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The engine's trace spans (OpenTelemetry through <see cref="ActivitySource"/>, free when nobody listens): one per
/// operation, named after OpenTelemetry's GraphQL conventions (<c>{type} {name}</c>, tags
/// <c>graphql.operation.type</c>/<c>.name</c>), and one per data loader batch (<c>graphql.batch {loader}</c>, tag
/// <c>graphql.batch.size</c>), under which the resolvers' database statements nest.
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "GraphExplorer.GraphQL";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartOperation(OperationDefinitionNode? operation)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = operation?.Name?.Value;
        var activity = Source.StartActivity(name is null ? type : $"{type} {name}");
        activity?.SetTag("graphql.operation.type", type);
        activity?.SetTag("graphql.operation.name", name);
        return activity;
    }

    /// <summary>Marks the operation's span failed when the result carries errors, with their codes.</summary>
    internal static void Complete(Activity? activity, ExecutionResult result)
    {
        if (activity is null || result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var codes = string.Join(',', errors.Select(e => e.Code ?? "UNCODED").Distinct());
        activity.SetTag("graphql.error.codes", codes);
        activity.SetStatus(ActivityStatusCode.Error, codes);
    }

    internal static Activity? StartBatch(string loader, int size)
    {
        var activity = Source.StartActivity("graphql.batch " + loader);
        activity?.SetTag("graphql.batch.size", size);
        return activity;
    }
}
