using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Expressions, by precedence from lowest: OR, XOR, AND, NOT, comparisons (chained: <c>a &lt; b &lt;= c</c> is
/// <c>a &lt; b AND b &lt;= c</c>), string/list/null predicates, + and -, * / %, ^ (left-associative), unary + and -,
/// postfix (property, subscript, slice, label predicate), atoms. Atoms live in <c>Parser.Atoms.cs</c>,
/// <c>Parser.Literals.cs</c>, <c>Parser.Comprehensions.cs</c> and <c>Parser.Subqueries.cs</c>.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// True while parsing a WHERE predicate (or an argument of <c>exists()</c>), the only places where a bare pattern
    /// such as <c>(a)--&gt;(b)</c> may stand as an expression (Neo4j 5 rejects it elsewhere).
    /// </summary>
    private bool _patternPredicatesAllowed;

    private Expression ParseExpression()
    {
        Enter();
        var expression = ParseOr();
        Leave();
        return expression;
    }

    private static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Start, last.End, first.Line, first.Column);

    private Expression ParseOr()
    {
        var left = ParseXor();
        while (AcceptKeyword("OR"))
        {
            var right = ParseXor();
            left = new Binary(BinaryOperator.Or, left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private Expression ParseXor()
    {
        var left = ParseAnd();
        while (AcceptKeyword("XOR"))
        {
            var right = ParseAnd();
            left = new Binary(BinaryOperator.Xor, left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (AcceptKeyword("AND"))
        {
            var right = ParseNot();
            left = new Binary(BinaryOperator.And, left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private Expression ParseNot()
    {
        if (IsKeyword("NOT"))
        {
            var start = Advance();
            Enter();
            var operand = ParseNot();
            Leave();
            return new Unary(UnaryOperator.Not, operand, Cover(start.Span, operand.Span));
        }

        return ParseComparison();
    }

    private Expression ParseComparison()
    {
        var left = ParseStringListNull();
        Expression? result = null;
        var operand = left;
        while (TryComparisonOperator(out var op))
        {
            Advance();
            var right = ParseStringListNull();
            var comparison = new Binary(op, operand, right, Cover(operand.Span, right.Span));
            result = result is null ? comparison : new Binary(BinaryOperator.And, result, comparison, Cover(result.Span, right.Span));
            operand = right;
        }

        return result ?? left;
    }

    private bool TryComparisonOperator(out BinaryOperator op)
    {
        op = Current.Kind switch
        {
            TokenKind.Equal => BinaryOperator.Equal,
            TokenKind.NotEqual => BinaryOperator.NotEqual,
            TokenKind.LessThan => BinaryOperator.LessThan,
            TokenKind.LessThanOrEqual => BinaryOperator.LessThanOrEqual,
            TokenKind.GreaterThan => BinaryOperator.GreaterThan,
            TokenKind.GreaterThanOrEqual => BinaryOperator.GreaterThanOrEqual,
            _ => (BinaryOperator)(-1),
        };
        if ((int)op < 0)
        {
            return false;
        }

        RejectLookAlike(op is BinaryOperator.LessThan ? "<" : ">");
        if (op == BinaryOperator.Equal && PeekToken().Kind == TokenKind.Equal && PeekToken().Start == Current.End)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, Cover(Current.Span, PeekToken().Span), "'==' is not a Cypher operator: compare with a single '='");
        }

        return true;
    }

    /// <summary>Typographic dashes and angle brackets are only for patterns; as operators they are an error.</summary>
    private void RejectLookAlike(string meant)
    {
        if (Current.Text.Length == 1 && Current.Text[0] > 0x7F)
        {
            SyntaxErrors.ThrowLookAlikeOperator(_source, Current, meant);
        }
    }

    private Expression ParseStringListNull()
    {
        var left = ParseAddSubtract();
        while (true)
        {
            BinaryOperator op;
            if (Check(TokenKind.RegexMatch))
            {
                Advance();
                op = BinaryOperator.RegexMatch;
            }
            else if (IsKeyword("STARTS") && IsKeywordAt(1, "WITH"))
            {
                Advance();
                Advance();
                op = BinaryOperator.StartsWith;
            }
            else if (IsKeyword("ENDS") && IsKeywordAt(1, "WITH"))
            {
                Advance();
                Advance();
                op = BinaryOperator.EndsWith;
            }
            else if (IsKeyword("CONTAINS"))
            {
                Advance();
                op = BinaryOperator.Contains;
            }
            else if (IsKeyword("IN"))
            {
                Advance();
                op = BinaryOperator.In;
            }
            else if (IsKeyword("IS") || Check(TokenKind.DoubleColon))
            {
                left = ParseIsPredicate(left);
                continue;
            }
            else
            {
                return left;
            }

            var right = ParseAddSubtract();
            left = new Binary(op, left, right, Cover(left.Span, right.Span));
        }
    }

    private Expression ParseAddSubtract()
    {
        var left = ParseMultiplyDivide();
        while (Check(TokenKind.Plus) || Check(TokenKind.Minus) || Check(TokenKind.DoublePipe))
        {
            RejectLookAlike("-");
            var op = Advance().Kind switch
            {
                TokenKind.Plus => BinaryOperator.Add,
                TokenKind.DoublePipe => BinaryOperator.Concatenate,
                _ => BinaryOperator.Subtract,
            };
            var right = ParseMultiplyDivide();
            left = new Binary(op, left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private Expression ParseMultiplyDivide()
    {
        var left = ParsePower();
        while (true)
        {
            var op = Current.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                TokenKind.Percent => BinaryOperator.Modulo,
                _ => (BinaryOperator)(-1),
            };
            if ((int)op < 0)
            {
                return left;
            }

            Advance();
            var right = ParsePower();
            left = new Binary(op, left, right, Cover(left.Span, right.Span));
        }
    }

    private Expression ParsePower()
    {
        var left = ParseUnary();
        while (Accept(TokenKind.Caret))
        {
            var right = ParseUnary();
            left = new Binary(BinaryOperator.Power, left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private Expression ParseUnary()
    {
        if (Check(TokenKind.Minus) || Check(TokenKind.Plus))
        {
            RejectLookAlike("-");
            var sign = Advance();
            if (sign.Kind == TokenKind.Minus && Check(TokenKind.Integer))
            {
                // The literal takes the sign so that -9223372036854775808 is representable.
                var literal = Advance();
                Expression negative = new IntegerLiteral(ParseInteger(literal, negative: true, sign.Span), Cover(sign.Span, literal.Span));
                return ParsePostfix(negative);
            }

            Enter();
            var operand = ParseUnary();
            Leave();
            var op = sign.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus;
            return new Unary(op, operand, Cover(sign.Span, operand.Span));
        }

        return ParsePostfixExpression();
    }

    private Expression ParsePostfixExpression() => ParsePostfix(ParseAtom());

    /// <summary>Applies <c>.key</c>, <c>[index]</c>, <c>[from..to]</c> and <c>:Label</c> to <paramref name="target"/>.</summary>
    private Expression ParsePostfix(Expression target)
    {
        while (true)
        {
            if (Check(TokenKind.Dot))
            {
                Advance();
                var key = ExpectName("a property key after '.'");
                target = new PropertyAccess(target, key, SpanFrom(target.Span));
            }
            else if (Check(TokenKind.LeftBracket))
            {
                Advance();
                Expression? from = null;
                if (!Check(TokenKind.DotDot))
                {
                    from = ParseExpression();
                    if (Accept(TokenKind.RightBracket))
                    {
                        target = new Subscript(target, from, SpanFrom(target.Span));
                        continue;
                    }
                }

                Expect(TokenKind.DotDot, "']' or '..' in a subscript");
                var to = Check(TokenKind.RightBracket) ? null : ParseExpression();
                Expect(TokenKind.RightBracket, "']' closing the slice");
                target = new Slice(target, from, to, SpanFrom(target.Span));
            }
            else if (Check(TokenKind.Colon))
            {
                target = LabelPredicateOn(target, ParseLabelExpression());
            }
            else if (IsLabelExpressionAfterIs())
            {
                target = LabelPredicateOn(target, ParseLabelExpressionAfterIs());
            }
            else
            {
                return target;
            }
        }
    }
}
