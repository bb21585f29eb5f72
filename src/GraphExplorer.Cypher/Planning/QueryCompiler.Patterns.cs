using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    private sealed record DeclaredNode(NodePattern Pattern, VariableInfo Info);

    /// <param name="GroupSlots">For a quantified path pattern, the slots of its group variables (-1 when anonymous).</param>
    private sealed record DeclaredRelationship(RelationshipPattern Pattern, VariableInfo Info, bool BoundBefore, (int First, int Last) GroupSlots = default);

    /// <summary>
    /// Compiles a MATCH-like pattern: declares its new variables (returned in <paramref name="resulting"/>), checks
    /// scoping rules, and plans each part's start node by cost (bound node, id seek, index seek, smallest label scan,
    /// all nodes) and its expansion order.
    /// </summary>
    private PatternMatcher CompileMatchPattern(Pattern pattern, Expression? where, Scope scope, bool allowNewVariables, out Scope resulting)
    {
        where = WithInlinePredicates(pattern, where);
        var (partNodes, partRels, partPaths, current) = BindPattern(pattern, scope, allowNewVariables);
        resulting = current;
        var conjuncts = where is null ? new List<Expression>() : Conjuncts(where);
        var bound = new HashSet<string>(scope.Variables.Select(v => v.Name), StringComparer.Ordinal);
        var priorRelationshipSlots = new List<int>();
        var parts = new List<PartMatcher>();
        var descriptions = new List<string>();
        for (var p = 0; p < pattern.Parts.Length; p++)
        {
            var nodes = partNodes[p];
            var rels = partRels[p];
            var nodeSteps = nodes.Select(n => CompileNodeStep(n, current)).ToArray();
            var relSteps = rels.Select(r => CompileRelationshipStep(r, current)).ToArray();
            var start = pattern.Parts[p].Selector == PathSelector.All
                ? ChooseStart(nodes, nodeSteps, bound, conjuncts, current)
                : PlanNodeStart(0, nodes[0], nodeSteps[0], bound, conjuncts, current).Plan;
            var seen = new HashSet<string>(bound, StringComparer.Ordinal) { nodes[start.NodeIndex].Info.Name };
            var hops = new List<Hop>();
            var text = new List<string> { start.Description };
            for (var i = start.NodeIndex; i < rels.Count; i++)
            {
                hops.Add(MakeHop(i, false, i, i + 1));
            }

            for (var i = start.NodeIndex - 1; i >= 0; i--)
            {
                hops.Add(MakeHop(i, true, i + 1, i));
            }

            Hop MakeHop(int relIndex, bool reversed, int from, int to)
            {
                var toName = nodes[to].Info.Name;
                var hop = new Hop
                {
                    Relationship = relSteps[relIndex],
                    Reversed = reversed,
                    From = from,
                    To = to,
                    ToBound = seen.Contains(toName),
                    RelationshipBound = rels[relIndex].BoundBefore,
                };
                seen.Add(toName);
                text.Add(DescribeHop(hop, rels[relIndex].Pattern, nodes[from].Info.Name, toName));
                return hop;
            }

            var partMatcher = new PartMatcher
            {
                Nodes = nodeSteps,
                Relationships = relSteps,
                Start = start,
                StartBound = start.Kind == StartKind.Bound,
                Hops = [.. hops],
                PathSlot = partPaths[p],
                Selector = pattern.Parts[p].Selector,
                PriorRelationshipSlots = [.. priorRelationshipSlots],
                EndBound = bound.Contains(nodes[^1].Info.Name),
                Conditions = pattern.Parts[p].Selector == PathSelector.All
                    ? ShortestPathConditions.None
                    : CompileShortestPathConditions(
                        pattern.Parts[p].Variable,
                        rels[0].Pattern.Variable,
                        rels[0].Pattern.Length is not null,
                        conjuncts,
                        [.. bound, .. nodes.Select(n => n.Info.Name), .. rels.Select(r => r.Info.Name), .. partPaths[p] >= 0 ? [pattern.Parts[p].Variable!] : Array.Empty<string>()],
                        current),
            };
            parts.Add(partMatcher);
            descriptions.Add(pattern.Parts[p].Selector == PathSelector.All ? string.Join(" → ", text) : $"ShortestPath({start.Description})");
            foreach (var n in nodes)
            {
                bound.Add(n.Info.Name);
            }

            foreach (var r in rels)
            {
                bound.Add(r.Info.Name);
                priorRelationshipSlots.Add(r.Info.Slot);
            }
        }

        var predicate = where is null ? null : CompilePredicate(where, current);
        return new PatternMatcher([.. parts], predicate, string.Join("; ", descriptions));
    }

    /// <summary>
    /// Binds a pattern's variables part by part (checking the scoping and type rules) and gives them with the scope
    /// after the pattern; a path variable gets a slot of its own.
    /// </summary>
    private (List<List<DeclaredNode>> Nodes, List<List<DeclaredRelationship>> Relationships, List<int> PathSlots, Scope Scope) BindPattern(
        Pattern pattern, Scope scope, bool allowNewVariables)
    {
        var binding = new PatternBinding(scope, allowNewVariables);
        var partNodes = new List<List<DeclaredNode>>();
        var partRels = new List<List<DeclaredRelationship>>();
        var partPaths = new List<int>();

        foreach (var part in pattern.Parts)
        {
            var nodes = new List<DeclaredNode>();
            var rels = new List<DeclaredRelationship>();
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

                pathSlot = slots.Next();
                binding.Current = binding.Current.With(new VariableInfo(part.Variable, pathSlot, VariableKind.Path));
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

        return (partNodes, partRels, partPaths, binding.Current);
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
    private DeclaredNode BindNode(NodePattern node, PatternBinding binding)
    {
        if (node.Properties is Parameter)
        {
            throw CypherErrors.InvalidParameterUse(node.Properties);
        }

        if (node.Variable is null)
        {
            var hidden = new VariableInfo(HiddenName(), slots.Next(), VariableKind.Node);
            binding.Current = binding.Current.With(hidden);
            return new DeclaredNode(node, hidden);
        }

        var existing = binding.Current.Find(node.Variable);
        if (existing is not null)
        {
            if (existing.Kind is not (VariableKind.Node or VariableKind.Any) || existing.Type is not (null or CypherType.Node))
            {
                throw CypherErrors.VariableTypeConflict(node.Variable, CypherType.Node, existing.Type?.ToString() ?? existing.Kind.ToString(), node);
            }

            return new DeclaredNode(node, existing);
        }

        if (!binding.AllowNewVariables)
        {
            throw CypherErrors.UndefinedVariable(node.Variable, node);
        }

        var info = new VariableInfo(node.Variable, slots.Next(), VariableKind.Node);
        binding.Current = binding.Current.With(info);
        return new DeclaredNode(node, info);
    }

    /// <summary>
    /// A relationship of a pattern: a new variable, a hidden one, or one bound by an earlier clause (never twice in one
    /// pattern), which must hold a relationship (a list of them for a variable length).
    /// </summary>
    private DeclaredRelationship BindRelationship(RelationshipPattern rel, PatternBinding binding)
    {
        if (rel.Properties is Parameter)
        {
            throw CypherErrors.InvalidParameterUse(rel.Properties);
        }

        var kind = rel.Length is null ? VariableKind.Relationship : VariableKind.RelationshipList;
        if (rel.Variable is null)
        {
            var hidden = new VariableInfo(HiddenName(), slots.Next(), kind);
            binding.Current = binding.Current.With(hidden);
            return new DeclaredRelationship(rel, hidden, false);
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
            return new DeclaredRelationship(rel, existing, true);
        }

        if (!binding.AllowNewVariables)
        {
            throw CypherErrors.UndefinedVariable(rel.Variable, rel);
        }

        var info = new VariableInfo(rel.Variable, slots.Next(), kind);
        binding.Current = binding.Current.With(info);
        binding.DeclaredRelationships.Add(rel.Variable);
        return new DeclaredRelationship(rel, info, false);
    }

    /// <summary>How EXPLAIN shows a hop, e.g. <c>Expand(o)&lt;-[:MEMBER]-(p)</c> or <c>VarLengthExpand(a)-[:KNOWS*1..3]->(b)</c>.</summary>
    private static string DescribeHop(Hop hop, RelationshipPattern r, string fromName, string toName)
    {
        var types = r.Types.IsEmpty ? "" : ":" + string.Join("|", r.Types);
        var length = r.Length is null ? "" : $"*{r.Length.Min}..{r.Length.Max}";
        var arrow = hop.Direction switch
        {
            RelationshipDirection.Outgoing => $"-[{types}{length}]->",
            RelationshipDirection.Incoming => $"<-[{types}{length}]-",
            _ => $"-[{types}{length}]-",
        };
        return (r.Length is null ? "Expand" : "VarLengthExpand") + $"({Display(fromName)}){arrow}({Display(toName)})";
    }

    private static string Display(string name) => name.StartsWith("  ", StringComparison.Ordinal) ? "" : name;

    private NodeStep CompileNodeStep(DeclaredNode node, Scope scope)
    {
        var (keys, values) = CompilePropertyMap(node.Pattern.Properties, scope);
        return new NodeStep
        {
            Slot = node.Info.Slot,
            Labels = [.. node.Pattern.Labels],
            PropertyKeys = keys,
            PropertyValues = values,
            LabelExpression = node.Pattern.LabelExpression,
            Name = node.Info.Name,
        };
    }

    private RelationshipStep CompileRelationshipStep(DeclaredRelationship rel, Scope scope)
    {
        var (keys, values) = CompilePropertyMap(rel.Pattern.Properties, scope);
        var length = rel.Pattern.Length;
        return new RelationshipStep
        {
            Iteration = CompileQuantifiedIteration(rel, scope),
            Slot = rel.Info.Slot,
            Types = [.. rel.Pattern.Types],
            Direction = rel.Pattern.Direction,
            TypeExpression = rel.Pattern.TypeExpression,
            VariableLength = length is not null,
            Min = length?.Min ?? 1,
            Max = length is null ? 1 : length.Max ?? int.MaxValue,
            PropertyKeys = keys,
            PropertyValues = values,
        };
    }

    private (string[] Keys, Evaluator[] Values) CompilePropertyMap(Expression? properties, Scope scope)
    {
        if (properties is not MapLiteral map)
        {
            return (Array.Empty<string>(), Array.Empty<Evaluator>());
        }

        return ([.. map.Entries.Select(e => e.Key)], [.. map.Entries.Select(e => CompileExpression(e.Value, scope))]);
    }

    private PatternMatcher CompilePatternExpression(Pattern pattern, Expression? where, Scope scope, out Scope inner) =>
        CompileMatchPattern(pattern, where, scope, allowNewVariables: where is not null || pattern.Parts.Any(p => p.Variable is not null), out inner);

    private Evaluator CompilePatternComprehension(PatternComprehension comprehension, Scope scope)
    {
        var pattern = new Pattern([new PatternPart(comprehension.PathVariable, comprehension.Pattern, PathSelector.All, comprehension.Span)], comprehension.Span);
        var matcher = CompileMatchPattern(pattern, comprehension.Where, scope, allowNewVariables: true, out var inner);
        var projection = CompileExpression(comprehension.Projection, inner);
        return (row, ctx) =>
        {
            var result = new List<object?>();
            foreach (var match in matcher.Matches(row, ctx))
            {
                result.Add(projection(match, ctx));
            }

            return result;
        };
    }

    private Func<object?[], QueryContext, long> CompileSubqueryCount(Pattern? pattern, Expression? where, Query? query, Scope scope, SyntaxNode at, bool stopAtFirst)
    {
        if (pattern is not null)
        {
            var matcher = CompileMatchPattern(pattern, where, scope, allowNewVariables: true, out _);
            return (row, ctx) =>
            {
                long count = 0;
                foreach (var _ in matcher.Matches(row, ctx))
                {
                    count++;
                    if (stopAtFirst)
                    {
                        break;
                    }
                }

                return count;
            };
        }

        var clauses = query switch
        {
            SingleQuery single => single.Clauses.AsEnumerable(),
            UnionQuery union => union.Queries.SelectMany(q => q.Clauses),
            _ => [],
        };
        if (clauses.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause))
        {
            throw CypherErrors.UpdateInExistsOrCountSubquery(at);
        }

        var plan = CompileSubquery(query ?? throw CypherErrors.Unsupported("Empty subquery", at), scope, allowUnitQuery: true);
        return (row, ctx) =>
        {
            long count = 0;
            foreach (var _ in plan.Run(row, ctx))
            {
                count++;
                if (stopAtFirst)
                {
                    break;
                }
            }

            return count;
        };
    }
}
