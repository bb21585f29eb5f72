using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// A planned pattern to its matcher (node and relationship steps, seek keys, WHERE), shortest-path conditions,
/// the iterations of quantified path patterns (Cypher manual, "Patterns"), and pattern expressions and
/// comprehensions.
/// </summary>
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
                PathCount = part.Syntax.PathCount,
                PriorRelationshipSlots = [.. part.PriorRelationshipSlots],
                EndBound = part.EndBound,
                Conditions = selector == PathSelector.All
                    ? ShortestPathConditions.None
                    : part.Relationships.Count != 1 || part.Relationships[0].Quantified is not null
                    ? CompileSelectionFilter(part, plan.Conjuncts, scope)
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
            DynamicLabels = CompileDynamicLabels(node.Pattern.DynamicLabels, scope),
            Name = node.Info.Name,
        };
    }

    private RelationshipStep CompileRelationshipStep(BoundRelationship rel, Scope scope)
    {
        var (keys, values) = CompilePropertyMap(rel.Pattern.Properties, scope);
        var length = rel.Pattern.Length;
        return new RelationshipStep
        {
            Trail = rel.Quantified is { } quantified ? CompileTrail(quantified) : null,
            Slot = rel.Info.Slot,
            Types = [.. rel.Pattern.Types],
            Direction = rel.Pattern.Direction,
            TypeExpression = rel.Pattern.TypeExpression,
            DynamicTypes = CompileDynamicLabels(rel.Pattern.DynamicTypes, scope),
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

    /// <summary>
    /// Picks out the WHERE conjuncts that constrain a shortest-path part's search: those reading its path or
    /// relationship variable, and nothing bound later in the MATCH. <c>all</c> / <c>none</c> over
    /// <c>relationships(p)</c>, <c>nodes(p)</c> or the relationship list, with an inner predicate that does not read the
    /// path again, become per-step conditions (the breadth-first search still applies); any other such conjunct
    /// becomes a whole-path condition, which needs the exhaustive search. Conjuncts holding a pattern or a subquery
    /// are left to the MATCH's filter alone.
    /// </summary>
    private ShortestPathConditions CompileShortestPathConditions(
        string? pathVariable, string? relationshipVariable, bool variableLength, IReadOnlyList<Expression> conjuncts, IReadOnlySet<string> available, Scope scope)
    {
        var path = new HashSet<string>(StringComparer.Ordinal);
        if (pathVariable is not null)
        {
            path.Add(pathVariable);
        }

        if (relationshipVariable is not null)
        {
            path.Add(relationshipVariable);
        }

        var relationships = new List<ElementCondition>();
        var nodes = new List<ElementCondition>();
        var wholePath = new List<Func<object?[], QueryContext, bool>>();
        foreach (var conjunct in conjuncts)
        {
            var reads = new HashSet<string>(StringComparer.Ordinal);
            if (path.Count == 0 || !ExpressionVariables.TryCollect(conjunct, reads) || !reads.Overlaps(path) || !reads.IsSubsetOf(available))
            {
                continue;
            }

            if (conjunct is Quantifier { Kind: QuantifierKind.All or QuantifierKind.None, Predicate: { } predicate } quantifier
                && ElementsOf(quantifier.Source) is { } overRelationships
                && !path.Contains(quantifier.Variable))
            {
                var inner = new HashSet<string>(StringComparer.Ordinal);
                ExpressionVariables.TryCollect(predicate, inner);
                inner.Remove(quantifier.Variable);
                if (!inner.Overlaps(path))
                {
                    var element = binder.Declare(quantifier.Variable, VariableKind.Any);
                    var slot = element.Slot;
                    var evaluator = CompileExpression(predicate, scope.With(element));
                    (overRelationships ? relationships : nodes).Add(new ElementCondition(slot, evaluator, quantifier.Kind == QuantifierKind.All));
                    continue;
                }
            }

            wholePath.Add(CompilePredicate(conjunct, scope));
        }

        if (relationships.Count == 0 && nodes.Count == 0 && wholePath.Count == 0)
        {
            return ShortestPathConditions.None;
        }

        var checks = wholePath.ToArray();
        return new ShortestPathConditions
        {
            Relationships = [.. relationships],
            Nodes = [.. nodes],
            Path = checks.Length == 0 ? null : (row, ctx) => checks.All(check => check(row, ctx)),
        };

        // True for the path's relationships, false for its nodes, null for any other list.
        bool? ElementsOf(Expression source) => source switch
        {
            FunctionCall { Arguments: [Variable v] } f when v.Name == pathVariable && f.Name.Equals("relationships", StringComparison.OrdinalIgnoreCase) => true,
            FunctionCall { Arguments: [Variable v] } f when v.Name == pathVariable && f.Name.Equals("nodes", StringComparison.OrdinalIgnoreCase) => false,
            Variable v when variableLength && v.Name == relationshipVariable => true,
            _ => null,
        };
    }

    /// <summary>
    /// For a path selector over several steps or a quantified path pattern: the WHERE conjuncts that read the part's own
    /// variables (and nothing bound later), checked on each candidate path before the selection, as Neo4j applies a
    /// MATCH's WHERE to a selective path pattern before choosing the shortest paths.
    /// </summary>
    private ShortestPathConditions CompileSelectionFilter(PartPlan part, IReadOnlyList<Expression> conjuncts, Scope scope)
    {
        var own = new HashSet<string>(
            [.. part.Nodes.Select(n => n.Info.Name), .. part.Relationships.Select(r => r.Info.Name), .. part.Relationships.SelectMany(PatternPlanner.GroupNames)],
            StringComparer.Ordinal);
        if (part.Syntax.Variable is { } pathVariable)
        {
            own.Add(pathVariable);
        }

        var checks = new List<Func<object?[], QueryContext, bool>>();
        foreach (var conjunct in conjuncts)
        {
            var reads = new HashSet<string>(StringComparer.Ordinal);
            if (ExpressionVariables.TryCollect(conjunct, reads) && reads.Overlaps(own) && reads.IsSubsetOf(part.Variables))
            {
                checks.Add(CompilePredicate(conjunct, scope));
            }
        }

        var all = checks.ToArray();
        return all.Length == 0
            ? ShortestPathConditions.None
            : new ShortestPathConditions { Relationships = [], Nodes = [], Path = (row, ctx) => all.All(check => check(row, ctx)) };
    }

    /// <summary>A quantified path pattern's repeated path, its steps and predicate compiled in the iteration's scope.</summary>
    private QuantifiedTrail CompileTrail(BoundQuantifiedPath quantified)
    {
        var scope = quantified.Scope;
        var predicate = PatternPlanner.IterationPredicate(quantified.Syntax);
        return new QuantifiedTrail
        {
            Nodes = [.. quantified.Nodes.Select(node => CompileNodeStep(node, scope))],
            Relationships = [.. quantified.Relationships.Select(relationship => CompileRelationshipStep(relationship, scope))],
            NodeGroupSlots = [.. quantified.NodeGroups.Select(group => group?.Slot ?? -1)],
            RelationshipGroupSlots = [.. quantified.RelationshipGroups.Select(group => group?.Slot ?? -1)],
            Where = predicate is null ? null : CompilePredicate(predicate, scope),
        };
    }

    private DynamicLabelCheck[] CompileDynamicLabels(System.Collections.Immutable.ImmutableArray<DynamicLabel> labels, Scope scope) =>
        [.. labels.Select(label => new DynamicLabelCheck(CompileExpression(label.Value, scope), label))];
}
