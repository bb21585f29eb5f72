using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Counting a one-hop pattern per node as that node's degree: <c>MATCH (a)-[r:T]-&gt;() RETURN a, count(r)</c> matches
/// one row per relationship of <c>a</c>, so each aggregated count of a group is the sum of its nodes' degrees, and a
/// node without such relationships gives no row. The MATCH then only finds the nodes (its expansion dropped) and the
/// aggregation adds up their <see cref="RelationshipDegree"/>, touching no relationship.
/// </summary>
/// <remarks>
/// Applies only where no answer can differ from the expansion's: a plain MATCH (not OPTIONAL) of one part with one
/// single-hop relationship, expanded from its start node to a fresh node that has no label, property or predicate;
/// the relationship new, with no property, predicate or type expression; no WHERE and no path variable; every
/// aggregated item a plain <c>count(*)</c> or <c>count(v)</c> of a pattern variable (never null in a match, so each
/// row counts once), and no grouping key reading the relationship or the other node. Thread-safe (stateless).
/// </remarks>
internal static class DegreeShortcut
{
    /// <summary>The node-finding MATCH and the degree its rows are weighted by, or false when the shortcut does not apply.</summary>
    public static bool TryPlan(
        PatternMatch match, IReadOnlyList<ProjectedColumn> columns, IReadOnlyList<bool> isAggregate,
        out PatternMatch nodes, out RelationshipDegree degree)
    {
        nodes = match;
        degree = null!;
        var pattern = match.Pattern;
        if (match.Optional || pattern.Where is not null || pattern.Parts.Count != 1)
        {
            return false;
        }

        var part = pattern.Parts[0];
        if (part.Syntax.Selector != PathSelector.All || part.PathSlot >= 0 || part.Relationships.Count != 1 || part.Expands.Count != 1)
        {
            return false;
        }

        var expand = part.Expands[0];
        var relationship = part.Relationships[0];
        var other = part.Nodes[expand.To].Pattern;
        if (expand.From != part.Start.NodeIndex || expand.ToBound || expand.RelationshipBound
            || relationship.Pattern is not { Length: null, Properties: null, Where: null, TypeExpression: null, Quantified: null }
            || other is not { Labels.IsEmpty: true, Properties: null, Where: null, LabelExpression: null })
        {
            return false;
        }

        var node = part.Nodes[expand.From].Info;
        var counted = new HashSet<string>(StringComparer.Ordinal) { node.Name, relationship.Info.Name, part.Nodes[expand.To].Info.Name };
        var hidden = new HashSet<string>(StringComparer.Ordinal) { relationship.Info.Name, part.Nodes[expand.To].Info.Name };
        for (var i = 0; i < columns.Count; i++)
        {
            var expression = columns[i].Expression;
            if (isAggregate[i] ? !IsPlainCount(expression, counted) : ReadsAny(expression, hidden))
            {
                return false;
            }
        }

        nodes = match with { Pattern = pattern with { Parts = [part with { Expands = [] }] } };
        degree = new RelationshipDegree(node.Name, node.Slot, relationship.Pattern.Types, expand.Direction);
        return true;
    }

    private static bool IsPlainCount(Expression expression, HashSet<string> counted) => expression switch
    {
        CountStar => true,
        FunctionCall { Distinct: false, Arguments: [Variable v] } f => string.Equals(f.Name, "count", StringComparison.OrdinalIgnoreCase) && counted.Contains(v.Name),
        _ => false,
    };

    /// <summary>True when the expression may read one of <paramref name="variables"/> (also when it cannot be analysed).</summary>
    private static bool ReadsAny(Expression expression, HashSet<string> variables)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        return !ExpressionVariables.TryCollect(expression, read) || read.Overlaps(variables);
    }
}
