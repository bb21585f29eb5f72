using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>A node of a part to create: one bound before (<see cref="Reused"/>, checked at run time to be a node) or a new one.</summary>
internal sealed record NodeToCreate(NodePattern Pattern, int Slot, bool Reused);

/// <summary>A relationship to create between the nodes in <see cref="FromSlot"/> and <see cref="ToSlot"/> (as written).</summary>
internal sealed record RelationshipToCreate(RelationshipPattern Pattern, int Slot, int FromSlot, int ToSlot);

/// <summary>
/// One pattern part of CREATE (or MERGE's part when it does not match): its nodes in order, then its relationships,
/// and the path variable's slot (or -1). Property maps are evaluated in <see cref="Before"/>, the scope before the clause.
/// </summary>
internal sealed record PartToCreate(IReadOnlyList<NodeToCreate> Nodes, IReadOnlyList<RelationshipToCreate> Relationships, int PathSlot, Scope Before);

/// <summary>CREATE: the parts created in order, into each input row.</summary>
internal sealed record Create(LogicalOperator? Input, IReadOnlyList<PartToCreate> Parts) : LogicalOperator
{
    public override string Name => "Create";
}

/// <summary>
/// MERGE: every match of <see cref="Match"/> (then ON MATCH), or else the part created (then ON CREATE). The pattern's
/// property values are checked in <see cref="Before"/> (the scope before the clause); the SET items are evaluated in
/// <see cref="After"/>, the scope with the part's variables.
/// </summary>
internal sealed record Merge(
    LogicalOperator? Input,
    MergeClause Syntax,
    PatternPlan Match,
    PartToCreate Create,
    IReadOnlyList<SetItem> OnCreate,
    IReadOnlyList<SetItem> OnMatch,
    Scope Before,
    Scope After) : LogicalOperator
{
    public override string Name => "Merge";

    public override string? Details => Match.ToString();
}

/// <summary>SET: the items applied in order to each row, evaluated in <see cref="Scope"/>.</summary>
internal sealed record SetProperties(LogicalOperator? Input, IReadOnlyList<SetItem> Items, Scope Scope) : LogicalOperator
{
    public override string Name => "SetProperties";
}

/// <summary>REMOVE of properties and labels.</summary>
internal sealed record Remove(LogicalOperator? Input, IReadOnlyList<RemoveItem> Items, Scope Scope) : LogicalOperator
{
    public override string Name => "Remove";
}

/// <summary>DELETE or DETACH DELETE of what each target evaluates to.</summary>
internal sealed record Delete(LogicalOperator? Input, IReadOnlyList<Expression> Targets, bool Detach, Scope Scope) : LogicalOperator
{
    public override string Name => Detach ? "DetachDelete" : "Delete";
}

/// <summary>FOREACH: <see cref="Body"/> (updating clauses only) runs once per element of the list, the element in <see cref="Slot"/>.</summary>
internal sealed record Foreach(LogicalOperator? Input, ForeachClause Syntax, Expression List, Scope Scope, int Slot, LogicalOperator Body) : LogicalOperator
{
    public override string Name => "Foreach";
}
