namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The conjuncts of a MATCH's WHERE that constrain which paths a <c>shortestPath</c> / <c>allShortestPaths</c> part
/// may return, so that the search finds the shortest path satisfying them rather than filtering the shortest path
/// afterwards (Neo4j's semantics). The MATCH still applies its whole WHERE to every result as well.
/// </summary>
/// <remarks>Immutable after compilation and shared by executions.</remarks>
internal sealed class ShortestPathConditions
{
    public static readonly ShortestPathConditions None = new() { Relationships = [], Nodes = [] };

    /// <summary><c>all(x IN relationships(p) WHERE …)</c> / <c>none(…)</c>: checked on each relationship as it is followed.</summary>
    public required ElementCondition[] Relationships { get; init; }

    /// <summary><c>all(x IN nodes(p) WHERE …)</c> / <c>none(…)</c>: checked on both ends and on each node reached.</summary>
    public required ElementCondition[] Nodes { get; init; }

    /// <summary>The other conjuncts that read the path or its relationships: checked on whole paths (exhaustive search).</summary>
    public Func<object?[], QueryContext, bool>? Path { get; init; }

    public bool IsEmpty => Relationships.Length == 0 && Nodes.Length == 0 && Path is null;
}

/// <summary>
/// A predicate over one element of a path: the element is stored in <see cref="Slot"/>, then <see cref="Predicate"/>
/// must give exactly <see cref="Expected"/> (true for <c>all</c>, false for <c>none</c>; null fails both, as it fails the WHERE).
/// </summary>
internal sealed record ElementCondition(int Slot, Evaluator Predicate, bool Expected)
{
    public bool Holds(object?[] row, QueryContext ctx, object element)
    {
        row[Slot] = element;
        return Predicate(row, ctx) is bool result && result == Expected;
    }
}
