using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>WITH and RETURN: projection or aggregation and its grouping rules, DISTINCT, ORDER BY, SKIP and LIMIT, WITH's WHERE.</summary>
internal sealed partial class LogicalPlanner
{
    /// <summary>Plans a projection after <paramref name="root"/>; gives the scope after it and its columns.</summary>
    private Scope PlanProjection(
        ProjectionBody body, Expression? where, Scope scope, bool isReturn, ref LogicalOperator root, out IReadOnlyList<ProjectedColumn> columns)
    {
        var items = Binder.ProjectionItems(body, scope, isReturn, out var missingAlias);
        var isAggregate = items.Select(i => AggregateExpressions.Contains(i.Expression)).ToArray();
        var targetSlots = items.Select(_ => Binder.Slots.Next()).ToArray();
        var newScope = Binder.ProjectedScope(items, targetSlots, scope);
        columns = items.Select((item, i) => new ProjectedColumn(item.Name, item.Expression, targetSlots[i])).ToArray();

        var aggregating = isAggregate.Any(a => a);
        var (groupingTexts, groupingVariables) = aggregating
            ? Binder.BindGrouping(items, isAggregate)
            : (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        root = aggregating ? PlanAggregation(root, columns, isAggregate, scope) : new Projection(root, columns, scope);
        if (body.Distinct)
        {
            root = new Distinct(root, targetSlots);
        }

        // After aggregation or DISTINCT only the projected items (and grouping keys) are visible, read by their text.
        var over = aggregating || body.Distinct ? new ProjectedItems(items.Select(i => i.Expression).ToArray(), targetSlots) : null;
        var keys = body.OrderBy.IsEmpty ? null : PlanOrderBy(body, scope, newScope, items, targetSlots, over, aggregating, groupingTexts, groupingVariables);
        if (body.Skip is not null)
        {
            Binder.CheckCount(body.Skip, "SKIP");
        }

        if (body.Limit is not null)
        {
            Binder.CheckCount(body.Limit, "LIMIT");
        }

        if (keys is not null && body.Limit is not null)
        {
            // ORDER BY … LIMIT keeps only the rows it returns instead of sorting them all.
            root = new Top(root, keys, body.Skip, body.Limit);
        }
        else
        {
            if (keys is not null)
            {
                root = new Sort(root, keys);
            }

            if (body.Skip is not null || body.Limit is not null)
            {
                root = new SkipLimit(root, body.Skip, body.Limit);
            }
        }

        if (where is not null)
        {
            // WHERE of a WITH sees the projected variables and, unless the WITH aggregates or is DISTINCT, the earlier ones.
            root = over is not null
                ? new Filter(root, where, newScope, over)
                : new Filter(root, where, Scope.Of(scope.Variables.Concat(newScope.Variables)));
        }

        if (missingAlias is not null)
        {
            throw CypherErrors.NoExpressionAlias(missingAlias);
        }

        return newScope;
    }

    /// <summary>An aggregation of the rows of <paramref name="input"/>, counting degrees where a MATCH's expansion only feeds counts.</summary>
    private static Aggregation PlanAggregation(LogicalOperator input, IReadOnlyList<ProjectedColumn> columns, bool[] isAggregate, Scope scope) =>
        input is PatternMatch match && DegreeShortcut.TryPlan(match, columns, isAggregate, out var nodes, out var degree)
            ? new Aggregation(nodes, columns, isAggregate, scope, degree)
            : new Aggregation(input, columns, isAggregate, scope);

    /// <summary>
    /// ORDER BY: a key naming a projected item reads its column; after aggregation or DISTINCT a key is evaluated over
    /// the projection (only projected items and grouping keys are visible); otherwise it sees the variables from before
    /// the projection as well.
    /// </summary>
    private List<SortKey> PlanOrderBy(
        ProjectionBody body, Scope scope, Scope newScope, List<ProjectedItem> items, int[] targetSlots, ProjectedItems? over,
        bool aggregating, HashSet<string> groupingTexts, HashSet<string> groupingVariables)
    {
        var sortScope = over is not null ? newScope : Scope.Of(scope.Variables.Concat(newScope.Variables));
        var keys = new List<SortKey>(body.OrderBy.Length);
        foreach (var sortItem in body.OrderBy)
        {
            var sortExpression = sortItem.Expression;
            var text = Binder.SourceOf(sortExpression);
            var matched = items.FindIndex(i => i.Name == text || Binder.SourceOf(i.Expression) == text);
            if (matched >= 0 && (over is not null || sortExpression is not Variable))
            {
                keys.Add(new SortKey(sortExpression, sortItem.Descending, sortScope, ColumnSlot: targetSlots[matched]));
            }
            else if (over is not null)
            {
                keys.Add(new SortKey(sortExpression, sortItem.Descending, sortScope, Over: over));
                if (aggregating && Binder.ContainsAggregate(sortExpression))
                {
                    // The same rule as for projected items: around an aggregate, only grouping keys may appear.
                    var visible = new HashSet<string>(groupingVariables, StringComparer.Ordinal);
                    visible.UnionWith(items.Select(i => i.Name));
                    Binder.CheckAggregateItem(
                        sortExpression, groupingTexts, visible, sortScope, items.Select(i => Binder.SourceOf(i.Expression)).ToHashSet(StringComparer.Ordinal));
                }
            }
            else
            {
                keys.Add(new SortKey(sortExpression, sortItem.Descending, sortScope));
            }
        }

        return keys;
    }
}
