namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// One operator of a logical plan: what is done to the rows of its <see cref="Input"/>, with bound syntax (expressions
/// checked by the <see cref="Semantics.Binder"/>, variables given row slots) and no runtime parts. Execution's
/// <c>PhysicalPlanner</c> turns each operator into an executable one. A plan is a chain from an <see cref="Argument"/>
/// (the row a query starts from) to its last operator; subqueries and FOREACH bodies hang off the operator that runs
/// them.
/// </summary>
/// <remarks>Immutable: records whose expressions are the (immutable) syntax tree's nodes.</remarks>
internal abstract record LogicalOperator
{
    /// <summary>The operator whose rows this one reads; null for the <see cref="Argument"/>.</summary>
    public abstract LogicalOperator? Input { get; init; }

    /// <summary>The operator as EXPLAIN names it.</summary>
    public abstract string Name { get; }

    /// <summary>What EXPLAIN shows beside the name (how a pattern starts and expands), or null.</summary>
    public virtual string? Details => null;

    /// <summary>The chain from the first operator after the <see cref="Argument"/> to this one, in the order rows flow.</summary>
    public IReadOnlyList<LogicalOperator> Pipeline()
    {
        var chain = new List<LogicalOperator>();
        for (LogicalOperator? op = this; op is not null and not Argument; op = op.Input)
        {
            chain.Add(op);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The operator with its details, e.g. <c>Match: NodeByLabelScan(p:Person)</c>.</summary>
    public string Description => Details is null ? Name : $"{Name}: {Details}";

    /// <summary>
    /// The pipeline on one line, e.g. <c>Match: NodeByLabelScan(p:Person) | Projection</c> (sealed, so that no operator
    /// prints its inputs' records instead).
    /// </summary>
    public sealed override string ToString() => string.Join(" | ", Pipeline().Select(o => o.Description));
}

/// <summary>The row a query starts from: the empty row at the top, the outer row in a subquery or FOREACH body.</summary>
internal sealed record Argument : LogicalOperator
{
    public override LogicalOperator? Input { get; init; }

    public override string Name => "Argument";
}
