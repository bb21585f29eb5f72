using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Profiling;
using GraphExplorer.Cypher.Planning;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A compiled single query: operators in order and, when it returns, its columns and their slots.</summary>
internal sealed class QueryPipeline(Operator[] operators, string[] columns, int[] columnSlots)
{
    public Operator[] Operators => operators;

    public string[] Columns => columns;

    public int[] ColumnSlots => columnSlots;

    /// <summary>The logical operator each of <see cref="Operators"/> was built from (same order), for PROFILE's plan.</summary>
    public LogicalOperator[] Logical { get; init; } = [];

    /// <summary>Runs the pipeline on one input row (the empty row for a top-level query).</summary>
    /// <remarks>Only a PROFILE statement has a profiler: every other run pays one null check per pipeline run.</remarks>
    public IEnumerable<object?[]> Run(object?[] input, QueryContext ctx)
    {
        IEnumerable<object?[]> rows = [input];
        var profiler = ctx.Profiler?.Measures(this) == true ? ctx.Profiler : null;
        for (var i = 0; i < operators.Length; i++)
        {
            rows = profiler is null ? operators[i].Execute(rows, ctx, input) : profiler.Run(this, i, rows, ctx, input);
        }

        return rows;
    }
}
