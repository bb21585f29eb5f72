using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// APOC's list functions as APOC computes them (https://neo4j.com/docs/apoc/current/overview/apoc.coll/):
/// <c>sum</c> is always a FLOAT; <c>min</c>/<c>max</c> by Cypher's order; <c>toSet</c> keeps the first of equal
/// elements in order, with Java's equality (an INTEGER never equals a FLOAT); <c>flatten</c> one level of nesting,
/// or all with its second argument true.
/// </summary>
internal static class ApocCollections
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("apoc.coll.sum", 1, 1, (a, _) => List(a[0], "apoc.coll.sum") is { Count: > 0 } list
            ? list.Sum(n => FunctionLibrary.AsNumber(n, "apoc.coll.sum"))
            : null),
        new("apoc.coll.min", 1, 1, (a, _) => Extreme(List(a[0], "apoc.coll.min"), -1)),
        new("apoc.coll.max", 1, 1, (a, _) => Extreme(List(a[0], "apoc.coll.max"), 1)),
        new("apoc.coll.toSet", 1, 1, (a, _) => List(a[0], "apoc.coll.toSet").Distinct(JavaEquality.Instance).ToList()),
        new("apoc.coll.flatten", 1, 2, (a, _) =>
            Flatten(List(a[0], "apoc.coll.flatten"), a.Length > 1 && a[1] is true).ToList()),
    ];

    /// <summary>The elements of nested lists in place of those lists: one level, or every level when recursive.</summary>
    private static IEnumerable<object?> Flatten(IEnumerable<object?> list, bool recursive) =>
        list.SelectMany(element => element is IReadOnlyList<object?> inner
            ? recursive ? Flatten(inner, recursive) : inner
            : [element]);

    private static IReadOnlyList<object?> List(object? value, string function) => value as IReadOnlyList<object?>
        ?? throw Semantics.CypherErrors.InvalidArgumentType($"{function} expects a List, got {Values.Operations.TypeName(value)}");

    /// <summary>The least (<paramref name="sign"/> -1) or greatest (1) element; null for an empty list.</summary>
    private static object? Extreme(IReadOnlyList<object?> list, int sign)
    {
        object? best = null;
        var first = true;
        foreach (var element in list)
        {
            if (first || sign * ValueComparer.OrderCompare(element, best) > 0)
            {
                best = element;
                first = false;
            }
        }

        return best;
    }

    /// <summary>Cypher's equivalence restricted to values of the same runtime type, as Java's <c>equals</c> is.</summary>
    private sealed class JavaEquality : IEqualityComparer<object?>
    {
        public static readonly JavaEquality Instance = new();

        public new bool Equals(object? x, object? y) =>
            x?.GetType() == y?.GetType() && ValueComparer.Equivalence.Equals(x, y);

        public int GetHashCode(object? value) => ValueComparer.HashOf(value);
    }
}
