using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>
    /// Compiles a MATCH-like pattern: binds it (new variables returned in <paramref name="resulting"/>), plans it and
    /// builds its matcher.
    /// </summary>
    private PatternMatcher CompileMatchPattern(Pattern pattern, Expression? where, Scope scope, bool allowNewVariables, out Scope resulting)
    {
        var plan = PlanPattern(pattern, where, scope, allowNewVariables);
        resulting = plan.Scope;
        return BuildMatcher(plan);
    }

    /// <summary>
    /// Plans a bound pattern: each part's start node by cost (bound node, id seek, index seek, smallest label scan, all
    /// nodes) and its expansions from there.
    /// </summary>
    private PatternPlan PlanPattern(Pattern pattern, Expression? where, Scope scope, bool allowNewVariables)
    {
        where = WithInlinePredicates(pattern, where);
        var (partNodes, partRels, partPaths, current) = binder.BindPattern(pattern, scope, allowNewVariables);
        var conjuncts = where is null ? new List<Expression>() : Conjuncts(where);
        var bound = new HashSet<string>(scope.Variables.Select(v => v.Name), StringComparer.Ordinal);
        var priorRelationshipSlots = new List<int>();
        var parts = new List<PartPlan>();
        for (var p = 0; p < pattern.Parts.Length; p++)
        {
            var nodes = partNodes[p];
            var rels = partRels[p];
            var start = pattern.Parts[p].Selector == PathSelector.All
                ? ChooseStart(nodes, bound, conjuncts)
                : PlanNodeStart(0, nodes[0], bound, conjuncts).Start;
            var seen = new HashSet<string>(bound, StringComparer.Ordinal) { nodes[start.NodeIndex].Info.Name };
            var expands = new List<ExpandStep>();
            for (var i = start.NodeIndex; i < rels.Count; i++)
            {
                expands.Add(Expand(i, false, i, i + 1));
            }

            for (var i = start.NodeIndex - 1; i >= 0; i--)
            {
                expands.Add(Expand(i, true, i + 1, i));
            }

            ExpandStep Expand(int relIndex, bool reversed, int from, int to)
            {
                var toName = nodes[to].Info.Name;
                var step = new ExpandStep(relIndex, rels[relIndex].Pattern, reversed, from, to, nodes[from].Info.Name, toName, seen.Contains(toName), rels[relIndex].BoundBefore);
                seen.Add(toName);
                return step;
            }

            var variables = new HashSet<string>(
                [.. bound, .. nodes.Select(n => n.Info.Name), .. rels.Select(r => r.Info.Name), .. partPaths[p] >= 0 ? [pattern.Parts[p].Variable!] : Array.Empty<string>()],
                StringComparer.Ordinal);
            parts.Add(new PartPlan(
                pattern.Parts[p], nodes, rels, partPaths[p], start, expands, [.. priorRelationshipSlots], bound.Contains(nodes[^1].Info.Name), variables));
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

        return new PatternPlan(parts, where, conjuncts, current);
    }

    /// <summary>Builds the matcher of a planned pattern, compiling its property maps, seek keys and WHERE in its scope.</summary>
    private PatternMatcher BuildMatcher(PatternPlan plan)
    {
        var scope = plan.Scope;
        var parts = new List<PartMatcher>();
        foreach (var part in plan.Parts)
        {
            var nodeSteps = part.Nodes.Select(n => CompileNodeStep(n, scope)).ToArray();
            var relSteps = part.Relationships.Select(r => CompileRelationshipStep(r, scope)).ToArray();
            var start = part.Start;
            var selector = part.Syntax.Selector;
            parts.Add(new PartMatcher
            {
                Nodes = nodeSteps,
                Relationships = relSteps,
                Start = new StartPlan
                {
                    NodeIndex = start.NodeIndex,
                    Kind = start.Kind,
                    Index = start.Index,
                    Label = start.Label,
                    Key = start.Key is null ? null : CompileExpression(start.Key, scope),
                },
                StartBound = start.Kind == StartKind.Bound,
                Hops = part.Expands.Select(e => new Hop
                {
                    Relationship = relSteps[e.RelationshipIndex],
                    Reversed = e.Reversed,
                    Direction = e.Direction,
                    From = e.From,
                    To = e.To,
                    ToBound = e.ToBound,
                    RelationshipBound = e.RelationshipBound,
                }).ToArray(),
                PathSlot = part.PathSlot,
                Selector = selector,
                PriorRelationshipSlots = [.. part.PriorRelationshipSlots],
                EndBound = part.EndBound,
                Conditions = selector == PathSelector.All
                    ? ShortestPathConditions.None
                    : CompileShortestPathConditions(
                        part.Syntax.Variable,
                        part.Relationships[0].Pattern.Variable,
                        part.Relationships[0].Pattern.Length is not null,
                        plan.Conjuncts,
                        part.Variables,
                        scope),
            });
        }

        var predicate = plan.Where is null ? null : CompilePredicate(plan.Where, scope);
        return new PatternMatcher([.. parts], predicate, plan.ToString());
    }

    private NodeStep CompileNodeStep(BoundNode node, Scope scope)
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

    private RelationshipStep CompileRelationshipStep(BoundRelationship rel, Scope scope)
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

        Binder.CheckReadOnlySubquery(query, at);
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
