using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Atoms: literals, parameters, variables, function calls, map projections and CASE.</summary>
internal sealed partial class Parser
{
    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new IntegerLiteral(ParseInteger(token, negative: false, token.Span), token.Span);
            case TokenKind.Float:
                Advance();
                return new FloatLiteral(ParseFloat(token), token.Span);
            case TokenKind.String:
                Advance();
                return new StringLiteral(token.Text, token.Span);
            case TokenKind.Parameter:
                Advance();
                return new Parameter(token.Text, token.Span);
            case TokenKind.LeftBracket:
                return ParseListLike();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return IsPatternAhead(_index) ? ParsePatternPredicate() : ParseParenthesized();
            case TokenKind.QuotedIdentifier:
                return IsFunctionCallAhead() ? ParseFunctionCall() : ParseVariableOrMapProjection();
            case TokenKind.Identifier:
                return ParseIdentifierAtom();
            default:
                Fail("an expression");
                return null!;
        }
    }

    /// <summary>Keywords that start or end clauses: never a variable when a name or value follows them.</summary>
    private static readonly HashSet<string> ClauseKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "RETURN", "WITH", "WHERE", "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE",
        "UNWIND", "UNION", "CALL", "FOREACH", "ORDER", "SKIP", "LIMIT", "YIELD",
    };

    /// <summary>Keywords that may follow a variable (operators, AS, ORDER BY directions, clause starts).</summary>
    private static readonly HashSet<string> KeywordsAfterOperand = new(StringComparer.OrdinalIgnoreCase)
    {
        "AND", "OR", "XOR", "IS", "IN", "STARTS", "ENDS", "CONTAINS", "AS", "ASC", "DESC", "ASCENDING", "DESCENDING",
        "THEN", "ELSE", "END", "WHEN", "ON", "ALL", "DISTINCT", "OFFSET",
    };

    private Expression ParseIdentifierAtom()
    {
        var token = Current;
        var next = PeekToken();
        if (ClauseKeywords.Contains(token.Text) && StartsOperand(next))
        {
            // `WHERE RETURN n`: reading RETURN as a variable would only fail later, at n, with a worse message.
            Fail("an expression");
        }

        switch (token.Text.ToUpperInvariant())
        {
            case "TRUE":
                Advance();
                return new BooleanLiteral(true, token.Span);
            case "FALSE":
                Advance();
                return new BooleanLiteral(false, token.Span);
            case "NULL":
                Advance();
                return new NullLiteral(token.Span);
            case "INF" or "INFINITY" when next.Kind != TokenKind.LeftParen:
                // Neo4j 5's keywords for the special floats ("Boolean, numeric, and string literals"); quote a variable of that name.
                Advance();
                return new FloatLiteral(double.PositiveInfinity, token.Span);
            case "NAN" when next.Kind != TokenKind.LeftParen:
                Advance();
                return new FloatLiteral(double.NaN, token.Span);
            case "CASE":
                return ParseCase();
            case "COUNT" when next.Kind == TokenKind.LeftParen && PeekToken(2).Kind == TokenKind.Star
                && PeekToken(3).Kind == TokenKind.RightParen:
                Advance();
                Advance();
                Advance();
                Advance();
                return new CountStar(SpanFrom(token));
            case "COUNT" when next.Kind == TokenKind.LeftBrace:
            case "EXISTS" when next.Kind == TokenKind.LeftBrace:
                return ParseSubqueryExpression();
            case "COLLECT" when next.Kind == TokenKind.LeftBrace:
                return ParseCollectSubquery();
            case "ALL" or "ANY" or "NONE" or "SINGLE" when next.Kind == TokenKind.LeftParen
                && PeekToken(2).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier && IsKeywordAt(3, "IN"):
                return ParseQuantifier();
            case "REDUCE" when next.Kind == TokenKind.LeftParen:
                return ParseReduce();
            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next.Kind == TokenKind.LeftParen:
                SyntaxErrors.ThrowNotAllowedHere(
                    _source,
                    token.Span,
                    $"{token.Text}(…) is only supported in a MATCH pattern: MATCH p = {token.Text}((a)-[*]-(b))");
                return null!;
        }

        return IsFunctionCallAhead() ? ParseFunctionCall() : ParseVariableOrMapProjection();
    }

    private Expression ParseVariableOrMapProjection()
    {
        var token = Advance();
        if (!Check(TokenKind.LeftBrace))
        {
            return new Variable(token.Text, token.Span);
        }

        // variable { .key, .*, key: expression, otherVariable }
        Advance();
        var items = ImmutableArray.CreateBuilder<MapProjectionItem>();
        if (!Check(TokenKind.RightBrace))
        {
            do
            {
                var itemStart = Current;
                if (Accept(TokenKind.Dot))
                {
                    if (Accept(TokenKind.Star))
                    {
                        items.Add(new AllPropertiesSelector(SpanFrom(itemStart)));
                    }
                    else
                    {
                        var key = ExpectName("a property key or '*' after '.'");
                        items.Add(new PropertySelector(key, SpanFrom(itemStart)));
                    }
                }
                else
                {
                    var name = ExpectName("'.key', '.*', 'key: value' or a variable in a map projection");
                    if (Accept(TokenKind.Colon))
                    {
                        var value = ParseExpression();
                        items.Add(new LiteralEntrySelector(name, value, SpanFrom(itemStart)));
                    }
                    else
                    {
                        items.Add(new VariableSelector(name, SpanFrom(itemStart)));
                    }
                }
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, "',' or '}' in a map projection");
        return new MapProjection(token.Text, items.ToImmutable(), SpanFrom(token));
    }

    private static bool StartsOperand(Token token) => token.Kind switch
    {
        TokenKind.Identifier => !ClauseKeywords.Contains(token.Text) && !KeywordsAfterOperand.Contains(token.Text),
        TokenKind.QuotedIdentifier or TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.Parameter
            or TokenKind.LeftParen => true,
        _ => false,
    };

    /// <summary>True when a (possibly namespaced) name followed by '(' starts here.</summary>
    private bool IsFunctionCallAhead()
    {
        var ahead = 0;
        while (PeekToken(ahead + 1).Kind == TokenKind.Dot
            && PeekToken(ahead + 2).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            ahead += 2;
        }

        return PeekToken(ahead + 1).Kind == TokenKind.LeftParen;
    }

    private Expression ParseFunctionCall()
    {
        var start = Current;
        var name = ParseQualifiedName("a function name");
        Expect(TokenKind.LeftParen, "'('");
        if (TryParseFunctionForm(name, start) is { } form)
        {
            return form;
        }

        var distinct = AcceptKeyword("DISTINCT");
        var arguments = ImmutableArray.CreateBuilder<Expression>();
        var saved = _patternPredicatesAllowed;

        // exists((a)-->(b)) tests a pattern; other functions may not take one (Neo4j 5).
        _patternPredicatesAllowed = string.Equals(name, "exists", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (!Check(TokenKind.RightParen))
            {
                do
                {
                    arguments.Add(ParseExpression());
                }
                while (Accept(TokenKind.Comma));
            }
        }
        finally
        {
            _patternPredicatesAllowed = saved;
        }

        Expect(TokenKind.RightParen, "',' or ')' after a function argument");
        return new FunctionCall(name, distinct, arguments.ToImmutable(), SpanFrom(start));
    }

    private Expression ParseParenthesized()
    {
        var start = Expect(TokenKind.LeftParen, "'('");

        // Inside parentheses '|' belongs to the expression again, even within a comprehension's WHERE.
        var pipeStartsProjection = _pipeStartsProjection;
        _pipeStartsProjection = false;
        var inner = ParseExpression();
        _pipeStartsProjection = pipeStartsProjection;
        Expect(TokenKind.RightParen, "')' or an operator");

        // The parentheses are part of the expression's text (column names) but not a node of their own.
        return inner with { Span = SpanFrom(start) };
    }

    private Expression ParseCase()
    {
        var start = ExpectKeyword("CASE");
        var test = IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = ImmutableArray.CreateBuilder<CaseAlternative>();
        while (IsKeyword("WHEN"))
        {
            var whenStart = Advance();
            var when = test is null ? ParseExpression() : ParseCaseWhenOperands();
            ExpectKeyword("THEN");
            var then = ParseExpression();
            alternatives.Add(new CaseAlternative(when, then, SpanFrom(whenStart)));
        }

        if (alternatives.Count == 0)
        {
            Fail("WHEN in CASE");
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        if (!IsKeyword("END"))
        {
            Fail(otherwise is null ? "WHEN, ELSE or END in CASE" : "END closing CASE");
        }

        Advance();
        if (test is not null && !IsPlainSimpleCase(alternatives))
        {
            return new ExtendedCaseExpression(test, alternatives.ToImmutable(), otherwise, SpanFrom(start));
        }

        // A plain simple CASE compares the test with one value per WHEN: keep it in its own, simpler form.
        var plain = test is null ? alternatives.ToImmutable() : [.. alternatives.Select(a => a with { When = ((Binary)a.When).Right })];
        return new CaseExpression(test, plain, otherwise, SpanFrom(start));
    }
}
