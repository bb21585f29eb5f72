using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>One aggregate call of a projection: its function, arguments (evaluated per input row) and result slot.</summary>
internal sealed record AggregateSpec(string Function, bool Distinct, Evaluator[] Arguments, int Slot, Expression Source);

/// <summary>Collects the aggregate calls met while compiling the items of one WITH or RETURN.</summary>
internal sealed class AggregationSink
{
    public List<AggregateSpec> Aggregates { get; } = new();

    /// <summary>True while compiling an aggregate's arguments (an aggregate there is nested).</summary>
    public bool InsideAggregate { get; set; }
}
