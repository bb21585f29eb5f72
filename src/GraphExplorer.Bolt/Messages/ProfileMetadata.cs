using GraphExplorer.Database;

namespace GraphExplorer.Bolt.Messages;

/// <summary>
/// A PROFILE statement's plan as the <c>profile</c> entry of PULL's SUCCESS, in the shape Neo4j's drivers read
/// (<c>operatorType</c>, <c>args</c>, <c>identifiers</c>, <c>children</c>, <c>dbHits</c>, <c>rows</c>, the page cache
/// counters and <c>time</c>); operator types carry <c>@database</c> as Neo4j 5 writes them.
/// </summary>
internal static class ProfileMetadata
{
    public static Dictionary<string, object?> Of(ProfiledPlan plan, string database) => new()
    {
        ["operatorType"] = $"{plan.OperatorType}@{database}",
        ["args"] = new Dictionary<string, object?>(plan.Arguments),
        ["identifiers"] = plan.Identifiers.Cast<object?>().ToList(),
        ["children"] = plan.Children.Select(child => (object?)Of(child, database)).ToList(),
        ["dbHits"] = plan.DbHits,
        ["rows"] = plan.Rows,
        ["pageCacheHits"] = plan.PageCacheHits,
        ["pageCacheMisses"] = plan.PageCacheMisses,
        ["pageCacheHitRatio"] = plan.PageCacheHitRatio,
        ["time"] = plan.TimeNanoseconds,
    };
}
