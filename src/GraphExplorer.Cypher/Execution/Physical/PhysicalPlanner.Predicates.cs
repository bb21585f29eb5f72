using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// The Neo4j 5 predicates and operators beyond openCypher 9 (Cypher manual, "Predicates", "Type predicate
/// expressions", "Label expressions", "String operators"): type predicates, <c>IS NORMALIZED</c>, label expression
/// predicates, <c>||</c>, and the extended simple CASE.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary><c>x IS [NOT] :: type</c>: true or false, never null (null is of every nullable type).</summary>
    private Evaluator CompileTypePredicate(TypePredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var operand = CompileExpression(predicate.Operand, scope, aggregation);
        var type = predicate.Type;
        return predicate.Negated
            ? (row, ctx) => !ValueTypes.IsOfType(operand(row, ctx), type)
            : (row, ctx) => ValueTypes.IsOfType(operand(row, ctx), type);
    }

    /// <summary><c>s IS [NOT] [form] NORMALIZED</c>: null for null, an error for anything but a string.</summary>
    private Evaluator CompileNormalizedPredicate(NormalizedPredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var operand = CompileExpression(predicate.Operand, scope, aggregation);
        var form = TextNormalization.FormOf(predicate.Form);
        var negated = predicate.Negated;
        return (row, ctx) => operand(row, ctx) switch
        {
            null => null,
            string s => s.IsNormalized(form) != negated,
            var other => throw CypherErrors.InvalidArgumentType($"IS NORMALIZED expects a String, got {Operations.TypeName(other)}", predicate),
        };
    }

    /// <summary>
    /// <c>n:A|B</c>, <c>n:!A</c>, <c>n:%</c>, <c>r:A|B</c>: a node matches by its labels, a relationship by its type; null
    /// for null.
    /// </summary>
    private Evaluator CompileLabelPredicate(LabelPredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var target = CompileExpression(predicate.Target, scope, aggregation);
        var labels = predicate.Labels;
        return (row, ctx) =>
        {
            switch (target(row, ctx))
            {
                case null:
                    return null;
                case NodeValue n:
                    {
                        var record = ctx.Node(n);
                        return labels.Matches(record.HasLabel, record.Labels.Length > 0);
                    }

                case RelationshipValue r:
                    {
                        var type = ctx.Relationship(r).Type;
                        return labels.Matches(name => name == type, hasAny: true);
                    }

                case var other:
                    throw CypherErrors.InvalidArgumentType($"Label expressions need a Node or Relationship, got {Operations.TypeName(other)}", predicate);
            }
        };
    }

    /// <summary><c>a || b</c>: two strings or two lists joined; null when either is null.</summary>
    private Evaluator CompileConcatenation(Binary binary, Scope scope, AggregationSink? aggregation)
    {
        var left = CompileExpression(binary.Left, scope, aggregation);
        var right = CompileExpression(binary.Right, scope, aggregation);
        return (row, ctx) => (left(row, ctx), right(row, ctx)) switch
        {
            (null, _) or (_, null) => null,
            (string a, string b) => a + b,
            (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Concat(b).ToList(),
            var (a, b) => throw CypherErrors.InvalidArgumentType(
                $"|| joins two Strings or two Lists, got {Operations.TypeName(a)} and {Operations.TypeName(b)}", binary),
        };
    }

    /// <summary>
    /// <c>CASE subject WHEN &lt; 1900 THEN … WHEN 1, 2 THEN … END</c>: the subject is evaluated once into a hidden
    /// variable that the WHEN predicates read; the first WHEN that is true wins.
    /// </summary>
    private Evaluator CompileExtendedCase(ExtendedCaseExpression expression, Scope scope, AggregationSink? aggregation)
    {
        var subject = CompileExpression(expression.Subject, scope, aggregation);
        var slot = slots.Next();
        var inner = scope.With(new VariableInfo(ExtendedCaseExpression.SubjectVariable, slot, VariableKind.Any, StaticTypes.Of(expression.Subject, scope)));
        var whens = expression.Alternatives.Select(a => CompileExpression(a.When, inner, aggregation)).ToArray();
        var thens = expression.Alternatives.Select(a => CompileExpression(a.Then, scope, aggregation)).ToArray();
        var otherwise = expression.Default is null ? null : CompileExpression(expression.Default, scope, aggregation);
        return (row, ctx) =>
        {
            row[slot] = subject(row, ctx);
            for (var i = 0; i < whens.Length; i++)
            {
                if (whens[i](row, ctx) is true)
                {
                    return thens[i](row, ctx);
                }
            }

            return otherwise?.Invoke(row, ctx);
        };
    }
}
