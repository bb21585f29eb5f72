using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>A compiled subquery (CALL { }, EXISTS { }, COUNT { }) run once per outer row.</summary>
internal sealed class SubqueryPlan(QueryPipeline[] parts, bool distinct, IReadOnlyList<VariableInfo> columns)
{
    /// <summary>Columns the subquery returns, with the slots that hold them in result rows; empty for a unit subquery.</summary>
    public IReadOnlyList<VariableInfo> Columns => columns;

    public QueryPipeline[] Parts => parts;

    public IEnumerable<object?[]> Run(object?[] outer, QueryContext ctx)
    {
        if (parts.Length == 1)
        {
            return parts[0].Run((object?[])outer.Clone(), ctx);
        }

        var all = parts.SelectMany((p, i) => p.Run((object?[])outer.Clone(), ctx).Select(r => Normalise(r, i)));
        return distinct ? all.DistinctBy(r => columns.Select(c => r[c.Slot]).ToArray(), ValueComparer.RowEquivalence) : all;

        object?[] Normalise(object?[] row, int branch)
        {
            var slotsOfBranch = parts[branch].ColumnSlots;
            var copy = (object?[])row.Clone();
            for (var i = 0; i < columns.Count; i++)
            {
                copy[columns[i].Slot] = row[slotsOfBranch[i]];
            }

            return copy;
        }
    }
}
