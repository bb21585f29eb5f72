using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>Creates the entities of one pattern part into a row (binding new variables).</summary>
    private delegate void PartCreator(object?[] row, QueryContext ctx);

    private Scope CompileCreate(CreateClause create, Scope scope, List<Operator> ops)
    {
        updating = true;
        var before = scope;
        var created = new HashSet<string>(StringComparer.Ordinal);
        var creators = new List<PartCreator>();
        foreach (var part in create.Pattern.Parts)
        {
            creators.Add(BuildCreator(part, name => before.Contains(name) || created.Contains(name), created, ref scope, isMerge: false));
        }

        var all = creators.ToArray();
        ops.Add(new EagerOperator("Create", (row, ctx) =>
        {
            var copy = (object?[])row.Clone();
            foreach (var creator in all)
            {
                creator(copy, ctx);
            }

            return [copy];
        }));
        return scope;
    }

    /// <summary>
    /// Builds the creation of one part. A named node that is already bound is reused (and may not restate labels or
    /// properties); everything else is created. Relationships need one type and a direction.
    /// </summary>
    private PartCreator BuildCreator(PatternPart part, Func<string, bool> isBound, HashSet<string> created, ref Scope scopeRef, bool isMerge)
    {
        var binding = new CreatorBinding(new CreateBinding(scopeRef, isBound, created, isMerge));
        Binder.CheckCreatedPart(part, binding.Binding);
        binding.NodeSlots.Add(DeclareCreatedNode(part.Element.Start, binding));
        for (var i = 0; i < part.Element.Steps.Length; i++)
        {
            DeclareCreatedRelationship(part.Element.Steps[i], i, binding);
        }

        var pathSlot = binder.BindCreatedPath(part, binding.Binding);

        scopeRef = binding.Binding.Scope;
        var nodeArray = binding.NodeActions.ToArray();
        var relArray = binding.RelationshipActions.ToArray();
        var nodeSlotArray = binding.NodeSlots.ToArray();
        var relSlotArray = binding.RelationshipSlots.ToArray();
        return (row, ctx) =>
        {
            foreach (var action in nodeArray)
            {
                action(row, ctx);
            }

            foreach (var action in relArray)
            {
                action(row, ctx);
            }

            if (pathSlot >= 0)
            {
                row[pathSlot] = new PathValue(
                    nodeSlotArray.Select(s => (NodeValue)row[s]!).ToArray(),
                    relSlotArray.Select(s => (RelationshipValue)row[s]!).ToArray());
            }
        };
    }

    /// <summary>The creation of one pattern part built so far: its bindings and the actions that create its entities.</summary>
    private sealed class CreatorBinding(CreateBinding binding)
    {
        public CreateBinding Binding { get; } = binding;

        public List<Action<object?[], QueryContext>> NodeActions { get; } = [];

        public List<Action<object?[], QueryContext>> RelationshipActions { get; } = [];

        public List<int> NodeSlots { get; } = [];

        public List<int> RelationshipSlots { get; } = [];
    }

    /// <summary>
    /// A node of a part to create: a bound node is reused (checked at run time to be a node, and it may not restate labels
    /// or properties); otherwise a new node is created into its slot. Gives the node's slot.
    /// </summary>
    private int DeclareCreatedNode(NodePattern node, CreatorBinding binding)
    {
        var (slot, reused) = binder.BindCreatedNode(node, binding.Binding);
        if (reused)
        {
            binding.NodeActions.Add((row, _) =>
            {
                if (row[slot] is not NodeValue)
                {
                    throw CypherErrors.InvalidArgumentType(
                        $"Failed to create relationship, because node `{node.Variable}` is {(row[slot] is null ? "null" : Operations.TypeName(row[slot]))}", node);
                }
            });
            return slot;
        }

        var labels = node.Labels.ToArray();
        var properties = node.Properties is null ? null : CompileExpression(node.Properties, binding.Binding.Before);
        binding.NodeActions.Add((row, ctx) =>
        {
            var map = properties?.Invoke(row, ctx);
            if (map is not null and not IReadOnlyDictionary<string, object?>)
            {
                throw CypherErrors.InvalidArgumentType($"Node properties must be a map, got {Operations.TypeName(map)}", node);
            }

            row[slot] = EntityWriter.CreateNode(labels, (IReadOnlyDictionary<string, object?>?)map, ctx, node);
        });
        return slot;
    }

    /// <summary>
    /// The <paramref name="index"/>th relationship of a part to create, with the node after it: one type, a direction
    /// (except in MERGE), no variable length, and a variable not bound before.
    /// </summary>
    private void DeclareCreatedRelationship(PatternStep step, int index, CreatorBinding binding)
    {
        var rel = step.Relationship;
        var relSlot = binder.BindCreatedRelationship(rel, binding.Binding);
        binding.NodeSlots.Add(DeclareCreatedNode(step.Node, binding));
        var fromSlot = binding.NodeSlots[index];
        var toSlot = binding.NodeSlots[index + 1];
        var type = rel.Types[0];
        var incoming = rel.Direction == RelationshipDirection.Incoming;
        var properties = rel.Properties is null ? null : CompileExpression(rel.Properties, binding.Binding.Before);
        binding.RelationshipSlots.Add(relSlot);
        binding.RelationshipActions.Add((row, ctx) =>
        {
            var map = properties?.Invoke(row, ctx);
            if (map is not null and not IReadOnlyDictionary<string, object?>)
            {
                throw CypherErrors.InvalidArgumentType($"Relationship properties must be a map, got {Operations.TypeName(map)}", rel);
            }

            var from = (NodeValue)row[fromSlot]!;
            var to = (NodeValue)row[toSlot]!;
            row[relSlot] = incoming
                ? EntityWriter.CreateRelationship(type, to, from, (IReadOnlyDictionary<string, object?>?)map, ctx, rel)
                : EntityWriter.CreateRelationship(type, from, to, (IReadOnlyDictionary<string, object?>?)map, ctx, rel);
        });
    }

    private Scope CompileMerge(MergeClause merge, Scope scope, List<Operator> ops)
    {
        updating = true;
        var before = scope;
        Binder.CheckMerge(merge, before);
        var matcher = CompileMatchPattern(new Pattern([merge.Part], merge.Part.Span), null, scope, allowNewVariables: true, out var next);
        var creator = BuildCreator(merge.Part, before.Contains, new HashSet<string>(StringComparer.Ordinal), ref next, isMerge: true);
        var propertyChecks = new List<(Evaluator Value, SyntaxNode At)>();
        foreach (var node in new[] { merge.Part.Element.Start }.Concat(merge.Part.Element.Steps.Select(s => s.Node)))
        {
            if (node.Properties is MapLiteral map)
            {
                propertyChecks.AddRange(map.Entries.Select(e => (CompileExpression(e.Value, before), (SyntaxNode)e)));
            }
        }

        foreach (var step in merge.Part.Element.Steps)
        {
            if (step.Relationship.Properties is MapLiteral map)
            {
                propertyChecks.AddRange(map.Entries.Select(e => (CompileExpression(e.Value, before), (SyntaxNode)e)));
            }
        }

        var onCreate = merge.Actions.Where(a => a.OnCreate).SelectMany(a => a.Items).Select(i => CompileSetItem(i, next)).ToArray();
        var onMatch = merge.Actions.Where(a => !a.OnCreate).SelectMany(a => a.Items).Select(i => CompileSetItem(i, next)).ToArray();
        var checks = propertyChecks.ToArray();
        ops.Add(new EagerOperator("Merge: " + matcher.Description, (row, ctx) =>
        {
            var matches = matcher.Matches(row, ctx).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    foreach (var set in onMatch)
                    {
                        set(match, ctx);
                    }
                }

                return matches;
            }

            foreach (var (value, at) in checks)
            {
                if (value(row, ctx) is null)
                {
                    throw CypherErrors.MergeReadOwnWrites(at);
                }
            }

            var copy = (object?[])row.Clone();
            creator(copy, ctx);
            foreach (var set in onCreate)
            {
                set(copy, ctx);
            }

            return [copy];
        }));
        return next;
    }
}
