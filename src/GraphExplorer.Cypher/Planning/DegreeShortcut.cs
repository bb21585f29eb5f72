using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Counting a one-hop pattern per node as that node's degree: <c>MATCH (a)-[r:T]-&gt;() RETURN a, count(r)</c> matches
/// one row per relationship of <c>a</c>, so each aggregated count of a group is the sum of its nodes' degrees, and a
/// node without such relationships gives no row. The MATCH then only finds the nodes (its expansion dropped) and the
/// aggregation adds up their <see cref="RelationshipDegree"/>, touching no relationship. Grouped by what the other end
/// gives instead, the same holds the other way round: that end's nodes are found and weighted by their degree.
/// </summary>
/// <remarks>
/// Applies only where no answer can differ from the expansion's: a plain MATCH (not OPTIONAL) of one part with one
/// single-hop relationship, expanded from its start node to a fresh node; the relationship new, with no property,
/// predicate or type expression; no WHERE and no path variable; every aggregated item a plain <c>count(*)</c> or
/// <c>count(v)</c> of a pattern variable (never null in a match, so each row counts once); the node not counted at
/// has no label, property or predicate (and, counting at the far end, the start was a scan of all nodes), and no
/// grouping key reads the relationship or that node. Thread-safe (stateless).
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
        if (expand.From != part.Start.NodeIndex || expand.ToBound || expand.RelationshipBound
            || relationship.Pattern is not { Length: null, Properties: null, Where: null, TypeExpression: null, Quantified: null, DynamicTypes.IsEmpty: true })
        {
            return false;
        }

        var from = part.Nodes[expand.From];
        var to = part.Nodes[expand.To];
        var counted = new HashSet<string>(StringComparer.Ordinal) { from.Info.Name, relationship.Info.Name, to.Info.Name };
        if (IsFree(to.Pattern) && OnlyCounts(columns, isAggregate, counted, hidden: [relationship.Info.Name, to.Info.Name]))
        {
            nodes = match with { Pattern = pattern with { Parts = [part with { Expands = [] }] } };
            degree = new RelationshipDegree(from.Info.Name, from.Info.Slot, relationship.Pattern.Types, expand.Direction);
            return true;
        }

        // Grouped by what the far end gives (`MATCH (a)-[r]->(b) RETURN b.x, count(*)`), with the near end free: the
        // far end's degree the other way round, its nodes found as the planner would have started from it.
        if (part.Start.Kind == StartKind.AllNodes && IsFree(from.Pattern)
            && OnlyCounts(columns, isAggregate, counted, hidden: [relationship.Info.Name, from.Info.Name]))
        {
            var start = to.Pattern.Labels.IsEmpty
                ? new NodeStart(expand.To, StartKind.AllNodes, to.Info.Name)
                : new NodeStart(expand.To, StartKind.LabelScan, to.Info.Name, Label: to.Pattern.Labels[0]);
            nodes = match with { Pattern = pattern with { Parts = [part with { Start = start, Expands = [] }] } };
            degree = new RelationshipDegree(to.Info.Name, to.Info.Slot, relationship.Pattern.Types, Reversed(expand.Direction));
            return true;
        }

        return false;
    }

    /// <summary>A node pattern that asks nothing of its node: no label, property or predicate.</summary>
    private static bool IsFree(NodePattern node) => node is { Labels.IsEmpty: true, Properties: null, Where: null, LabelExpression: null, DynamicLabels.IsEmpty: true };

    private static RelationshipDirection Reversed(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
        RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
        _ => RelationshipDirection.Both,
    };

    /// <summary>Every aggregated item a plain count of <paramref name="counted"/>, and no grouping key reading <paramref name="hidden"/>.</summary>
    private static bool OnlyCounts(IReadOnlyList<ProjectedColumn> columns, IReadOnlyList<bool> isAggregate, HashSet<string> counted, HashSet<string> hidden)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var expression = columns[i].Expression;
            if (isAggregate[i] ? !IsPlainCount(expression, counted) : ReadsAny(expression, hidden))
            {
                return false;
            }
        }

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
