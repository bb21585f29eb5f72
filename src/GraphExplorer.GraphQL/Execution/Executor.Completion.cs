using System.Collections;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>Boxed list indices for response paths, so a list item's path costs no boxing.</summary>
    private static readonly object[] BoxedIndices = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    /// <summary>
    /// CompleteValue (spec §6.4.3). Throws for a field error at <paramref name="path"/>; returns <see cref="Propagate"/>
    /// when a non-null position below already failed. <paramref name="path"/> may be null only for a leaf type.
    /// </summary>
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType type, ObjectType parentType, PlannedField field,
        object? result, ResponsePath? path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(context, nonNull.OfType, parentType, field, result, path);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, parentType, field))
                : AwaitNonNull(inner, parentType, field);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result));
            case EnumType enumType:
                return new ValueTask<object?>(SerializeEnum(enumType, result));
            case ListType list:
                return CompleteListValue(context, list, parentType, field, result, path!);
            case ObjectType objectType:
                return ExecuteSelectionSet(context, field.SubfieldsFor(objectType), result, path, serial: false);
            default:
                var runtimeType = ResolveAbstractType(context, (NamedType)type, result, parentType, field, path!);
                return ExecuteSelectionSet(context, field.SubfieldsFor(runtimeType), result, path, serial: false);
        }
    }

    private static object? CheckNonNull(object? value, ObjectType parentType, PlannedField field)
    {
        if (value is null)
        {
            throw GraphQLErrors.NonNullFieldReturnedNull(parentType.Name, field.Definition.Name);
        }

        return value;
    }

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, ObjectType parentType, PlannedField field) =>
        CheckNonNull(await inner.ConfigureAwait(false), parentType, field);

    /// <summary>CompleteValue of a list (spec §6.4.3): each item completed in order into a new list.</summary>
    private static ValueTask<object?> CompleteListValue(ExecutionContext context, ListType listType, ObjectType parentType, PlannedField field,
        object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?>)
        {
            throw GraphQLErrors.ExpectedIterable(parentType.Name, field.Definition.Name);
        }

        IList source;
        if (items is IList list)
        {
            source = list;
        }
        else
        {
            var buffer = new List<object?>();
            foreach (var item in items)
            {
                buffer.Add(item);
            }

            source = buffer;
        }

        var itemType = listType.OfType;
        var itemsAreLeaves = PlannedField.IsLeafType(itemType);
        var completed = new object?[source.Count];
        List<(int Index, ValueTask<object?> Task, ResponsePath Path)>? pending = null;
        for (var index = 0; index < completed.Length; index++)
        {
            var itemPath = itemsAreLeaves ? null : ItemPath(path, index);
            object? value;
            try
            {
                var completion = CompleteValue(context, itemType, parentType, field, source[index], itemPath);
                if (!completion.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((index, completion, itemPath ?? ItemPath(path, index)));
                    continue;
                }

                value = completion.Result;
            }
            catch (Exception e) when (!IsCancellation(context, e))
            {
                value = HandleFieldError(context, e, itemType, field.Nodes, itemPath ?? ItemPath(path, index));
            }

            if (ReferenceEquals(value, Propagate) && itemType is NonNullType)
            {
                return new ValueTask<object?>(Propagate);
            }

            completed[index] = AbsorbPropagation(value, itemType);
        }

        return pending is null
            ? new ValueTask<object?>(completed)
            : AwaitListItems(context, completed, pending, itemType, field);
    }

    private static ResponsePath ItemPath(ResponsePath path, int index) =>
        new(path, index < BoxedIndices.Length ? BoxedIndices[index] : index);

    private static async ValueTask<object?> AwaitListItems(ExecutionContext context, object?[] completed,
        List<(int Index, ValueTask<object?> Task, ResponsePath Path)> pending, GraphQLType itemType, PlannedField field)
    {
        var propagate = false;
        foreach (var (index, task, path) in pending)
        {
            object? value;
            try
            {
                value = await task.ConfigureAwait(false);
            }
            catch (Exception e) when (!IsCancellation(context, e))
            {
                value = HandleFieldError(context, e, itemType, field.Nodes, path);
            }

            if (ReferenceEquals(value, Propagate) && itemType is NonNullType)
            {
                propagate = true;
                continue;
            }

            completed[index] = AbsorbPropagation(value, itemType);
        }

        return propagate ? Propagate : completed;
    }

    private static object SerializeEnum(EnumType type, object value)
    {
        var definition = type.FindByValue(value);
        if (definition is null && value is Enum clrValue)
        {
            var name = clrValue.ToString();
            definition = type.GetValue(name) ?? type.GetValue(SchemaBuilder.ScreamingSnake(name));
        }

        return definition?.Name ?? throw GraphQLErrors.EnumCannotRepresent(type.Name, value);
    }

    /// <summary>
    /// ResolveAbstractType (spec §6.4.3): the type's resolver, else the first possible type whose IsTypeOf accepts the
    /// value, else a <c>__typename</c> entry of a map, else the CLR class name. A name already resolved (and checked) for
    /// this field is looked up in its plan.
    /// </summary>
    private static ObjectType ResolveAbstractType(ExecutionContext context, NamedType abstractType, object value, ObjectType parentType,
        PlannedField field, ResponsePath path)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? typeName;
        if (resolver is not null)
        {
            typeName = resolver(value, new ResolveContext(context, parentType, field.Definition, field.Nodes, value, NoArguments, path));
        }
        else
        {
            var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
            typeName = possibleTypes.FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true)?.Name;
            if (typeName is null && possibleTypes.All(t => t.IsTypeOf is null))
            {
                typeName = value switch
                {
                    IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
                    IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
                    _ => possibleTypes.FirstOrDefault(t => t.Name == value.GetType().Name)?.Name,
                };
            }
        }

        if (typeName is null)
        {
            throw GraphQLErrors.AbstractTypeUnresolved(abstractType.Name, parentType.Name, field.Definition.Name);
        }

        if (field.KnownRuntimeType(typeName) is { } known)
        {
            return known;
        }

        if (context.Schema.GetType(typeName) is not ObjectType runtimeType)
        {
            throw GraphQLErrors.AbstractTypeResolvedToUnknown(abstractType.Name, typeName);
        }

        if (!context.Schema.IsPossibleType(abstractType, runtimeType))
        {
            throw GraphQLErrors.NotPossibleType(runtimeType.Name, abstractType.Name);
        }

        return runtimeType;
    }
}
