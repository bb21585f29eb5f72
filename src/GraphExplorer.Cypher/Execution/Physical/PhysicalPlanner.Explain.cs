using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;

namespace GraphExplorer.Cypher.Execution.Physical;

internal sealed partial class PhysicalPlanner
{
    /// <summary>
    /// <c>EXPLAIN query</c>: the rows describe the query's logical plan, exactly as running it would plan it (same
    /// start points, index choice and operator order), one per operator in the order rows flow through them: the
    /// UNION branch and step (both from 1), the operator's name and its details (how a MATCH starts and expands, or
    /// null). The query is compiled too, so that it fails as running it would, but not run: EXPLAIN needs no
    /// parameter values and never writes.
    /// </summary>
    private FlatMapOperator BuildExplain(Explain explain)
    {
        BuildQuery(explain.Explained);
        var planRows = new List<object?[]>();
        for (var branch = 0; branch < explain.Explained.Branches.Count; branch++)
        {
            var operators = explain.Explained.Branches[branch].Root.Pipeline();
            for (var step = 0; step < operators.Count; step++)
            {
                planRows.Add([(long)branch + 1, (long)step + 1, operators[step].Name, operators[step].Details]);
            }
        }

        var columnSlots = explain.ColumnSlots.ToArray();
        return new FlatMapOperator(explain.Name, (input, _) => planRows.Select(values =>
        {
            var row = (object?[])input.Clone();
            for (var i = 0; i < values.Length; i++)
            {
                row[columnSlots[i]] = values[i];
            }

            return row;
        }));
    }
}
