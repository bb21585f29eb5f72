using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Neo4j 5 pattern forms on top of the MATCH planner (Cypher manual, "Patterns"): WHERE inside node and relationship
/// patterns, which join the pattern's WHERE, and one-hop quantified path patterns, whose inner nodes are group
/// variables (bound by the Binder) and whose iterations the matcher checks as it expands.
/// </summary>
internal sealed partial class QueryCompiler
{
    /// <summary>
    /// The pattern's WHERE with every predicate written inside its node and relationship patterns added (AND). A
    /// predicate on a variable that a quantified relationship or path pattern turns into a list holds for each
    /// element: <c>-[r WHERE r.w &gt; 1]-&gt;{1,3}</c> means <c>all(r IN r WHERE r.w &gt; 1)</c>.
    /// </summary>
    private static Expression? WithInlinePredicates(Pattern pattern, Expression? where)
    {
        var predicates = new List<Expression>();
        foreach (var part in pattern.Parts)
        {
            AddNode(part.Element.Start, grouped: false);
            foreach (var step in part.Element.Steps)
            {
                var relationship = step.Relationship;
                if (relationship.Where is { } relationshipWhere)
                {
                    predicates.Add(relationship.Length is null ? relationshipWhere : ForEach(relationship.Variable, relationshipWhere));
                }

                if (relationship.Quantified is { } quantified)
                {
                    AddNode(quantified.Left, grouped: true);
                    AddNode(quantified.Right, grouped: true);
                }

                AddNode(step.Node, grouped: false);
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

        void AddNode(NodePattern node, bool grouped)
        {
            if (node.Where is { } nodeWhere)
            {
                predicates.Add(grouped ? ForEach(node.Variable, nodeWhere) : nodeWhere);
            }
        }

        static Expression ForEach(string? variable, Expression predicate) =>
            variable is null
                ? predicate
                : new Quantifier(QuantifierKind.All, variable, new Variable(variable, predicate.Span), predicate, predicate.Span);
    }

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
