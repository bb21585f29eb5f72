using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js defaultFieldResolver): a dictionary entry, a JSON property, or a
/// public property/field of the source whose name matches case-insensitively. Accessors are cached per CLR type.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static readonly FieldResolver Instance = context => new ValueTask<object?>(Resolve(context.Source, context.FieldDefinition.Name));

    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(name, out var property) ? JsonInput.ToClr(property) : null;
        }

        var accessor = Accessors.GetOrAdd((source.GetType(), name), static key => CreateAccessor(key.Item1, key.Item2));
        return accessor?.Invoke(source);
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(name, flags);
        if (property is not null && property.GetIndexParameters().Length == 0)
        {
            return property.GetValue;
        }

        var field = type.GetField(name, flags);
        return field is null ? null : field.GetValue;
    }
}
