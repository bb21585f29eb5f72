using System.Collections;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Input coercion of spec §3.5–§3.12: literals (graphql-js valueFromAST) and external values such as JSON variables
/// (graphql-js coerceInputValue). Coerced values are plain CLR values: scalars' parse results, enum internal values,
/// <see cref="List{T}"/> for lists and <see cref="Dictionary{TKey,TValue}"/> (only given fields, plus defaults) for
/// input objects. Stateless and thread-safe.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces a literal against <paramref name="type"/> using already coerced <paramref name="variables"/>.
    /// Returns false when the literal is invalid or references a missing variable where a value is required.
    /// </summary>
    public static bool TryCoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return node is not NullValueNode && TryCoerceLiteral(node, nonNull.OfType, variables, out value);
            case var _ when node is NullValueNode:
                return true;
            case ListType list:
                return TryCoerceList(node, list, variables, out value);
            case InputObjectType input:
                return TryCoerceObject(node, input, variables, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumValue && enumType.GetValue(enumValue.Value) is { } definition)
                {
                    value = definition.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node);
                    return true;
                }
#pragma warning disable CA1031 // Any failure of a custom scalar means "invalid literal".
                catch (Exception)
#pragma warning restore CA1031
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode listValue)
        {
            // Input coercion of a single item to a list of one (spec §3.11).
            if (!TryCoerceLiteral(node, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listValue.Values.Count);
        foreach (var item in listValue.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
                continue;
            }

            // Spec §3.11 table: inside a list literal, an item of a list item type must itself be a list
            // ([1, 2, 3] is not a valid [[Int]]); only a value outside any list is wrapped.
            if (list.OfType.Nullable is ListType && item is not (ListValueNode or NullValueNode or VariableNode))
            {
                return false;
            }

            if (!TryCoerceLiteral(item, list.OfType, variables, out var coerced))
            {
                return false;
            }

            items.Add(coerced);
        }

        value = items;
        return true;
    }

    private static bool TryCoerceObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        foreach (var field in obj.Fields)
        {
            if (type.GetField(field.Name.Value) is null)
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = CoercedDefault(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerceLiteral(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>The coerced default value of an argument or input field (cached; defaults are constant).</summary>
    public static object? CoercedDefault(InputValueDefinition definition)
    {
        if (definition.DefaultValue is null)
        {
            return null;
        }

        if (!definition.DefaultCoerced)
        {
            definition.CoercedDefaultValue = TryCoerceLiteral(definition.DefaultValue, definition.Type, null, out var value)
                ? value
                : CustomScalar.ValueFromAstUntyped(definition.DefaultValue);
            definition.DefaultCoerced = true;
        }

        return definition.CoercedDefaultValue;
    }

    /// <summary>
    /// Coerces an external value (e.g. a JSON variable, spec §6.1.2) to <paramref name="type"/>, reporting each problem
    /// with its path inside the value and graphql-js's message; returns the coerced value (meaningless if errors were reported).
    /// </summary>
    public static object? CoerceValue(object? input, GraphQLType type, Action<IReadOnlyList<object>, object?, string> onError) =>
        CoerceValue(input, type, onError, []);

    private static object? CoerceValue(object? input, GraphQLType type, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null)
            {
                return CoerceValue(input, nonNull.OfType, onError, path);
            }

            onError(path.ToArray(), input, GraphQLErrors.NonNullNullMessage(type));
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (input is IEnumerable enumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in enumerable)
                    {
                        path.Add(index++);
                        if (list.OfType.Nullable is ListType && item is not null && (item is string || item is IDictionary || item is IReadOnlyDictionary<string, object?> || item is not IEnumerable))
                        {
                            // As for literals (spec §3.11 table): a nested list's items must be lists.
                            onError(path.ToArray(), item, $"Expected type \"{list.OfType}\" to be a list.");
                        }
                        else
                        {
                            items.Add(CoerceValue(item, list.OfType, onError, path));
                        }

                        path.RemoveAt(path.Count - 1);
                    }

                    return items;
                }

                return new List<object?> { CoerceValue(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, onError, path);

            case EnumType enumType:
                if (input is not string name)
                {
                    onError(path.ToArray(), input, $"Enum \"{enumType.Name}\" cannot represent non-string value: {Inspect(input)}.");
                    return null;
                }

                if (enumType.GetValue(name) is { } enumValue)
                {
                    return enumValue.Value;
                }

                onError(path.ToArray(), input, $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum.");
                return null;

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(input);
                }
                catch (ScalarCoercionException e)
                {
                    onError(path.ToArray(), input, e.Message);
                    return null;
                }
#pragma warning disable CA1031 // A custom scalar may throw anything; it is reported as a coercion error.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    onError(path.ToArray(), input, GraphQLErrors.ScalarErrorMessage(scalar.Name, e.Message, Inspect(input)));
                    return null;
                }

            default:
                onError(path.ToArray(), input, $"Expected type \"{type}\".");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object input, InputObjectType type, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        var fields = AsObject(input);
        if (fields is null)
        {
            onError(path.ToArray(), input, GraphQLErrors.NotAnObjectMessage(type.Name, Inspect(input)));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = CoercedDefault(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), input, GraphQLErrors.MissingInputFieldMessage(type.Name, field.Name, Inspect(input)));
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceValue(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys)
        {
            if (type.GetField(key) is null)
            {
                var suggestions = Validation.Suggestions.List(key, type.Fields.Select(f => f.Name));
                onError(path.ToArray(), input, GraphQLErrors.UnknownInputFieldMessage(type.Name, key, suggestions, Inspect(input)));
            }
        }

        if (type.IsOneOf)
        {
            var known = fields.Where(f => type.GetField(f.Key) is not null).ToList();
            if (known.Count != 1)
            {
                onError(path.ToArray(), input, GraphQLErrors.OneOfMessage(type.Name));
            }
            else if (known[0].Value is null)
            {
                onError([.. path, known[0].Key], input, GraphQLErrors.OneOfMessage(type.Name));
            }
        }

        return result;
    }

    /// <summary>Reads a CLR object as a string-keyed map (dictionaries only).</summary>
    internal static IReadOnlyDictionary<string, object?>? AsObject(object input) => input switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => new Dictionary<string, object?>(map, StringComparer.Ordinal),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k], StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>graphql-js inspect() for values in error messages: nesting deeper than two levels is elided as
    /// <c>[Object]</c> / <c>[Array]</c>, and lists show at most ten items.</summary>
    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        const int MaxDepth = 2;
        const int MaxItems = 10;
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Printer.PrintString(s);
            case bool b:
                return b ? "true" : "false";
            case IFormattable f:
                return f.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
            case IDictionary or IReadOnlyDictionary<string, object?>:
                var map = AsObject(value)!;
                return map.Count == 0 ? "{}"
                    : depth >= MaxDepth ? "[Object]"
                    : "{ " + string.Join(", ", map.Select(kv => kv.Key + ": " + Inspect(kv.Value, depth + 1))) + " }";
            case IEnumerable e:
                var items = e.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    return "[]";
                }

                if (depth >= MaxDepth)
                {
                    return "[Array]";
                }

                var shown = items.Take(MaxItems).Select(i => Inspect(i, depth + 1)).ToList();
                var rest = items.Count - MaxItems;
                if (rest > 0)
                {
                    shown.Add(rest == 1 ? "... 1 more item" : $"... {rest} more items");
                }

                return "[" + string.Join(", ", shown) + "]";
            default:
                return value.ToString() ?? "";
        }
    }
}
