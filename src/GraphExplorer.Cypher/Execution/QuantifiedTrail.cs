namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The repeated path of a compiled quantified path pattern: its node and relationship steps in written order (their
/// slots hold one iteration's elements while it is matched), the slots of their group variables (-1 when anonymous),
/// which hold the lists of every iteration's elements in path order, and the predicate each iteration must satisfy.
/// </summary>
/// <remarks>Immutable after compilation and shared by executions.</remarks>
internal sealed class QuantifiedTrail
{
    public required NodeStep[] Nodes { get; init; }

    public required RelationshipStep[] Relationships { get; init; }

    public required int[] NodeGroupSlots { get; init; }

    public required int[] RelationshipGroupSlots { get; init; }

    /// <summary>The WHERE of the pattern and of its node and relationship patterns, ANDed; null when none.</summary>
    public Func<object?[], QueryContext, bool>? Where { get; init; }
}
