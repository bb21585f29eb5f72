using GraphExplorer.Cypher.Execution.Operators;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A compiled single query: operators in order and, when it returns, its columns and their slots.</summary>
internal sealed class QueryPipeline(Operator[] operators, string[] columns, int[] columnSlots)
{
    public Operator[] Operators => operators;

    public string[] Columns => columns;

    public int[] ColumnSlots => columnSlots;

    /// <summary>Runs the pipeline on one input row (the empty row for a top-level query).</summary>
    public IEnumerable<object?[]> Run(object?[] input, QueryContext ctx)
    {
        IEnumerable<object?[]> rows = [input];
        foreach (var op in operators)
        {
            rows = op.Execute(rows, ctx, input);
        }

        return rows;
    }
}
