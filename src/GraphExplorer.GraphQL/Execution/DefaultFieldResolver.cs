using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js defaultFieldResolver): a dictionary entry, a JSON property, or a
/// public property/field of the source whose name matches case-insensitively. Accessors are compiled once per
/// (CLR type, name) and cached; the executor also keeps the last one per planned field (<see cref="PlannedField"/>).
/// Thread-safe.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    /// <summary>How the default resolver reads <paramref name="name"/> from a source of type <paramref name="type"/>; null for "always null".</summary>
    public static Func<object, object?>? AccessorFor(Type type, string name) =>
        Accessors.GetOrAdd((type, name), static key => CreateAccessor(key.Item1, key.Item2));

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IReadOnlyDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return source => ((IDictionary)source) is var legacy && legacy.Contains(name) ? legacy[name] : null;
        }

        var member = CreateMemberAccessor(type, name);
        if (type == typeof(JsonElement))
        {
            return source => source is JsonElement { ValueKind: JsonValueKind.Object } json
                ? json.TryGetProperty(name, out var property) ? JsonInput.ToClr(property) : null
                : member?.Invoke(source);
        }

        return member;
    }

    /// <summary>A compiled getter of the public instance property or field <paramref name="name"/> (case-insensitive).</summary>
    private static Func<object, object?>? CreateMemberAccessor(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = type.GetProperty(name, flags) is { } property && property.GetIndexParameters().Length == 0 && property.CanRead
            ? property
            : type.GetField(name, flags);
        if (member is null)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }
}
