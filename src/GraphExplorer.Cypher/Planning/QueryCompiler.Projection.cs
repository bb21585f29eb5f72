using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>WITH and RETURN: projection, aggregation and its grouping rules, DISTINCT, ORDER BY, SKIP and LIMIT.</summary>
internal sealed partial class QueryCompiler
{
    private Scope CompileProjection(ProjectionBody body, Expression? where, Scope scope, bool isReturn, List<Operator> ops, out string[] columns, out int[] columnSlots)
    {
        var items = Binder.ProjectionItems(body, scope, isReturn, out var missingAlias);
        var sink = new AggregationSink();
        var evaluators = new Evaluator[items.Count];
        var isAggregate = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var before = sink.Aggregates.Count;
            evaluators[i] = CompileExpression(items[i].Expression, scope, sink);
            isAggregate[i] = sink.Aggregates.Count > before;
        }

        var targetSlots = items.Select(_ => slots.Next()).ToArray();
        var newScope = Binder.ProjectedScope(items, targetSlots, scope);

        var aggregating = sink.Aggregates.Count > 0;
        var (groupingTexts, groupingVariables) = aggregating
            ? binder.BindGrouping(items, isAggregate)
            : (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        ops.Add(aggregating
            ? CompileAggregation(items, evaluators, isAggregate, sink, targetSlots)
            : new ProjectOperator(evaluators, targetSlots));

        if (body.Distinct)
        {
            ops.Add(new DistinctOperator(targetSlots));
        }

        var order = body.OrderBy.IsEmpty ? null : CompileOrderBy(body, scope, newScope, items, targetSlots, aggregating, groupingTexts, groupingVariables);
        var skip = body.Skip is null ? null : CompileCount(body.Skip, "SKIP");
        var limit = body.Limit is null ? null : CompileCount(body.Limit, "LIMIT");
        if (order is not null && limit is not null)
        {
            // ORDER BY … LIMIT keeps only the rows it returns instead of sorting them all.
            ops.Add(new TopOperator(order, skip, limit, body.Skip, body.Limit!));
        }
        else
        {
            if (order is not null)
            {
                ops.Add(new SortOperator(order));
            }

            if (skip is not null || limit is not null)
            {
                ops.Add(new SkipLimitOperator(skip, limit, body.Skip, body.Limit));
            }
        }

        if (where is not null)
        {
            // WHERE of a WITH sees the projected variables and, unless the WITH aggregates or is DISTINCT, the earlier ones.
            if (aggregating || body.Distinct)
            {
                var predicate = CompileOverProjection(where, newScope, items.Select(i => i.Expression).ToList(), targetSlots);
                ops.Add(new FilterOperator((row, ctx) => predicate(row, ctx) is true));
            }
            else
            {
                ops.Add(new FilterOperator(CompilePredicate(where, Scope.Of(scope.Variables.Concat(newScope.Variables)))));
            }
        }

        if (missingAlias is not null)
        {
            throw CypherErrors.NoExpressionAlias(missingAlias);
        }

        columns = items.Select(i => i.Name).ToArray();
        columnSlots = targetSlots;
        return newScope;
    }

    /// <summary>An aggregating projection: the items without aggregates are the grouping keys.</summary>
    private static AggregateOperator CompileAggregation(
        List<ProjectedItem> items, Evaluator[] evaluators, bool[] isAggregate, AggregationSink sink, int[] targetSlots)
    {
        var keys = Enumerable.Range(0, items.Count).Where(i => !isAggregate[i]).Select(i => evaluators[i]).ToArray();
        return new AggregateOperator(
            keys,
            sink.Aggregates.Select(a => (a.Function, a.Distinct, a.Arguments, a.Slot)).ToArray(),
            evaluators,
            targetSlots);
    }

    /// <summary>
    /// ORDER BY: a key naming a projected item reads its column; after aggregation or DISTINCT a key is compiled over
    /// the projection (only projected items and grouping keys are visible); otherwise it sees the variables from before
    /// the projection as well.
    /// </summary>
    private SortOrder CompileOrderBy(
        ProjectionBody body, Scope scope, Scope newScope, List<ProjectedItem> items, int[] targetSlots,
        bool aggregating, HashSet<string> groupingTexts, HashSet<string> groupingVariables)
    {
        var sortScope = aggregating || body.Distinct
            ? newScope
            : Scope.Of(scope.Variables.Concat(newScope.Variables));
        var keys = new Evaluator[body.OrderBy.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            var sortExpression = body.OrderBy[k].Expression;
            var text = SourceOf(sortExpression);
            var matched = -1;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Name == text || SourceOf(items[i].Expression) == text)
                {
                    matched = i;
                    break;
                }
            }

            if (matched >= 0 && (aggregating || body.Distinct || sortExpression is not Variable))
            {
                var slot = targetSlots[matched];
                keys[k] = (row, _) => row[slot];
            }
            else if (aggregating || body.Distinct)
            {
                keys[k] = CompileOverProjection(sortExpression, sortScope, items.Select(i => i.Expression).ToList(), targetSlots);
                if (aggregating && Binder.ContainsAggregate(sortExpression))
                {
                    // The same rule as for projected items: around an aggregate, only grouping keys may appear.
                    var visible = new HashSet<string>(groupingVariables, StringComparer.Ordinal);
                    visible.UnionWith(items.Select(i => i.Name));
                    binder.CheckAggregateItem(sortExpression, groupingTexts, visible);
                }
            }
            else
            {
                keys[k] = CompileExpression(sortExpression, sortScope);
            }
        }

        return new SortOrder(keys, body.OrderBy.Select(o => o.Descending).ToArray());
    }

    /// <summary>
    /// Compiles an expression after an aggregating or DISTINCT projection, where sub-expressions written like a
    /// projected item read that item's column (e.g. <c>ORDER BY count(*) + 1</c>, <c>WITH DISTINCT a.x AS x WHERE a.x = 1</c>).
    /// </summary>
    private Evaluator CompileOverProjection(Expression expression, Scope scope, IReadOnlyList<Expression> items, int[] itemSlots)
    {
        substitutions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            substitutions.TryAdd(SourceOf(items[i]), itemSlots[i]);
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

    private Evaluator CompileCount(Expression expression, string what)
    {
        Binder.CheckCount(expression, what);
        return CompileExpression(expression, Scope.Empty);
    }
}
