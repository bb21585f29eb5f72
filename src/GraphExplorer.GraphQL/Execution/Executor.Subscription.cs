using System.Runtime.CompilerServices;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// Subscribe (spec §6.2.3): checks the operation as ExecuteRequest does (operation, variables, cost), creates the
    /// source event stream of its one root field, and maps it to a response stream in which every event is executed
    /// like a query with the event as root value (ExecuteSubscriptionEvent), each under <see cref="ExecutionOptions.Timeout"/>.
    /// The document must be validated (a subscription selects one root field, spec §5.2.3.1).
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller's <paramref name="cancellationToken"/> was cancelled while subscribing.</exception>
    public static async Task<SubscriptionResult> SubscribeAsync(Types.Schema schema, ExecutionRequest request, ExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ExecutionOptions.Default;
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(operationError!));
        }

        if (operation.Operation != OperationType.Subscription || schema.SubscriptionType is not { } subscriptionType)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(GraphQLErrors.NotASubscription(operation, schema.SubscriptionType is not null)));
        }

        var coercedVariables = CoerceVariableValues(schema, operation, request.Variables, out var variableErrors);
        if (variableErrors.Count > 0)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(variableErrors));
        }

        if (options.MaxCost is { } maxCost)
        {
            // The cost of one event's execution: every event runs the whole selection set again.
            var cost = CostAnalysis.Estimate(schema, request.Document, operation, coercedVariables, options.DefaultListSize);
            if (cost.Total > maxCost)
            {
                return SubscriptionResult.Failed(ExecutionResult.RequestError(GraphQLErrors.CostExceeded(operation, cost, maxCost)));
            }
        }

        var (stream, error) = await CreateSourceEventStream(schema, request, options, operation, subscriptionType, coercedVariables, cancellationToken)
            .ConfigureAwait(false);
        return error is not null
            ? SubscriptionResult.Failed(ExecutionResult.RequestError(error))
            : SubscriptionResult.Started(MapSourceToResponseEvent(schema, request, options, operation, coercedVariables, stream!, cancellationToken));
    }

    /// <summary>CreateSourceEventStream (spec §6.2.3.1): the root field's arguments, then its source stream resolver.</summary>
    private static async Task<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStream(Types.Schema schema,
        ExecutionRequest request, ExecutionOptions options, OperationDefinitionNode operation, Types.ObjectType subscriptionType,
        IReadOnlyDictionary<string, object?> coercedVariables, CancellationToken cancellationToken)
    {
        var plan = OperationPlan.For(schema, request.Document, operation, coercedVariables);
        var root = plan.Root(subscriptionType);
        if (root.Fields.Length == 0)
        {
            // Every root field was skipped (@skip/@include are refused on subscription root fields by validation).
            return (null, GraphQLErrors.NoSubscriptionField(operation));
        }

        var field = root.Fields[0];
        var path = new ResponsePath(null, field.ResponseKey);
        if (field.Definition.SourceStream is not { } subscribe)
        {
            return (null, GraphQLErrors.NoSourceStream(subscriptionType.Name, field.Definition.Name, field.Nodes, path));
        }

        var context = new ExecutionContext(plan, coercedVariables, request.RequestContext, options, cancellationToken);
        try
        {
            var arguments = field.ArgumentValues(context);
            var stream = await subscribe(new ResolveContext(context, subscriptionType, field.Definition, field.Nodes, request.RootValue, arguments, null,
                field.ResponseKey)).ConfigureAwait(false);
            return (stream, null);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return (null, GraphQLErrors.FieldError(e, field.Nodes, path, options));
        }
        finally
        {
            if (context.HasServices)
            {
                await context.Services.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>MapSourceToResponseEvent (spec §6.2.3.2): each source event executed by ExecuteSubscriptionEvent.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(Types.Schema schema, ExecutionRequest request,
        ExecutionOptions options, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> coercedVariables,
        IAsyncEnumerable<object?> sourceStream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in sourceStream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // ExecuteSubscriptionEvent (spec §6.2.3.2): the selection set, executed normally with the event as root value.
            yield return await ExecuteOperationRequestAsync(schema, request with { RootValue = sourceEvent }, options, operation, coercedVariables,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
