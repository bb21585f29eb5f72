using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>WITH and RETURN: aggregation, ORDER BY keys, SKIP and LIMIT counts, and filters after a projection.</summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>An aggregating projection: the items without aggregates are the grouping keys.</summary>
    private AggregateOperator BuildAggregation(Aggregation aggregation)
    {
        // The MATCH first, as when it is an operator of its own (a query with errors in both fails on the same one).
        var matcher = aggregation is { MatchesPushed: true, Input: PatternMatch match } ? BuildMatcher(match.Pattern) : null;
        var sink = new AggregationSink();
        var columns = aggregation.Columns;
        var evaluators = new Evaluator[columns.Count];
        var keys = new List<Evaluator>();
        for (var i = 0; i < columns.Count; i++)
        {
            var before = sink.Aggregates.Count;
            evaluators[i] = CompileExpression(columns[i].Expression, aggregation.Scope, sink);
            if (sink.Aggregates.Count == before)
            {
                keys.Add(evaluators[i]);
            }
        }

        if (aggregation.Degree is not null && sink.Aggregates.Any(a => a.Function != "count" || a.Distinct))
        {
            throw new InvalidOperationException($"Degree counting planned for aggregates other than count: {aggregation.Degree}.");
        }

        return new AggregateOperator(
            [.. keys],
            sink.Aggregates.Select(a => (a.Function, a.Distinct, a.Arguments, a.Slot)).ToArray(),
            evaluators,
            [.. columns.Select(c => c.Slot)],
            aggregation.Degree is null ? null : new DegreeCounter(aggregation.Degree),
            matcher);
    }

    /// <summary>A filter: WHERE in its scope, or over an aggregating or DISTINCT projection's items.</summary>
    private FilterOperator BuildFilter(Filter filter)
    {
        if (filter.Over is null)
        {
            return new FilterOperator(CompilePredicate(filter.Predicate, filter.Scope));
        }

        var predicate = CompileOverProjection(filter.Predicate, filter.Scope, filter.Over);
        return new FilterOperator((row, ctx) => predicate(row, ctx) is true);
    }

    private SortOrder BuildSortOrder(IReadOnlyList<SortKey> keys) => new(
        [.. keys.Select(BuildSortKey)],
        [.. keys.Select(k => k.Descending)]);

    private Evaluator BuildSortKey(SortKey key)
    {
        if (key.ColumnSlot is { } slot)
        {
            return (row, _) => row[slot];
        }

        return key.Over is null ? CompileExpression(key.Expression, key.Scope) : CompileOverProjection(key.Expression, key.Scope, key.Over);
    }

    /// <summary>
    /// Compiles an expression after an aggregating or DISTINCT projection, where sub-expressions written like a
    /// projected item read that item's column (e.g. <c>ORDER BY count(*) + 1</c>, <c>WITH DISTINCT a.x AS x WHERE a.x = 1</c>).
    /// </summary>
    private Evaluator CompileOverProjection(Expression expression, Scope scope, ProjectedItems items)
    {
        substitutions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Expressions.Count; i++)
        {
            substitutions.TryAdd(SourceOf(items.Expressions[i]), items.Slots[i]);
        }

        try
        {
            return CompileExpression(expression, scope);
        }
        finally
        {
            substitutions = null;
        }
    }

    /// <summary>SKIP or LIMIT (checked by the binder): read once, before the first row, so in the empty scope.</summary>
    private Evaluator CompileCount(Expression expression) => CompileExpression(expression, Scope.Empty);
}
