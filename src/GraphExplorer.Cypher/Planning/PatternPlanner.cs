using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Plans a pattern (of MATCH, OPTIONAL MATCH, MERGE or a pattern expression) into a <see cref="PatternPlan"/>: binds it,
/// chooses where each part starts (<c>StartChoice</c>) and the expansions from there.
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation, sharing its <see cref="Binder"/>.</remarks>
internal sealed partial class PatternPlanner(Binder binder, IGraphReader graph)
{
    /// <summary>
    /// Plans a bound pattern: each part's start node by cost (bound node, id seek, index seek, smallest label scan, all
    /// nodes) and its expansions from there.
    /// </summary>
    public PatternPlan Plan(Pattern pattern, Expression? where, Scope scope, bool allowNewVariables)
    {
        where = WithInlinePredicates(pattern, where);
        var (partNodes, partRels, partPaths, current) = binder.BindPattern(pattern, scope, allowNewVariables);
        CheckQuantifiedPathReferences(partRels, scope, current);
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
                [.. bound, .. nodes.Select(n => n.Info.Name), .. rels.Select(r => r.Info.Name), .. rels.SelectMany(GroupNames), .. partPaths[p] >= 0 ? [pattern.Parts[p].Variable!] : Array.Empty<string>()],
                StringComparer.Ordinal);
            parts.Add(new PartPlan(
                pattern.Parts[p], nodes, rels, partPaths[p], start, expands, [.. priorRelationshipSlots], bound.Contains(nodes[^1].Info.Name), variables));
            foreach (var n in nodes)
            {
                bound.Add(n.Info.Name);
            }

            foreach (var r in rels)
            {
                bound.UnionWith(GroupNames(r));
                bound.Add(r.Info.Name);
                priorRelationshipSlots.Add(r.Info.Slot);
            }
        }

        return new PatternPlan(parts, where, conjuncts, current);
    }

    /// <summary>
    /// The pattern's WHERE with every predicate written inside its node and relationship patterns added (AND). A
    /// predicate on a variable that a quantified relationship or path pattern turns into a list holds for each
    /// element: <c>-[r WHERE r.w &gt; 1]-&gt;{1,3}</c> means <c>all(r IN r WHERE r.w &gt; 1)</c>. The predicates inside a
    /// quantified path pattern stay with it: they are checked on each iteration.
    /// </summary>
    private static Expression? WithInlinePredicates(Pattern pattern, Expression? where)
    {
        var predicates = new List<Expression>();
        foreach (var part in pattern.Parts)
        {
            AddNode(part.Element.Start);
            foreach (var step in part.Element.Steps)
            {
                var relationship = step.Relationship;
                if (relationship.Where is { } relationshipWhere)
                {
                    predicates.Add(relationship.Length is null ? relationshipWhere : ForEach(relationship.Variable, relationshipWhere));
                }

                AddNode(step.Node);
            }
        }

        if (predicates.Count == 0)
        {
            return where;
        }

        var combined = where;
        foreach (var predicate in predicates)
        {
            combined = combined is null ? predicate : new Binary(BinaryOperator.And, combined, predicate, combined.Span);
        }

        return combined;

        void AddNode(NodePattern node)
        {
            if (node.Where is { } nodeWhere)
            {
                predicates.Add(nodeWhere);
            }
        }

        static Expression ForEach(string? variable, Expression predicate) =>
            variable is null
                ? predicate
                : new Quantifier(QuantifierKind.All, variable, new Variable(variable, predicate.Span), predicate, predicate.Span);
    }

}
