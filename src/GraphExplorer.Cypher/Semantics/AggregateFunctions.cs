namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The aggregating functions and their arities. The binder needs them to tell an aggregate from a grouping key and to
/// refuse an aggregate where none may stand; Execution's projection runs them (<c>Execution/Aggregators</c>).
/// </summary>
/// <remarks>Thread-safe: read-only.</remarks>
internal static class AggregateFunctions
{
    /// <summary>Aggregating functions by name (case-insensitive, as Cypher function names are) and their arities.</summary>
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Arities = new Dictionary<string, (int Min, int Max)>(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = (1, 1),
        ["sum"] = (1, 1),
        ["avg"] = (1, 1),
        ["min"] = (1, 1),
        ["max"] = (1, 1),
        ["collect"] = (1, 1),
        ["stdev"] = (1, 1),
        ["stdevp"] = (1, 1),
        ["percentiledisc"] = (2, 2),
        ["percentilecont"] = (2, 2),
    };

    public static bool IsAggregate(string name) => Arities.ContainsKey(name);
}
