using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

internal sealed partial class PhysicalPlanner
{
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
}
