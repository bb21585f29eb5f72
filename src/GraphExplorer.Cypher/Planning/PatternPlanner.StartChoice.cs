using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Where a pattern part starts: a bound node, a node by id, an index seek, the smallest label scan or all nodes, by estimated cost from the schema and counts.</summary>
internal sealed partial class PatternPlanner
{
    private NodeStart ChooseStart(IReadOnlyList<BoundNode> nodes, HashSet<string> bound, List<Expression> conjuncts)
    {
        NodeStart? best = null;
        var bestCost = double.MaxValue;
        for (var i = 0; i < nodes.Count; i++)
        {
            var (start, cost) = PlanNodeStart(i, nodes[i], bound, conjuncts);
            if (cost < bestCost)
            {
                best = start;
                bestCost = cost;
            }
        }

        return best!;
    }

    private (NodeStart Start, double Cost) PlanNodeStart(int index, BoundNode node, HashSet<string> bound, List<Expression> conjuncts)
    {
        var name = node.Info.Name;
        if (bound.Contains(name))
        {
            return (new NodeStart(index, StartKind.Bound, name), 0);
        }

        // id(n) = expr
        foreach (var conjunct in conjuncts)
        {
            if (conjunct is Binary { Operator: BinaryOperator.Equal } eq)
            {
                foreach (var (side, other) in new[] { (eq.Left, eq.Right), (eq.Right, eq.Left) })
                {
                    if (side is FunctionCall { Arguments.Length: 1 } call
                        && (string.Equals(call.Name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(call.Name, "elementId", StringComparison.OrdinalIgnoreCase))
                        && call.Arguments[0] is Variable v && v.Name == name && Binder.ReadsOnly(other, bound))
                    {
                        return (new NodeStart(index, StartKind.IdSeek, name, Key: other), 0.5);
                    }
                }
            }
        }

        // Index seek: inline property or WHERE n.key = expr, on an indexed label.
        var labels = node.Pattern.Labels;
        IEnumerable<MapEntry> inline = node.Pattern.Properties is MapLiteral map ? map.Entries : [];
        foreach (var label in labels)
        {
            foreach (var entry in inline)
            {
                if (graph.Schema.FindNodeIndex(label, entry.Key) is { } found && Binder.ReadsOnly(entry.Value, bound))
                {
                    return (new NodeStart(index, StartKind.IndexSeek, name, found, label, entry.Key, entry.Value), 1);
                }
            }

            foreach (var conjunct in conjuncts)
            {
                if (conjunct is Binary { Operator: BinaryOperator.Equal } eq)
                {
                    foreach (var (side, other) in new[] { (eq.Left, eq.Right), (eq.Right, eq.Left) })
                    {
                        if (side is PropertyAccess { Target: Variable v } pa && v.Name == name && Binder.ReadsOnly(other, bound)
                            && graph.Schema.FindNodeIndex(label, pa.Key) is { } seekIndex)
                        {
                            return (new NodeStart(index, StartKind.IndexSeek, name, seekIndex, label, pa.Key, other), 1);
                        }
                    }
                }
            }
        }

        if (labels.Length > 0)
        {
            var label = labels.MinBy(l => graph.CountWithLabel(l))!;
            return (new NodeStart(index, StartKind.LabelScan, name, Label: label), 2 + graph.CountWithLabel(label));
        }

        return (new NodeStart(index, StartKind.AllNodes, name), 3 + graph.NodeCount * 1.1);
    }

    private static List<Expression> Conjuncts(Expression expression)
    {
        var result = new List<Expression>();
        void Walk(Expression e)
        {
            if (e is Binary { Operator: BinaryOperator.And } and)
            {
                Walk(and.Left);
                Walk(and.Right);
            }
            else
            {
                result.Add(e);
            }
        }

        Walk(expression);
        return result;
    }
}
