using GraphExplorer.Database.Values;

namespace GraphExplorer.Database;

/// <summary>
/// The CLR representation of Cypher values, shared by every backend:
/// <list type="bullet">
/// <item>null → <c>null</c>; Boolean → <see cref="bool"/>; Integer → <see cref="long"/>; Float → <see cref="double"/>; String → <see cref="string"/>;</item>
/// <item>List → <see cref="IReadOnlyList{T}"/> of values; Map → <see cref="IReadOnlyDictionary{TKey,TValue}"/> from string to value;</item>
/// <item>Node, Relationship, Path → <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, <see cref="CypherPath"/>;</item>
/// <item>Date, LocalTime, Time, LocalDateTime, DateTime, Duration, Point → the records of the same names in <see cref="Values"/>.</item>
/// </list>
/// Parameters accept the same values, plus <see cref="int"/>, <see cref="float"/>, <see cref="decimal"/>, arrays and any
/// <see cref="System.Collections.IEnumerable"/> or <see cref="System.Collections.IDictionary"/>, which <see cref="Normalize"/> converts.
/// </summary>
public static class CypherValues
{
    /// <summary>The Cypher type name of a value, as used in error messages ("Integer", "List", "Node", ...).</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "Null",
        bool => "Boolean",
        long or int or short or byte => "Integer",
        double or float or decimal => "Float",
        string => "String",
        CypherNode => "Node",
        CypherRelationship => "Relationship",
        CypherPath => "Path",
        CypherDate => "Date",
        CypherLocalTime => "LocalTime",
        CypherTime => "Time",
        CypherLocalDateTime => "LocalDateTime",
        CypherDateTime => "DateTime",
        CypherDuration => "Duration",
        CypherPoint => "Point",
        System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "Map",
        System.Collections.IEnumerable => "List",
        _ => value.GetType().Name,
    };

    /// <summary>Converts a parameter value given in convenient CLR types to the canonical representation.</summary>
    /// <exception cref="ArgumentException">The value has no Cypher equivalent.</exception>
    public static object? Normalize(object? value) => value switch
    {
        null or bool or long or double or string => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        DateOnly d => new CypherDate(d),
        DateTime dt => new CypherLocalDateTime(DateOnly.FromDateTime(dt), dt.TimeOfDay.Ticks * 100),
        DateTimeOffset dto => new CypherDateTime(
            DateOnly.FromDateTime(dto.DateTime), dto.TimeOfDay.Ticks * 100, (int)dto.Offset.TotalSeconds, null),
        CypherNode or CypherRelationship or CypherPath or CypherDate or CypherLocalTime or CypherTime
            or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint => value,
        IReadOnlyDictionary<string, object?> map => NormalizeMap(map),
        System.Collections.IDictionary dictionary => NormalizeDictionary(dictionary),
        System.Collections.IEnumerable list => NormalizeList(list),
        _ => throw new ArgumentException($"A value of CLR type {value.GetType().FullName} has no Cypher equivalent."),
    };

    /// <summary>Normalises every value of a parameter map.</summary>
    public static IReadOnlyDictionary<string, object?> NormalizeParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is null)
        {
            return result;
        }

        foreach (var (key, value) in parameters)
        {
            result[key] = Normalize(value);
        }

        return result;
    }

    /// <summary>Converts a Cypher value to a requested CLR type: integers narrow or widen, null becomes default.</summary>
    public static T As<T>(object? value)
    {
        if (value is null)
        {
            return default!;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value switch
        {
            long l when target == typeof(int) => (T)(object)checked((int)l),
            long l when target == typeof(double) => (T)(object)(double)l,
            CypherDate d when target == typeof(DateOnly) => (T)(object)d.Value,
            _ => throw new InvalidCastException($"A Cypher {TypeName(value)} cannot be read as {typeof(T).Name}."),
        };
    }

    private static Dictionary<string, object?> NormalizeMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = Normalize(item);
        }

        return result;
    }

    private static Dictionary<string, object?> NormalizeDictionary(System.Collections.IDictionary dictionary)
    {
        var result = new Dictionary<string, object?>(dictionary.Count, StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in dictionary)
        {
            var key = entry.Key as string
                ?? throw new ArgumentException($"A Cypher map needs string keys; found a {entry.Key.GetType().Name} key.");
            result[key] = Normalize(entry.Value);
        }

        return result;
    }

    private static List<object?> NormalizeList(System.Collections.IEnumerable list)
    {
        var result = new List<object?>();
        foreach (var item in list)
        {
            result.Add(Normalize(item));
        }

        return result;
    }
}
