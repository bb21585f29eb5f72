using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

internal sealed partial class PhysicalPlanner
{
    /// <summary>
    /// Compiles a MATCH-like pattern: binds it (new variables returned in <paramref name="resulting"/>), plans it and
    /// builds its matcher.
    /// </summary>
    private PatternMatcher CompileMatchPattern(Pattern pattern, Expression? where, Scope scope, bool allowNewVariables, out Scope resulting)
    {
        var plan = patterns.Plan(pattern, where, scope, allowNewVariables);
        resulting = plan.Scope;
        return BuildMatcher(plan);
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
        var plan = CompileSubquery(query ?? throw CypherErrors.Unsupported("Empty subquery", at), scope);
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
