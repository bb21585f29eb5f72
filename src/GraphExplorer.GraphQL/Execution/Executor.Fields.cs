using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// ExecuteSelectionSet (spec §6.3) over an already collected field set. Returns the ordered result map, or
    /// <see cref="Propagate"/> when a non-null field failed. Completes synchronously when every resolver does.
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(ExecutionContext context, CollectedFields fields, ObjectType objectType,
        object? objectValue, ResponsePath? path, bool serial)
    {
        var keys = fields.Keys;
        var results = new object?[keys.Count];
        ValueTask<object?>[]? pending = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var execution = ExecuteField(context, objectType, objectValue, fields.Fields[key], new ResponsePath(path, key));
            if (execution.IsCompletedSuccessfully)
            {
                results[i] = execution.Result;
                continue;
            }

            if (serial)
            {
                // ExecuteMutation (spec §6.2.2): each root field completes before the next begins.
                return ExecuteRemainingSerially(context, fields, objectType, objectValue, path, results, i, execution);
            }

            pending ??= new ValueTask<object?>[keys.Count];
            pending[i] = execution;
        }

        return pending is null ? new ValueTask<object?>(BuildResultMap(keys, results)) : AwaitFields(keys, results, pending);
    }

    private static async ValueTask<object?> AwaitFields(List<string> keys, object?[] results, ValueTask<object?>[] pending)
    {
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is var task && !(task == default))
            {
                results[i] = await task.ConfigureAwait(false);
            }
        }

        return BuildResultMap(keys, results);
    }

    private static async ValueTask<object?> ExecuteRemainingSerially(ExecutionContext context, CollectedFields fields, ObjectType objectType,
        object? objectValue, ResponsePath? path, object?[] results, int index, ValueTask<object?> current)
    {
        results[index] = await current.ConfigureAwait(false);
        for (var i = index + 1; i < fields.Keys.Count; i++)
        {
            var key = fields.Keys[i];
            results[i] = await ExecuteField(context, objectType, objectValue, fields.Fields[key], new ResponsePath(path, key)).ConfigureAwait(false);
        }

        return BuildResultMap(fields.Keys, results);
    }

    private static object BuildResultMap(List<string> keys, object?[] results)
    {
        var map = new OrderedDictionary<string, object?>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var value = results[i];
            if (ReferenceEquals(value, Propagate))
            {
                return Propagate;
            }

            if (!ReferenceEquals(value, Undefined))
            {
                map.Add(keys[i], value);
            }
        }

        return map;
    }

    /// <summary>CollectFields (spec §6.3.2) for a selection set, cached per (selection set, object type) for the request.</summary>
    private static CollectedFields CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet)
    {
        lock (context.FieldsCacheGate)
        {
            if (context.FieldsCache.TryGetValue((selectionSet, objectType), out var cached))
            {
                return cached;
            }
        }

        var keys = new List<string>();
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectFields(context, objectType, selectionSet, keys, fields, null);
        var collected = new CollectedFields(keys, fields);
        lock (context.FieldsCacheGate)
        {
            context.FieldsCache[(selectionSet, objectType)] = collected;
        }

        return collected;
    }

    /// <summary>CollectSubfields (spec §6.4.3): the merged selection sets of a field group, cached per group and type.</summary>
    private static CollectedFields CollectSubfields(ExecutionContext context, ObjectType objectType, List<FieldNode> fieldNodes)
    {
        if (fieldNodes.Count == 1)
        {
            return CollectFields(context, objectType, fieldNodes[0].SelectionSet!);
        }

        lock (context.FieldsCacheGate)
        {
            if (context.FieldsCache.TryGetValue((fieldNodes, objectType), out var cached))
            {
                return cached;
            }
        }

        var keys = new List<string>();
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                CollectFields(context, objectType, node.SelectionSet, keys, fields, null);
            }
        }

        var collected = new CollectedFields(keys, fields);
        lock (context.FieldsCacheGate)
        {
            context.FieldsCache[(fieldNodes, objectType)] = collected;
        }

        return collected;
    }

    private static void CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet,
        List<string> keys, Dictionary<string, List<FieldNode>> fields, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, context.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var group))
                    {
                        fields[key] = group = [];
                        keys.Add(key);
                    }

                    group.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(spread.Name.Value) ||
                        !context.Fragments.TryGetValue(spread.Name.Value, out var fragment) ||
                        !DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(context, objectType, fragment.SelectionSet, keys, fields, visitedFragments);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(context, objectType, inline.SelectionSet, keys, fields, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>@skip / @include (spec §3.13.2, §3.13.3): skip wins when both apply.</summary>
    internal static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>DoesFragmentTypeApply (spec §6.3.2).</summary>
    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode typeCondition) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType i => objectType.Interfaces.Contains(i),
            UnionType u => u.Types.Contains(objectType),
            _ => false,
        };

    /// <summary>
    /// ExecuteField (spec §6.4): coerce arguments, resolve, complete. Never throws (except for cancellation): a field
    /// error is recorded and the field becomes null, or <see cref="Propagate"/> for a non-null field.
    /// </summary>
    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType objectType, object? objectValue,
        List<FieldNode> fieldNodes, ResponsePath path)
    {
        var fieldNode = fieldNodes[0];
        var field = IntrospectionTypes.GetField(context.Schema, objectType, fieldNode.Name.Value);
        if (field is null)
        {
            return new ValueTask<object?>(Undefined);
        }

        ValueTask<object?> resolved;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = CachedArgumentValues(context, field, fieldNode);
            resolved = ResolveFieldValue(context, objectType, field, fieldNodes, objectValue, arguments, path);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return new ValueTask<object?>(HandleFieldError(context, e, field.Type, fieldNodes, path));
        }

        if (resolved.IsCompletedSuccessfully && resolved.Result is not Task)
        {
            return CompleteField(context, objectType, field, fieldNodes, resolved.Result, path);
        }

        return AwaitAndCompleteField(context, objectType, field, fieldNodes, resolved, path);
    }

    private static IReadOnlyDictionary<string, object?> CachedArgumentValues(ExecutionContext context, FieldDefinition field, FieldNode fieldNode)
    {
        if (field.Arguments.Count == 0)
        {
            return NoArguments;
        }

        lock (context.FieldsCacheGate)
        {
            if (context.ArgumentsCache.TryGetValue((fieldNode, field), out var cached))
            {
                return cached;
            }
        }

        var arguments = CoerceArgumentValues(field, fieldNode.Arguments, context.Variables);
        lock (context.FieldsCacheGate)
        {
            context.ArgumentsCache[(fieldNode, field)] = arguments;
        }

        return arguments;
    }

    /// <summary>ResolveFieldValue (spec §6.4.2): the bound resolver, or the default one.</summary>
    private static ValueTask<object?> ResolveFieldValue(ExecutionContext context, ObjectType objectType, FieldDefinition field,
        List<FieldNode> fieldNodes, object? objectValue, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        var resolver = field.Resolver;
        if (resolver is null)
        {
            return new ValueTask<object?>(DefaultFieldResolver.Resolve(objectValue, field.Name));
        }

        return resolver(new ResolveContext(context, objectType, field, fieldNodes, objectValue, arguments, path));
    }

    private static async ValueTask<object?> AwaitAndCompleteField(ExecutionContext context, ObjectType objectType, FieldDefinition field,
        List<FieldNode> fieldNodes, ValueTask<object?> resolved, ResponsePath path)
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
            return HandleFieldError(context, e, field.Type, fieldNodes, path);
        }

        return await CompleteField(context, objectType, field, fieldNodes, value, path).ConfigureAwait(false);
    }

    private static ValueTask<object?> CompleteField(ExecutionContext context, ObjectType objectType, FieldDefinition field,
        List<FieldNode> fieldNodes, object? value, ResponsePath path)
    {
        ValueTask<object?> completion;
        try
        {
            completion = CompleteValue(context, field.Type, objectType, field, fieldNodes, value, path);
        }
        catch (Exception e) when (!IsCancellation(context, e))
        {
            return new ValueTask<object?>(HandleFieldError(context, e, field.Type, fieldNodes, path));
        }

        if (completion.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(AbsorbPropagation(completion.Result, field.Type));
        }

        return AwaitCompletion(context, completion, field.Type, fieldNodes, path);
    }

    private static async ValueTask<object?> AwaitCompletion(ExecutionContext context, ValueTask<object?> completion, GraphQLType type,
        List<FieldNode> fieldNodes, ResponsePath path)
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
    private static object? HandleFieldError(ExecutionContext context, Exception exception, GraphQLType type, List<FieldNode> fieldNodes, ResponsePath path)
    {
        context.AddError(GraphQLErrors.FieldError(exception, fieldNodes, path, context.Options));
        return type is NonNullType ? Propagate : null;
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
