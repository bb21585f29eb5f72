using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Profiling;

/// <summary>
/// Turns a PROFILE run's counters into Neo4j's plan tree: <c>ProduceResults</c> at the root, under it the UNION (when
/// there are branches) and each branch's operators, the last operator on top and the first one a leaf. Each operator's
/// rows are its own; its db hits and time are its own too (its inclusive counters less its input's).
/// </summary>
/// <remarks>
/// <c>EstimatedRows</c> is absent: this planner estimates the cost of a pattern's start, not the rows of each
/// operator. Page cache hits and misses are 0 and <see cref="ProfiledPlan.HasPageCacheStats"/> false: the store is in
/// memory and has no page cache.
/// </remarks>
internal static class ProfiledPlanBuilder
{
    /// <param name="produced">The result's rows, and the time and db hits of making them public values (reading the properties of returned entities).</param>
    /// <param name="distinctTicks">Time spent removing duplicates of a UNION (not UNION ALL).</param>
    public static ProfiledPlan Build(CompiledQuery query, QueryProfiler profiler, OperatorCounters produced, long distinctTicks)
    {
        var branches = query.Parts.Select(part => Branch(part, profiler)).ToList();
        var source = branches.Count == 1 ? branches[0] : Union(branches);
        if (query.UnionDistinct)
        {
            source = Operator("Distinct", null, source.Identifiers, [source], produced.Rows, 0, distinctTicks);
        }

        return Operator("ProduceResults", null, query.Columns, [source], produced.Rows, produced.DbHits, produced.Ticks);
    }

    private static ProfiledPlan Union(IReadOnlyList<ProfiledPlan> branches) =>
        Operator("Union", null, branches[0].Identifiers, branches, branches.Sum(b => b.Rows), 0, 0);

    /// <summary>A branch's chain: each operator has the one before it as its only child.</summary>
    private static ProfiledPlan Branch(QueryPipeline pipeline, QueryProfiler profiler)
    {
        if (pipeline.Operators.Length == 0)
        {
            return Operator("Argument", null, [], [], 1, 0, 0);
        }

        var identifiers = PlanIdentifiers.Of(pipeline.Logical);
        ProfiledPlan? below = null;
        OperatorCounters? input = null;
        for (var i = 0; i < pipeline.Operators.Length; i++)
        {
            var counters = profiler.CountersOf(pipeline, i);
            var logical = pipeline.Logical[i];
            below = Operator(
                logical.Name,
                logical.Details,
                identifiers[i],
                below is null ? [] : [below],
                counters.Rows,
                Math.Max(0, counters.DbHits - (input?.DbHits ?? 0)),
                Math.Max(0, counters.Ticks - (input?.Ticks ?? 0)));
            input = counters;
        }

        return below!;
    }

    private static ProfiledPlan Operator(
        string type, string? details, IReadOnlyList<string> identifiers, IReadOnlyList<ProfiledPlan> children, long rows, long dbHits, long ticks)
    {
        var time = OperatorCounters.Nanoseconds(ticks);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (details is not null)
        {
            arguments["Details"] = details;
        }

        arguments["Rows"] = rows;
        arguments["DbHits"] = dbHits;
        arguments["Time"] = time;
        arguments["PageCacheHits"] = 0L;
        arguments["PageCacheMisses"] = 0L;
        return new ProfiledPlan(type, arguments, identifiers, children, rows, dbHits, time);
    }
}
