using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// ExecuteSelectionSet (spec §6.3) over a planned grouped field set (CollectFields, spec §6.3.2, done by the plan).
    /// Returns the ordered result map, or <see cref="Propagate"/> when a non-null field failed. Completes synchronously
    /// when every resolver does: no task or state machine is created for a field whose resolver returns a completed value.
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(ExecutionContext context, SelectionSetPlan plan, object? objectValue, ResponsePath? path,
        bool serial)
    {
        var fields = plan.Fields;
        var results = new object?[fields.Length];
        ValueTask<object?>[]? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var execution = ExecuteField(context, plan.Type, fields[i], objectValue, path);
            if (execution.IsCompletedSuccessfully)
            {
                results[i] = execution.Result;
                continue;
            }

            if (serial)
            {
                // ExecuteMutation (spec §6.2.2): each root field completes before the next begins.
                return ExecuteRemainingSerially(context, plan, objectValue, path, results, i, execution);
            }

            pending ??= new ValueTask<object?>[fields.Length];
            pending[i] = execution;
        }

        return pending is null ? new ValueTask<object?>(BuildResultMap(plan.Shape, results)) : AwaitFields(plan.Shape, results, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultShape shape, object?[] results, ValueTask<object?>[] pending)
    {
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is var task && !(task == default))
            {
                results[i] = await task.ConfigureAwait(false);
            }
        }

        return BuildResultMap(shape, results);
    }

    private static async ValueTask<object?> ExecuteRemainingSerially(ExecutionContext context, SelectionSetPlan plan, object? objectValue,
        ResponsePath? path, object?[] results, int index, ValueTask<object?> current)
    {
        results[index] = await current.ConfigureAwait(false);
        for (var i = index + 1; i < plan.Fields.Length; i++)
        {
            results[i] = await ExecuteField(context, plan.Type, plan.Fields[i], objectValue, path).ConfigureAwait(false);
        }

        return BuildResultMap(plan.Shape, results);
    }

    private static object BuildResultMap(ResultShape shape, object?[] results)
    {
        foreach (var value in results)
        {
            if (ReferenceEquals(value, Propagate))
            {
                return Propagate;
            }
        }

        return new ResultMap(shape, results);
    }

    /// <summary>
    /// ExecuteField (spec §6.4): coerce arguments, resolve, complete. Never throws (except for cancellation): a field
    /// error is recorded and the field becomes null, or <see cref="Propagate"/> for a non-null field. The field's
    /// response path is only built when something needs it (a resolver, a sub-selection, a list, an error).
    /// </summary>
    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType objectType, PlannedField field, object? objectValue,
        ResponsePath? parentPath)
    {
        var definition = field.Definition;
        ResponsePath? path = field.IsLeaf ? null : new ResponsePath(parentPath, field.ResponseKey);
        ValueTask<object?> resolved;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = field.ArgumentValues(context);

            // ResolveFieldValue (spec §6.4.2): the bound resolver, or the default one.
            if (definition.Resolver is { } resolver)
            {
                resolved = resolver(new ResolveContext(context, objectType, definition, field.Nodes, objectValue, arguments, parentPath, field.ResponseKey));
            }
            else
            {
                resolved = new ValueTask<object?>(field.ResolveDefault(objectValue));
            }
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return new ValueTask<object?>(HandleFieldError(context, e, definition.Type, field.Nodes, path ?? new ResponsePath(parentPath, field.ResponseKey)));
        }

        if (resolved.IsCompletedSuccessfully && resolved.Result is not Task)
        {
            return CompleteField(context, objectType, field, resolved.Result, parentPath, path);
        }

        return AwaitAndCompleteField(context, objectType, field, resolved, parentPath, path);
    }

    private static async ValueTask<object?> AwaitAndCompleteField(ExecutionContext context, ObjectType objectType, PlannedField field,
        ValueTask<object?> resolved, ResponsePath? parentPath, ResponsePath? path)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
            if (value is Task task)
            {
                // A synchronous resolver that returned a task: use the task's result.
                await task.ConfigureAwait(false);
                value = TaskResults.GetResult(task);
            }
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return HandleFieldError(context, e, field.Definition.Type, field.Nodes, path ?? new ResponsePath(parentPath, field.ResponseKey));
        }

        return await CompleteField(context, objectType, field, value, parentPath, path).ConfigureAwait(false);
    }

    private static ValueTask<object?> CompleteField(ExecutionContext context, ObjectType objectType, PlannedField field, object? value,
        ResponsePath? parentPath, ResponsePath? path)
    {
        var type = field.Definition.Type;
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValue(context, type, objectType, field, value, path);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return new ValueTask<object?>(HandleFieldError(context, e, type, field.Nodes, path ?? new ResponsePath(parentPath, field.ResponseKey)));
        }

        if (completion.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(AbsorbPropagation(completion.Result, type));
        }

        return AwaitCompletion(context, completion, type, field.Nodes, path ?? new ResponsePath(parentPath, field.ResponseKey));
    }

    private static async ValueTask<object?> AwaitCompletion(ExecutionContext context, ValueTask<object?> completion, GraphQLType type,
        List<Language.FieldNode> fieldNodes, ResponsePath path)
    {
        try
        {
            return AbsorbPropagation(await completion.ConfigureAwait(false), type);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return HandleFieldError(context, e, type, fieldNodes, path);
        }
    }

    /// <summary>A nullable position turns a propagated null into null; a non-null one passes it up (spec §6.4.4).</summary>
    private static object? AbsorbPropagation(object? value, GraphQLType type) =>
        ReferenceEquals(value, Propagate) && type is not NonNullType ? null : value;

    /// <summary>Handling Field Errors (spec §6.4.4): record, then null (nullable) or propagate (non-null).</summary>
    private static object? HandleFieldError(ExecutionContext context, Exception exception, GraphQLType type, List<Language.FieldNode> fieldNodes,
        ResponsePath path)
    {
        context.AddError(GraphQLErrors.FieldError(exception, fieldNodes, path, context.Options));
        return type is NonNullType ? Propagate : null;
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
