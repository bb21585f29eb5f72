using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>What binding the parts of one CREATE, or MERGE's part, has declared so far.</summary>
/// <param name="Before">The scope before the clause: property maps are evaluated there.</param>
/// <param name="IsBound">Whether a name was bound before the clause (then a node is reused, not created).</param>
/// <param name="Created">The names the clause has created so far.</param>
internal sealed class CreateBinding(Scope before, Func<string, bool> isBound, HashSet<string> created, bool isMerge)
{
    public Scope Before { get; } = before;

    public Func<string, bool> IsBound { get; } = isBound;

    public HashSet<string> Created { get; } = created;

    public bool IsMerge { get; } = isMerge;

    /// <summary>The scope with what the clause has declared so far.</summary>
    public Scope Scope { get; set; } = before;
}

/// <summary>CREATE and MERGE: which variables a pattern to create reuses and which it declares.</summary>
internal sealed partial class Binder
{
    /// <summary>A part to create has no shortest path, and a lone node of CREATE must be new.</summary>
    public static void CheckCreatedPart(PatternPart part, CreateBinding binding)
    {
        if (part.Selector != PathSelector.All)
        {
            throw CypherErrors.Unsupported("shortestPath in CREATE or MERGE", part);
        }

        if (!binding.IsMerge && part.Element.Steps.IsEmpty && part.Element.Start.Variable is { } single && binding.IsBound(single))
        {
            throw CypherErrors.VariableAlreadyBound(single, part.Element.Start);
        }
    }

    /// <summary>
    /// A node of a part to create: a node bound before the clause is reused (and may not restate labels or
    /// properties); otherwise it is declared (MERGE reuses the slot its match declared). Gives the node's slot.
    /// </summary>
    public (int Slot, bool Reused) BindCreatedNode(NodePattern node, CreateBinding binding)
    {
        if (node.Variable is not null && binding.IsBound(node.Variable))
        {
            var existing = binding.Scope.Find(node.Variable)!;
            if (existing.Kind is not (VariableKind.Node or VariableKind.Any))
            {
                throw CypherErrors.VariableTypeConflict(node.Variable, CypherType.Node, existing.Kind.ToString(), node);
            }

            if (!node.Labels.IsEmpty || !node.DynamicLabels.IsEmpty || node.Properties is not null)
            {
                throw CypherErrors.VariableAlreadyBound(node.Variable, node);
            }

            return (existing.Slot, true);
        }

        int slot;
        if (node.Variable is not null && binding.Scope.Find(node.Variable) is { } declared && binding.IsMerge)
        {
            slot = declared.Slot;
        }
        else
        {
            if (node.Variable is not null && binding.Scope.Find(node.Variable) is { } clash && !binding.IsMerge)
            {
                throw CypherErrors.VariableAlreadyBound(clash.Name, node);
            }

            var info = Declare(node.Variable ?? HiddenName(), VariableKind.Node);
            slot = info.Slot;
            binding.Scope = binding.Scope.With(info);
        }

        if (node.Variable is not null)
        {
            binding.Created.Add(node.Variable);
        }

        return (slot, false);
    }

    /// <summary>
    /// A relationship to create: one type, a direction (except in MERGE), no variable length, and a variable not bound
    /// before. Gives its slot.
    /// </summary>
    public int BindCreatedRelationship(RelationshipPattern rel, CreateBinding binding)
    {
        if (rel.Variable is not null && (binding.IsBound(rel.Variable) || (!binding.IsMerge && binding.Scope.Contains(rel.Variable))))
        {
            throw CypherErrors.VariableAlreadyBound(rel.Variable, rel);
        }

        if (rel.Length is not null)
        {
            throw CypherErrors.CreatingVarLength(rel);
        }

        if (rel.Types.Length + rel.DynamicTypes.Length != 1)
        {
            throw CypherErrors.NoSingleRelationshipType(rel);
        }

        if (rel.Direction == RelationshipDirection.Both && !binding.IsMerge)
        {
            throw CypherErrors.RequiresDirectedRelationship(rel);
        }

        int relSlot;
        if (rel.Variable is not null && binding.IsMerge && binding.Scope.Find(rel.Variable) is { } declaredRel)
        {
            relSlot = declaredRel.Slot;
        }
        else
        {
            var info = Declare(rel.Variable ?? HiddenName(), VariableKind.Relationship);
            relSlot = info.Slot;
            binding.Scope = binding.Scope.With(info);
        }

        if (rel.Variable is not null)
        {
            binding.Created.Add(rel.Variable);
        }

        if (rel.Properties is Parameter && binding.IsMerge)
        {
            throw CypherErrors.InvalidParameterUse(rel.Properties);
        }

        return relSlot;
    }

    /// <summary>The path variable of a part to create (reused by MERGE when declared), or -1 when it has none.</summary>
    public int BindCreatedPath(PatternPart part, CreateBinding binding)
    {
        if (part.Variable is null)
        {
            return -1;
        }

        if (binding.Scope.Find(part.Variable) is { } declaredPath && binding.IsMerge)
        {
            return declaredPath.Slot;
        }

        if (binding.Scope.Contains(part.Variable))
        {
            throw CypherErrors.VariableAlreadyBound(part.Variable, part);
        }

        var path = Declare(part.Variable, VariableKind.Path);
        binding.Scope = binding.Scope.With(path);
        return path.Slot;
    }

    /// <summary>
    /// MERGE may not rebind: a lone node bound before, a bound node restating labels or properties, or a relationship
    /// variable bound before.
    /// </summary>
    public static void CheckMerge(MergeClause merge, Scope before)
    {
        var element = merge.Part.Element;
        if (element.Steps.IsEmpty && element.Start.Variable is { } lone && before.Contains(lone))
        {
            throw CypherErrors.VariableAlreadyBound(lone, element.Start);
        }

        foreach (var node in new[] { element.Start }.Concat(element.Steps.Select(s => s.Node)))
        {
            if (node.Variable is not null && before.Contains(node.Variable) && (!node.Labels.IsEmpty || !node.DynamicLabels.IsEmpty || node.Properties is not null)
                && element.Steps.Length == 0)
            {
                throw CypherErrors.VariableAlreadyBound(node.Variable, node);
            }
        }

        foreach (var step in element.Steps)
        {
            if (step.Relationship.Variable is not null && before.Contains(step.Relationship.Variable))
            {
                throw CypherErrors.VariableAlreadyBound(step.Relationship.Variable, step.Relationship);
            }
        }
    }
}
