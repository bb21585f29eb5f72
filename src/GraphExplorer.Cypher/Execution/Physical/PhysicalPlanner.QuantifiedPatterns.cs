using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Neo4j 5 pattern forms on top of the MATCH planner (Cypher manual, "Patterns"): WHERE inside node and relationship
/// patterns, which join the pattern's WHERE, and one-hop quantified path patterns, whose inner nodes are group
/// variables (bound by the Binder) and whose iterations the matcher checks as it expands.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>The node conditions of a quantified path pattern's iterations, compiled as node steps.</summary>
    private QuantifiedIteration? CompileQuantifiedIteration(BoundRelationship relationship, Scope scope)
    {
        if (relationship.Pattern.Quantified is not { } quantified)
        {
            return null;
        }

        return new QuantifiedIteration
        {
            First = Condition(quantified.Left),
            Last = Condition(quantified.Right),
            FirstGroupSlot = relationship.GroupSlots.First,
            LastGroupSlot = relationship.GroupSlots.Last,
        };

        NodeStep Condition(NodePattern node)
        {
            var (keys, values) = CompilePropertyMap(node.Properties, scope);
            return new NodeStep
            {
                Slot = -1,
                Labels = [.. node.Labels],
                LabelExpression = node.LabelExpression,
                PropertyKeys = keys,
                PropertyValues = values,
                Name = node.Variable ?? "",
            };
        }
    }
}
