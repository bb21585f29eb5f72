using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>A node of a bound pattern: its syntax and the variable (new, hidden or already bound) that holds it.</summary>
internal sealed record BoundNode(NodePattern Pattern, VariableInfo Info);

/// <summary>A relationship of a bound pattern; <paramref name="BoundBefore"/> when an earlier clause bound its variable.</summary>
/// <param name="GroupSlots">For a quantified path pattern, the slots of its group variables (-1 when anonymous).</param>
internal sealed record BoundRelationship(RelationshipPattern Pattern, VariableInfo Info, bool BoundBefore, (int First, int Last) GroupSlots = default);

/// <summary>
/// A bound pattern part by part: the nodes and relationships of each part in written order, the slot of each part's
/// path variable (-1 without one), and the scope after the pattern.
/// </summary>
internal sealed record BoundPattern(
    IReadOnlyList<IReadOnlyList<BoundNode>> Nodes,
    IReadOnlyList<IReadOnlyList<BoundRelationship>> Relationships,
    IReadOnlyList<int> PathSlots,
    Scope Scope);

/// <summary>Patterns of MATCH, OPTIONAL MATCH, MERGE's match and pattern expressions.</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// Binds a pattern's variables part by part (checking the scoping and type rules) and gives them with the scope
    /// after the pattern; a path variable gets a slot of its own. Without <paramref name="allowNewVariables"/> every
    /// named variable must already be bound (a pattern predicate).
    /// </summary>
    public BoundPattern BindPattern(Pattern pattern, Scope scope, bool allowNewVariables)
    {
        var binding = new PatternBinding(scope, allowNewVariables);
        var partNodes = new List<IReadOnlyList<BoundNode>>();
        var partRels = new List<IReadOnlyList<BoundRelationship>>();
        var partPaths = new List<int>();

        foreach (var part in pattern.Parts)
        {
            var nodes = new List<BoundNode>();
            var rels = new List<BoundRelationship>();
            nodes.Add(BindNode(part.Element.Start, binding));
            foreach (var step in part.Element.Steps)
            {
                rels.Add(BindQuantifiedNodes(BindRelationship(step.Relationship, binding), binding));
                nodes.Add(BindNode(step.Node, binding));
            }

            var pathSlot = -1;
            if (part.Variable is not null)
            {
                if (binding.Current.Contains(part.Variable))
                {
                    throw CypherErrors.VariableAlreadyBound(part.Variable, part);
                }

                var path = Declare(part.Variable, VariableKind.Path);
                pathSlot = path.Slot;
                binding.Current = binding.Current.With(path);
            }

            if (part.Selector != PathSelector.All && (part.Element.Steps.Length != 1))
            {
                throw CypherErrors.Unsupported("shortestPath over more than one relationship", part);
            }

            if (part.Selector != PathSelector.All && part.Element.Steps[0].Relationship.Quantified is not null)
            {
                throw CypherErrors.Unsupported("A shortest path over a quantified path pattern", part);
            }

            partNodes.Add(nodes);
            partRels.Add(rels);
            partPaths.Add(pathSlot);
        }

        return new BoundPattern(partNodes, partRels, partPaths, binding.Current);
    }

    /// <summary>The scope while a pattern is bound, and the relationship variables it has declared so far.</summary>
    private sealed class PatternBinding(Scope outer, bool allowNewVariables)
    {
        public Scope Outer { get; } = outer;

        public bool AllowNewVariables { get; } = allowNewVariables;

        public Scope Current { get; set; } = outer;

        public HashSet<string> DeclaredRelationships { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A node of a pattern: a new variable, a hidden one, or one already bound (which must hold a node).</summary>
    private BoundNode BindNode(NodePattern node, PatternBinding binding)
    {
        if (node.Properties is Parameter)
        {
            throw CypherErrors.InvalidParameterUse(node.Properties);
        }

        if (node.Variable is null)
        {
            var hidden = Declare(HiddenName(), VariableKind.Node);
            binding.Current = binding.Current.With(hidden);
            return new BoundNode(node, hidden);
        }

        var existing = binding.Current.Find(node.Variable);
        if (existing is not null)
        {
            if (existing.Kind is not (VariableKind.Node or VariableKind.Any) || existing.Type is not (null or CypherType.Node))
            {
                throw CypherErrors.VariableTypeConflict(node.Variable, CypherType.Node, existing.Type?.ToString() ?? existing.Kind.ToString(), node);
            }

            return new BoundNode(node, existing);
        }

        if (!binding.AllowNewVariables)
        {
            throw CypherErrors.UndefinedVariable(node.Variable, node);
        }

        var info = Declare(node.Variable, VariableKind.Node);
        binding.Current = binding.Current.With(info);
        return new BoundNode(node, info);
    }

    /// <summary>
    /// A relationship of a pattern: a new variable, a hidden one, or one bound by an earlier clause (never twice in one
    /// pattern), which must hold a relationship (a list of them for a variable length).
    /// </summary>
    private BoundRelationship BindRelationship(RelationshipPattern rel, PatternBinding binding)
    {
        if (rel.Properties is Parameter)
        {
            throw CypherErrors.InvalidParameterUse(rel.Properties);
        }

        var kind = rel.Length is null ? VariableKind.Relationship : VariableKind.RelationshipList;
        if (rel.Variable is null)
        {
            var hidden = Declare(HiddenName(), kind);
            binding.Current = binding.Current.With(hidden);
            return new BoundRelationship(rel, hidden, false);
        }

        var existing = binding.Current.Find(rel.Variable);
        if (existing is not null)
        {
            if (binding.DeclaredRelationships.Contains(rel.Variable))
            {
                throw CypherErrors.RelationshipUniquenessViolation(rel.Variable, rel);
            }

            var compatible = rel.Length is null
                ? existing.Kind is VariableKind.Relationship or VariableKind.Any && existing.Type is null or CypherType.Relationship
                : existing.Kind is VariableKind.RelationshipList or VariableKind.Any && existing.Type is null or CypherType.List;
            if (!compatible)
            {
                throw CypherErrors.VariableTypeConflict(rel.Variable, CypherType.Relationship, existing.Kind.ToString(), rel);
            }

            if (!binding.Outer.Contains(rel.Variable))
            {
                throw CypherErrors.VariableTypeConflict(rel.Variable, CypherType.Relationship, existing.Kind.ToString(), rel);
            }

            binding.DeclaredRelationships.Add(rel.Variable);
            return new BoundRelationship(rel, existing, true);
        }

        if (!binding.AllowNewVariables)
        {
            throw CypherErrors.UndefinedVariable(rel.Variable, rel);
        }

        var info = Declare(rel.Variable, kind);
        binding.Current = binding.Current.With(info);
        binding.DeclaredRelationships.Add(rel.Variable);
        return new BoundRelationship(rel, info, false);
    }

    /// <summary>
    /// Binds the group variables of a one-hop quantified path pattern <c>((a)-[r]-&gt;(b)){m,n}</c>: <c>a</c> and
    /// <c>b</c> hold the lists of every iteration's first and last nodes, and may not be bound before.
    /// </summary>
    private BoundRelationship BindQuantifiedNodes(BoundRelationship relationship, PatternBinding binding)
    {
        if (relationship.Pattern.Quantified is not { } quantified)
        {
            return relationship;
        }

        return relationship with { GroupSlots = (Group(quantified.Left), Group(quantified.Right)) };

        int Group(NodePattern node)
        {
            if (node.Properties is Parameter)
            {
                throw CypherErrors.InvalidParameterUse(node.Properties);
            }

            if (node.Variable is null)
            {
                return -1;
            }

            if (binding.Current.Contains(node.Variable))
            {
                throw CypherErrors.VariableAlreadyBound(node.Variable, node);
            }

            if (!binding.AllowNewVariables)
            {
                throw CypherErrors.UndefinedVariable(node.Variable, node);
            }

            var info = Declare(node.Variable, VariableKind.Value, CypherType.List);
            binding.Current = binding.Current.With(info);
            return info.Slot;
        }
    }
}
