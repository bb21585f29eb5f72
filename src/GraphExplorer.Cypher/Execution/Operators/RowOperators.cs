namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// An updating clause: consumes all its input first (eager, so reads before it see none of its writes and reads
/// after it see all of them), then applies <c>perRow</c> to each row and emits what it returns.
/// </summary>
internal sealed class EagerOperator(string description, Func<object?[], QueryContext, IEnumerable<object?[]>> perRow) : Operator
{
    public override string Description => description;

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var rows = input.ToList();
        var output = new List<object?[]>(rows.Count);
        foreach (var row in rows)
        {
            ctx.Tick();
            output.AddRange(perRow(row, ctx));
        }

        return output;
    }
}

/// <summary>A streaming per-row expansion (procedure calls, subqueries): each input row gives zero or more rows.</summary>
internal sealed class FlatMapOperator(string description, Func<object?[], QueryContext, IEnumerable<object?[]>> perRow) : Operator
{
    public override string Description => description;

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        foreach (var row in input)
        {
            foreach (var result in perRow(row, ctx))
            {
                yield return result;
            }
        }
    }
}
