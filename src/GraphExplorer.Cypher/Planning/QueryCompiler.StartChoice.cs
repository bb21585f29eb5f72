using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Where a pattern part starts: a bound node, a node by id, an index seek, the smallest label scan or all nodes, by estimated cost from the schema and counts.</summary>
internal sealed partial class QueryCompiler
{
    private StartPlan ChooseStart(IReadOnlyList<BoundNode> nodes, NodeStep[] steps, HashSet<string> bound, List<Expression> conjuncts, Scope scope)
    {
        StartPlan? best = null;
        var bestCost = double.MaxValue;
        for (var i = 0; i < nodes.Count; i++)
        {
            var (plan, cost) = PlanNodeStart(i, nodes[i], steps[i], bound, conjuncts, scope);
            if (cost < bestCost)
            {
                best = plan;
                bestCost = cost;
            }
        }

        return best!;
    }

    private (StartPlan Plan, double Cost) PlanNodeStart(int index, BoundNode node, NodeStep step, HashSet<string> bound, List<Expression> conjuncts, Scope scope)
    {
        var name = node.Info.Name;
        var shown = Display(name);
        if (bound.Contains(name))
        {
            return (new StartPlan { NodeIndex = index, Kind = StartKind.Bound, Description = $"Argument({shown})" }, 0);
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
                        return (new StartPlan { NodeIndex = index, Kind = StartKind.IdSeek, Key = CompileExpression(other, scope), Description = $"NodeByIdSeek({shown})" }, 0.5);
                    }
                }
            }
        }

        // Index seek: inline property or WHERE n.key = expr, on an indexed label.
        foreach (var label in step.Labels)
        {
            for (var k = 0; k < step.PropertyKeys.Length; k++)
            {
                var found = graph.Schema.FindNodeIndex(label, step.PropertyKeys[k]);
                var valueExpression = ((MapLiteral)node.Pattern.Properties!).Entries[k].Value;
                if (found is not null && Binder.ReadsOnly(valueExpression, bound))
                {
                    return (new StartPlan
                    {
                        NodeIndex = index0(), Kind = StartKind.IndexSeek, Index = found, Key = step.PropertyValues[k],
                        Description = $"NodeIndexSeek({shown}:{label}({step.PropertyKeys[k]}))",
                    }, 1);
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
                            return (new StartPlan
                            {
                                NodeIndex = index0(), Kind = StartKind.IndexSeek, Index = seekIndex, Key = CompileExpression(other, scope),
                                Description = $"NodeIndexSeek({shown}:{label}({pa.Key}))",
                            }, 1);
                        }
                    }
                }
            }
        }

        if (step.Labels.Length > 0)
        {
            var label = step.Labels.MinBy(l => graph.CountWithLabel(l))!;
            return (new StartPlan { NodeIndex = index, Kind = StartKind.LabelScan, Label = label, Description = $"NodeByLabelScan({shown}:{label})" },
                2 + graph.CountWithLabel(label));
        }

        return (new StartPlan { NodeIndex = index, Kind = StartKind.AllNodes, Description = $"AllNodesScan({shown})" }, 3 + graph.NodeCount * 1.1);

        int index0() => index;
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
