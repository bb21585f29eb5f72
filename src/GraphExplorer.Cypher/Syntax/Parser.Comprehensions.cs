using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>List and pattern comprehensions, list literals, quantifiers (all/any/none/single) and reduce.</summary>
internal sealed partial class Parser
{
    /// <summary>A list literal, a list comprehension or a pattern comprehension.</summary>
    private Expression ParseListLike()
    {
        var start = Expect(TokenKind.LeftBracket, "'['");
        if (IsName() && IsKeywordAt(1, "IN"))
        {
            var variable = Advance().Text;
            Advance();
            var source = ParseExpression();
            var where = AcceptKeyword("WHERE") ? ParseComprehensionWhere() : null;
            var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
            Expect(TokenKind.RightBracket, "WHERE, '|' or ']' in a list comprehension");
            return new ListComprehension(variable, source, where, projection, SpanFrom(start));
        }

        var namedPath = IsName() && PeekToken().Kind == TokenKind.Equal && IsPatternAhead(_index + 2);
        if (namedPath || (Check(TokenKind.LeftParen) && IsPatternAhead(_index)))
        {
            string? pathVariable = null;
            if (namedPath)
            {
                pathVariable = Advance().Text;
                Advance();
            }

            var element = ParsePatternElement(PatternContext.Expression);
            var where = AcceptKeyword("WHERE") ? ParseComprehensionWhere() : null;
            Expect(TokenKind.Pipe, "WHERE or '|' in a pattern comprehension");
            var projection = ParseExpression();
            Expect(TokenKind.RightBracket, "']' closing the pattern comprehension");
            return new PatternComprehension(pathVariable, element, where, projection, SpanFrom(start));
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        if (!Check(TokenKind.RightBracket))
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBracket, "',' or ']' in a list");
        return new ListLiteral(items.ToImmutable(), SpanFrom(start));
    }

    private Quantifier ParseQuantifier()
    {
        var start = Advance();
        var kind = start.Text.ToUpperInvariant() switch
        {
            "ALL" => QuantifierKind.All,
            "ANY" => QuantifierKind.Any,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        Expect(TokenKind.LeftParen, "'('");
        var variable = Advance().Text;
        ExpectKeyword("IN");
        var source = ParseExpression();
        var predicate = AcceptKeyword("WHERE") ? ParseWhereExpression() : null;
        Expect(TokenKind.RightParen, $"WHERE or ')' in {start.Text}(…)");
        return new Quantifier(kind, variable, source, predicate, SpanFrom(start));
    }

    private Reduce ParseReduce()
    {
        var start = Advance();
        Expect(TokenKind.LeftParen, "'('");
        var accumulator = ExpectName("the accumulator name in reduce(accumulator = initial, x IN list | expression)");
        Expect(TokenKind.Equal, "'=' after the accumulator in reduce(…)");
        var init = ParseExpression();
        Expect(TokenKind.Comma, "',' after the accumulator's initial value in reduce(…)");
        var variable = ExpectName("a variable name in reduce(…)");
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe, "'|' before the reduce(…) step");
        var body = ParseExpression();
        Expect(TokenKind.RightParen, "')' closing reduce(…)");
        return new Reduce(accumulator, init, variable, source, body, SpanFrom(start));
    }
}
