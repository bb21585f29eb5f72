namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// One stage of a query pipeline: transforms the rows coming from the previous stage. Reading stages stream
/// (lazy enumeration); updating stages are eager (they consume all input before producing output) so that a later
/// read never observes a half-applied clause and no enumeration runs over data being changed.
/// </summary>
/// <remarks>Immutable and shared across executions of a cached plan; per-execution state lives in the context.</remarks>
internal abstract class Operator
{
    /// <summary>A one-line description for plan inspection (EXPLAIN-like).</summary>
    public abstract string Description { get; }

    public abstract IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx);

    /// <summary>
    /// Runs the stage knowing the row the whole pipeline started from (the outer row of a subquery), which an
    /// aggregation over no rows at all needs to produce its single row.
    /// </summary>
    public virtual IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx, object?[] argument) => Execute(input, ctx);
}
