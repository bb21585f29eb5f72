using System.Globalization;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    private static void AddScalarFunctions(Action<FunctionDefinition> add)
    {
        add(new("id", 1, 1, (a, _) => a[0] switch
        {
            NodeValue n => n.Id,
            RelationshipValue r => r.Id,
            _ => throw CypherErrors.InvalidArgumentType($"id() expects a Node or Relationship, got {Operations.TypeName(a[0])}"),
        }));
        add(new("elementId", 1, 1, (a, _) => a[0] switch
        {
            NodeValue n => n.Id.ToString(CultureInfo.InvariantCulture),
            RelationshipValue r => r.Id.ToString(CultureInfo.InvariantCulture),
            _ => throw CypherErrors.InvalidArgumentType($"elementId() expects a Node or Relationship, got {Operations.TypeName(a[0])}"),
        }));
        add(new("type", 1, 1, (a, c) => a[0] is RelationshipValue r
            ? r.Type
            : throw CypherErrors.InvalidArgumentValue($"type() expects a Relationship, got {Operations.TypeName(a[0])}")));
        add(new("labels", 1, 1, (a, c) => a[0] is NodeValue n
            ? c.Node(n).Labels.Cast<object?>().ToList()
            : throw CypherErrors.InvalidArgumentValue($"labels() expects a Node, got {Operations.TypeName(a[0])}")));
        add(new("keys", 1, 1, (a, c) => a[0] switch
        {
            NodeValue n => KeysOf(c.Node(n).Properties),
            RelationshipValue r => KeysOf(c.Relationship(r).Properties),
            IReadOnlyDictionary<string, object?> m => m.Keys.Cast<object?>().ToList(),
            _ => throw CypherErrors.InvalidArgumentValue($"keys() expects a Node, Relationship or Map, got {Operations.TypeName(a[0])}"),
        }));
        add(new("properties", 1, 1, (a, c) => a[0] switch
        {
            NodeValue n => MapOf(c.Node(n).Properties),
            RelationshipValue r => MapOf(c.Relationship(r).Properties),
            IReadOnlyDictionary<string, object?> m => m,
            _ => throw CypherErrors.InvalidArgumentValue($"properties() expects a Node, Relationship or Map, got {Operations.TypeName(a[0])}"),
        }));
        add(new("coalesce", 1, int.MaxValue, (a, _) => a.FirstOrDefault(v => v is not null)) { NullInNullOut = false });
        add(new("head", 1, 1, (a, _) => a[0] is IReadOnlyList<object?> l
            ? (l.Count > 0 ? l[0] : null)
            : throw CypherErrors.InvalidArgumentValue($"head() expects a List, got {Operations.TypeName(a[0])}")));
        add(new("last", 1, 1, (a, _) => a[0] is IReadOnlyList<object?> l
            ? (l.Count > 0 ? l[^1] : null)
            : throw CypherErrors.InvalidArgumentValue($"last() expects a List, got {Operations.TypeName(a[0])}")));
        add(new("size", 1, 1, (a, _) => a[0] switch
        {
            IReadOnlyList<object?> l => (long)l.Count,
            string s => (long)s.Length,
            _ => throw CypherErrors.InvalidArgumentType($"size() expects a List or String, got {Operations.TypeName(a[0])}"),
        }));
        add(new("length", 1, 1, (a, _) => a[0] switch
        {
            PathValue p => (long)p.Relationships.Length,
            _ => throw CypherErrors.InvalidArgumentType($"length() expects a Path, got {Operations.TypeName(a[0])}"),
        }));
        add(new("nodes", 1, 1, (a, _) => a[0] is PathValue p
            ? p.Nodes.Cast<object?>().ToList()
            : throw CypherErrors.InvalidArgumentType($"nodes() expects a Path, got {Operations.TypeName(a[0])}")));
        add(new("relationships", 1, 1, (a, _) => a[0] is PathValue p
            ? p.Relationships.Cast<object?>().ToList()
            : throw CypherErrors.InvalidArgumentType($"relationships() expects a Path, got {Operations.TypeName(a[0])}")));
        add(new("startNode", 1, 1, (a, c) => a[0] is RelationshipValue r
            ? new NodeValue(r.StartId)
            : throw CypherErrors.InvalidArgumentType($"startNode() expects a Relationship, got {Operations.TypeName(a[0])}")));
        add(new("endNode", 1, 1, (a, c) => a[0] is RelationshipValue r
            ? new NodeValue(r.EndId)
            : throw CypherErrors.InvalidArgumentType($"endNode() expects a Relationship, got {Operations.TypeName(a[0])}")));
        add(new("timestamp", 0, 0, (_, _) => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) { Volatile = true });
        add(new("randomUUID", 0, 0, (_, _) => Guid.NewGuid().ToString()) { Volatile = true });

        // LOAD CSV's position (Cypher manual, "LOAD CSV"): null where no LOAD CSV has produced a row.
        add(new("linenumber", 0, 0, (_, c) => c.LoadCsvPosition?.Line) { Volatile = true });
        add(new("file", 0, 0, (_, c) => c.LoadCsvPosition?.File) { Volatile = true });
    }

    internal static List<object?> KeysOf(Storage.PropertyMap properties)
    {
        var keys = new List<object?>(properties.Count);
        foreach (var entry in properties.Entries)
        {
            keys.Add(entry.Key);
        }

        return keys;
    }

    internal static Dictionary<string, object?> MapOf(Storage.PropertyMap properties)
    {
        var map = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var entry in properties.Entries)
        {
            map[entry.Key] = entry.Value;
        }

        return map;
    }

    private static object? ToBoolean(object? value, bool strict) => value switch
    {
        bool b => b,
        string s when s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        string => null,
        long l => l != 0,
        _ when !strict => null,
        _ => throw CypherErrors.InvalidArgumentValue($"toBoolean() cannot convert a {Operations.TypeName(value)}"),
    };

    private static object? ToInteger(object? value, bool strict)
    {
        switch (value)
        {
            case long:
                return value;
            case double d:
                if (double.IsNaN(d) || double.IsInfinity(d) || d >= 9.2233720368547758E18 || d < -9.2233720368547758E18)
                {
                    return strict ? throw CypherErrors.NumberOutOfRange($"Cannot convert {d} to an Integer") : null;
                }

                return (long)Math.Truncate(d);
            case bool b:
                return b ? 1L : 0L;
            case string s:
                if (long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    return l;
                }

                if (double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsInfinity(parsed))
                {
                    return ToInteger(parsed, strict);
                }

                return null;
            default:
                return strict
                    ? throw CypherErrors.InvalidArgumentValue($"toInteger() cannot convert a {Operations.TypeName(value)}")
                    : null;
        }
    }

    private static object? ToFloat(object? value, bool strict) => value switch
    {
        double => value,
        long l => (double)l,
        string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ when !strict => null,
        _ => throw CypherErrors.InvalidArgumentValue($"toFloat() cannot convert a {Operations.TypeName(value)}"),
    };
}
