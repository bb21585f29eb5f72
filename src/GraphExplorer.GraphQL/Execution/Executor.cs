using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Executes a validated document against a schema, following spec §6 step by step (method names are the spec's
/// algorithm names). Queries run their fields concurrently (asynchronously, on the caller's flow), mutations serially.
/// Stateless; all per-request state is in <see cref="ExecutionContext"/>.
/// </summary>
public static partial class Executor
{
    /// <summary>Marks a position that must become null because a non-null error below it was already recorded.</summary>
    private static readonly object Propagate = new();

    internal static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>ExecuteRequest (spec §6.1).</summary>
    /// <exception cref="OperationCanceledException">The caller's <paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ExecutionResult> ExecuteRequestAsync(Schema schema, ExecutionRequest request, ExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= ExecutionOptions.Default;
        var operation = GetOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(operationError!);
        }

        var coercedVariables = CoerceVariableValues(schema, operation, request.Variables, out var variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(variableErrors);
        }

        OperationCost? cost = null;
        if (options.MaxCost is not null || request.ReportCost)
        {
            cost = CostAnalysis.Estimate(schema, request.Document, operation, coercedVariables, options.DefaultListSize);
            if (cost.Total > options.MaxCost)
            {
                return ExecutionResult.RequestError(GraphQLErrors.CostExceeded(operation, cost, options.MaxCost.Value));
            }
        }

        var result = await ExecuteOperationRequestAsync(schema, request, options, operation, coercedVariables, cancellationToken).ConfigureAwait(false);
        return request.ReportCost ? result.WithExtension("cost", CostReport(cost!, options.MaxCost)) : result;
    }

    private static Dictionary<string, object?> CostReport(OperationCost cost, int? maxCost) =>
        new() { ["estimated"] = cost.Total, ["maximum"] = maxCost };

    private static async Task<ExecutionResult> ExecuteOperationRequestAsync(Schema schema, ExecutionRequest request, ExecutionOptions options,
        OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> coercedVariables, CancellationToken cancellationToken)
    {
        var plan = OperationPlan.For(schema, request.Document, operation, coercedVariables);
        using var timeout = options.Timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(options.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        var context = new ExecutionContext(plan, coercedVariables, request.RequestContext, options, token);
        try
        {
            // Resolver continuations must not be posted to a caller's synchronization context: batching relies on
            // data loader completions running the next level inline.
            var data = SynchronizationContext.Current is null
                ? await ExecuteOperation(context, request.RootValue).ConfigureAwait(false)
                : await Task.Run(() => ExecuteOperation(context, request.RootValue), token).ConfigureAwait(false);
            return data is GraphQLError rootError
                ? ExecutionResult.RequestError(rootError)
                : new ExecutionResult(true, data as IReadOnlyDictionary<string, object?>, context.Errors);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && token.IsCancellationRequested)
        {
            var errors = context.Errors.Append(GraphQLErrors.ExecutionTimedOut(options.Timeout!.Value)).ToList();
            return new ExecutionResult(true, null, errors);
        }
        finally
        {
            if (context.HasServices)
            {
                await context.Services.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>GetOperation (spec §6.1).</summary>
    internal static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            error = GraphQLErrors.UnknownOperation(operationName);
            return null;
        }

        if (count > 1)
        {
            error = GraphQLErrors.OperationNameRequired();
            return null;
        }

        if (found is null)
        {
            error = GraphQLErrors.NoOperation();
        }

        return found;
    }

    /// <summary>ExecuteQuery / ExecuteMutation / (single-result) subscription execution (spec §6.2).</summary>
    private static async Task<object?> ExecuteOperation(ExecutionContext context, object? rootValue)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return GraphQLErrors.OperationNotSupported(operation);
        }

        var execution = ExecuteSelectionSet(context, context.Plan.Root(rootType), rootValue, null, serial: operation.Operation == OperationType.Mutation);
        var result = execution.IsCompleted ? execution.Result : await PumpDataLoaders(context, execution.AsTask()).ConfigureAwait(false);
        return ReferenceEquals(result, Propagate) ? null : result;
    }

    /// <summary>Runs the execution, dispatching pending data loader batches whenever it waits on them.</summary>
    private static async Task<object?> PumpDataLoaders(ExecutionContext context, Task<object?> execution)
    {
        var scheduler = context.Services.Scheduler;
        Task? cancelled = null;
        while (!execution.IsCompleted)
        {
            if (scheduler.HasPending)
            {
                // Keys may still be arriving from resolvers that continue on other threads (e.g. after their own
                // awaits): let them settle for a few scheduling turns so they share the batch.
                for (var turn = 0; turn < 8; turn++)
                {
                    var version = scheduler.Version;
                    await Task.Yield();
                    if (scheduler.Version == version)
                    {
                        break;
                    }
                }

                await scheduler.DispatchAsync(context.CancellationToken).ConfigureAwait(false);
                continue;
            }

            cancelled ??= context.CancellationToken.CanBeCanceled ? Task.Delay(Timeout.Infinite, context.CancellationToken) : null;
            var wake = cancelled is null
                ? Task.WhenAny(execution, scheduler.WaitForWorkAsync())
                : Task.WhenAny(execution, scheduler.WaitForWorkAsync(), cancelled);
            await wake.ConfigureAwait(false);
            context.CancellationToken.ThrowIfCancellationRequested();
        }

        return await execution.ConfigureAwait(false);
    }
}
