using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The WHEN operands of a simple CASE (Neo4j 5 Cypher manual, "Conditional expressions (CASE)" → "Extended simple
/// CASE"): a value compared for equality, or a predicate missing its left side (<c>&lt; 1900</c>, <c>IS NULL</c>,
/// <c>IS :: INTEGER</c>, <c>STARTS WITH 'A'</c>, …), several of them separated by commas, any one of which matches.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// One WHEN's operands, each as a predicate over the subject variable (a value v as <c>subject = v</c>), joined by OR.
    /// </summary>
    private Expression ParseCaseWhenOperands()
    {
        var result = ParseCaseWhenOperand();
        while (Accept(TokenKind.Comma))
        {
            var next = ParseCaseWhenOperand();
            result = new Binary(BinaryOperator.Or, result, next, Cover(result.Span, next.Span));
        }

        return result;
    }

    /// <summary>Whether every WHEN is a single <c>subject = value</c>: the plain simple CASE.</summary>
    private static bool IsPlainSimpleCase(IEnumerable<CaseAlternative> alternatives) =>
        alternatives.All(a => a.When is Binary { Operator: BinaryOperator.Equal, Left: Variable { Name: ExtendedCaseExpression.SubjectVariable } });

    private static Binary EqualsSubject(Expression value) =>
        new(BinaryOperator.Equal, new Variable(ExtendedCaseExpression.SubjectVariable, value.Span), value, value.Span);

    private Expression ParseCaseWhenOperand()
    {
        var subject = new Variable(ExtendedCaseExpression.SubjectVariable, Current.Span);
        if (TryComparisonOperator(out var comparison))
        {
            Advance();
            var right = ParseStringListNull();
            return new Binary(comparison, subject, right, SpanFrom(subject.Span));
        }

        if (IsKeyword("IS") || Check(TokenKind.DoubleColon))
        {
            return ParseIsPredicate(subject);
        }

        BinaryOperator? op = null;
        if (Accept(TokenKind.RegexMatch))
        {
            op = BinaryOperator.RegexMatch;
        }
        else if ((IsKeyword("STARTS") || IsKeyword("ENDS")) && IsKeywordAt(1, "WITH"))
        {
            op = Advance().Text.ToUpperInvariant() == "STARTS" ? BinaryOperator.StartsWith : BinaryOperator.EndsWith;
            Advance();
        }
        else if (AcceptKeyword("CONTAINS"))
        {
            op = BinaryOperator.Contains;
        }
        else if (AcceptKeyword("IN"))
        {
            op = BinaryOperator.In;
        }

        if (op is { } stringOrList)
        {
            var right = ParseAddSubtract();
            return new Binary(stringOrList, subject, right, SpanFrom(subject.Span));
        }

        return EqualsSubject(ParseExpression());
    }
}
