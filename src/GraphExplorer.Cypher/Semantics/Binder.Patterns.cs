using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>A node of a bound pattern: its syntax and the variable (new, hidden or already bound) that holds it.</summary>
internal sealed record BoundNode(NodePattern Pattern, VariableInfo Info);

/// <summary>A relationship of a bound pattern; <paramref name="BoundBefore"/> when an earlier clause bound its variable.</summary>
/// <param name="Quantified">For a quantified path pattern, its repeated path as bound (<see cref="Info"/> then holds
/// the list of every relationship the iterations walked, in path order).</param>
internal sealed record BoundRelationship(RelationshipPattern Pattern, VariableInfo Info, bool BoundBefore, BoundQuantifiedPath? Quantified = null);

/// <summary>
/// The repeated path of a quantified path pattern as bound: its node and relationship patterns with the variables
/// holding one iteration's elements, the group variables holding the lists after the pattern (null when anonymous),
/// and <see cref="Scope"/>, where its WHERE and property maps are read: the variables of earlier clauses and the
/// iteration's own (Cypher manual, "Patterns", "Variable-length patterns", group variables).
/// </summary>
internal sealed record BoundQuantifiedPath(
    QuantifiedPath Syntax,
    IReadOnlyList<BoundNode> Nodes,
    IReadOnlyList<BoundRelationship> Relationships,
    IReadOnlyList<VariableInfo?> NodeGroups,
    IReadOnlyList<VariableInfo?> RelationshipGroups,
    Scope Scope);

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
                rels.Add(step.Relationship.Quantified is { } quantified
                    ? BindQuantifiedPath(step.Relationship, quantified, binding)
                    : BindRelationship(step.Relationship, binding));
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

            // shortestPath(…) and allShortestPaths(…) take one relationship pattern (Neo4j refuses more); the path
            // selectors of Neo4j 5 select over any path pattern.
            if (part.Selector != PathSelector.All && !part.SelectorWritten
                && (part.Element.Steps.Length != 1 || part.Element.Steps[0].Relationship.Quantified is not null))
            {
                throw CypherErrors.Unsupported("shortestPath over more than one relationship or a quantified path pattern (write SHORTEST 1 before the pattern)", part);
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
    /// Binds a quantified path pattern: a hidden list variable for the relationships it walks; for each node and
    /// relationship inside, a variable holding one iteration's element, read by the pattern's WHERE and property maps
    /// (with the variables of earlier clauses), and, when named, its group variable, the list after the pattern. A
    /// group variable may not be bound before, nor twice (Cypher manual, "Patterns", "Variable-length patterns").
    /// </summary>
    private BoundRelationship BindQuantifiedPath(RelationshipPattern relationship, QuantifiedPath quantified, PatternBinding binding)
    {
        var walked = Declare(HiddenName(), VariableKind.RelationshipList);
        binding.Current = binding.Current.With(walked);
        var inner = binding.Outer;
        var nodes = new List<BoundNode>();
        var relationships = new List<BoundRelationship>();
        var nodeGroups = new List<VariableInfo?>();
        var relationshipGroups = new List<VariableInfo?>();
        var element = quantified.Inner;
        Add(element.Start, element.Start.Variable, element.Start.Properties, VariableKind.Node);
        foreach (var step in element.Steps)
        {
            Add(step.Relationship, step.Relationship.Variable, step.Relationship.Properties, VariableKind.Relationship);
            Add(step.Node, step.Node.Variable, step.Node.Properties, VariableKind.Node);
        }

        var bound = new BoundQuantifiedPath(quantified, nodes, relationships, nodeGroups, relationshipGroups, inner);
        return new BoundRelationship(relationship, walked, false, bound);

        void Add(SyntaxNode pattern, string? name, Expression? properties, VariableKind kind)
        {
            if (properties is Parameter)
            {
                throw CypherErrors.InvalidParameterUse(properties);
            }

            VariableInfo? group = null;
            if (name is not null)
            {
                if (binding.Current.Contains(name))
                {
                    throw CypherErrors.VariableAlreadyBound(name, pattern);
                }

                if (!binding.AllowNewVariables)
                {
                    throw CypherErrors.UndefinedVariable(name, pattern);
                }

                group = Declare(name, VariableKind.Value, CypherType.List);
                binding.Current = binding.Current.With(group);
            }

            var single = Declare(name ?? HiddenName(), kind);
            inner = inner.With(single);
            if (pattern is NodePattern node)
            {
                nodes.Add(new BoundNode(node, single));
                nodeGroups.Add(group);
            }
            else
            {
                relationships.Add(new BoundRelationship((RelationshipPattern)pattern, single, false));
                relationshipGroups.Add(group);
            }
        }
    }
}
