using System.Collections;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// CompleteValue (spec §6.4.3). Throws for a field error at <paramref name="path"/>; returns <see cref="Propagate"/>
    /// when a non-null position below already failed.
    /// </summary>
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType type, ObjectType parentType, FieldDefinition field,
        List<FieldNode> fieldNodes, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(context, nonNull.OfType, parentType, field, fieldNodes, result, path);
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
            case ListType list:
                return CompleteListValue(context, list, parentType, field, fieldNodes, result, path);
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result));
            case EnumType enumType:
                return new ValueTask<object?>(SerializeEnum(enumType, result));
            case ObjectType objectType:
                return ExecuteSelectionSet(context, CollectSubfields(context, objectType, fieldNodes), objectType, result, path, serial: false);
            default:
                var runtimeType = ResolveAbstractType(context, (NamedType)type, result, parentType, field, fieldNodes, path);
                return ExecuteSelectionSet(context, CollectSubfields(context, runtimeType, fieldNodes), runtimeType, result, path, serial: false);
        }
    }

    private static object? CheckNonNull(object? value, ObjectType parentType, FieldDefinition field)
    {
        if (value is null)
        {
            throw GraphQLErrors.NonNullFieldReturnedNull(parentType.Name, field.Name);
        }

        return value;
    }

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, ObjectType parentType, FieldDefinition field) =>
        CheckNonNull(await inner.ConfigureAwait(false), parentType, field);

    private static ValueTask<object?> CompleteListValue(ExecutionContext context, ListType listType, ObjectType parentType, FieldDefinition field,
        List<FieldNode> fieldNodes, object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?>)
        {
            throw GraphQLErrors.ExpectedIterable(parentType.Name, field.Name);
        }

        var itemType = listType.OfType;
        var completed = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, ValueTask<object?> Task, ResponsePath Path)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index);
            object? value;
            try
            {
                var completion = CompleteValue(context, itemType, parentType, field, fieldNodes, item, itemPath);
                if (!completion.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((index, completion, itemPath));
                    completed.Add(null);
                    index++;
                    continue;
                }

                value = completion.Result;
            }
            catch (Exception e) when (!IsCancellation(context, e))
            {
                value = HandleFieldError(context, e, itemType, fieldNodes, itemPath);
            }

            if (ReferenceEquals(value, Propagate) && itemType is NonNullType)
            {
                return new ValueTask<object?>(Propagate);
            }

            completed.Add(AbsorbPropagation(value, itemType));
            index++;
        }

        return pending is null
            ? new ValueTask<object?>(completed)
            : AwaitListItems(context, completed, pending, itemType, fieldNodes);
    }

    private static async ValueTask<object?> AwaitListItems(ExecutionContext context, List<object?> completed,
        List<(int Index, ValueTask<object?> Task, ResponsePath Path)> pending, GraphQLType itemType, List<FieldNode> fieldNodes)
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
                value = HandleFieldError(context, e, itemType, fieldNodes, path);
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
    /// value, else a <c>__typename</c> entry of a map, else the CLR class name.
    /// </summary>
    private static ObjectType ResolveAbstractType(ExecutionContext context, NamedType abstractType, object value, ObjectType parentType,
        FieldDefinition field, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        string? typeName;
        if (resolver is not null)
        {
            typeName = resolver(value, new ResolveContext(context, parentType, field, fieldNodes, value, NoArguments, path));
        }
        else
        {
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
            throw GraphQLErrors.AbstractTypeUnresolved(abstractType.Name, parentType.Name, field.Name);
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
