namespace GraphExplorer.Database;

/// <summary>
/// One operator of the plan a <c>PROFILE</c> statement ran with, measured while it ran (Neo4j's profiled plan, as its
/// drivers' <c>ProfiledPlan</c> and the Query API's <c>profiledQueryPlan</c> carry it). A plan is a tree: the root
/// produces the result, each operator's <see cref="Children"/> are where its rows come from.
/// </summary>
/// <param name="OperatorType">The operator as EXPLAIN names it (<c>Filter</c>, <c>ProduceResults</c>); the wire formats add <c>@database</c>.</param>
/// <param name="Arguments">Neo4j's arguments: <c>Details</c> when the operator has any, <c>Rows</c>, <c>DbHits</c>,
/// <c>Time</c> (nanoseconds), <c>PageCacheHits</c>, <c>PageCacheMisses</c>; <c>EstimatedRows</c> only where the backend
/// estimated them.</param>
/// <param name="Identifiers">The named variables the operator's rows carry.</param>
/// <param name="Rows">Rows the operator produced.</param>
/// <param name="DbHits">Reads of the store the operator made itself (what one read is, is the backend's definition).</param>
/// <param name="TimeNanoseconds">Time spent in the operator itself, not in the operators it reads from.</param>
/// <param name="PageCacheHits">Page cache hits; 0 on a backend without a page cache (see <see cref="HasPageCacheStats"/>).</param>
/// <param name="PageCacheMisses">Page cache misses; 0 on a backend without a page cache.</param>
/// <remarks>Immutable.</remarks>
public sealed record ProfiledPlan(
    string OperatorType,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<string> Identifiers,
    IReadOnlyList<ProfiledPlan> Children,
    long Rows,
    long DbHits,
    long TimeNanoseconds,
    long PageCacheHits = 0,
    long PageCacheMisses = 0)
{
    /// <summary>True when the backend measured its page cache (the embedded engine has none: false).</summary>
    public bool HasPageCacheStats { get; init; }

    /// <summary>Hits over lookups, 0 when there were none (as Neo4j reports it).</summary>
    public double PageCacheHitRatio => PageCacheHits + PageCacheMisses == 0 ? 0.0 : (double)PageCacheHits / (PageCacheHits + PageCacheMisses);

    /// <summary>This operator and every operator below it, root first (depth first, children in order).</summary>
    public IEnumerable<ProfiledPlan> Operators()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var op in child.Operators())
            {
                yield return op;
            }
        }
    }
}
