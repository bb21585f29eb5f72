using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Quantified path patterns in a planned pattern (Cypher manual, "Patterns", "Variable-length patterns"): their group
/// variables, the predicates checked on each iteration, and the scoping rule of what they may read.
/// </summary>
internal sealed partial class PatternPlanner
{
    /// <summary>The group variables a relationship of a pattern binds (a quantified path pattern's named elements).</summary>
    internal static IEnumerable<string> GroupNames(BoundRelationship relationship) =>
        relationship.Quantified is not { } quantified
            ? []
            : quantified.NodeGroups.Concat(quantified.RelationshipGroups).OfType<VariableInfo>().Select(group => group.Name);

    /// <summary>
    /// What one iteration must satisfy besides labels, types and property maps: the pattern's WHERE and the WHERE inside
    /// each of its node and relationship patterns (ANDed), read in the iteration's scope; null when there is none.
    /// </summary>
    internal static Expression? IterationPredicate(QuantifiedPath quantified)
    {
        var predicates = new List<Expression>();
        var element = quantified.Inner;
        Add(element.Start.Where);
        foreach (var step in element.Steps)
        {
            Add(step.Relationship.Where);
            Add(step.Node.Where);
        }

        Add(quantified.Where);
        Expression? combined = null;
        foreach (var predicate in predicates)
        {
            combined = combined is null ? predicate : new Binary(BinaryOperator.And, combined, predicate, combined.Span);
        }

        return combined;

        void Add(Expression? predicate)
        {
            if (predicate is not null)
            {
                predicates.Add(predicate);
            }
        }
    }

    /// <summary>
    /// Inside a quantified path pattern only its own variables and those of earlier clauses may be read: a variable the
    /// same graph pattern declares outside it is refused (Neo4j's 42I21), not taken as undefined.
    /// </summary>
    private static void CheckQuantifiedPathReferences(IReadOnlyList<IReadOnlyList<BoundRelationship>> parts, Scope before, Scope after)
    {
        foreach (var relationship in parts.SelectMany(part => part))
        {
            if (relationship.Quantified is not { } quantified)
            {
                continue;
            }

            var reads = new HashSet<string>(StringComparer.Ordinal);
            foreach (var expression in ReadExpressions(quantified.Syntax))
            {
                ExpressionVariables.TryCollect(expression, reads);
            }

            foreach (var name in reads)
            {
                if (!quantified.Scope.Contains(name) && !before.Contains(name) && after.Contains(name))
                {
                    throw CypherErrors.ReferenceOutOfQuantifiedPath(name, "the quantified path pattern", quantified.Syntax);
                }
            }
        }
    }

    /// <summary>The expressions written inside a quantified path pattern: its WHERE, inner WHEREs and property maps.</summary>
    private static IEnumerable<Expression> ReadExpressions(QuantifiedPath quantified)
    {
        if (IterationPredicate(quantified) is { } predicate)
        {
            yield return predicate;
        }

        var element = quantified.Inner;
        var properties = new List<Expression?> { element.Start.Properties };
        foreach (var step in element.Steps)
        {
            properties.Add(step.Relationship.Properties);
            properties.Add(step.Node.Properties);
        }

        foreach (var map in properties.OfType<Expression>())
        {
            yield return map;
        }
    }
}
