using System.Collections.Immutable;
using System.Globalization;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Atoms: literals, parameters, variables, function calls, CASE, comprehensions, subqueries, map projections.</summary>
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
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, "')' or an operator");

        // The parentheses are part of the expression's text (column names) but not a node of their own.
        return inner with { Span = SpanFrom(start) };
    }

    private Expression ParsePatternPredicate()
    {
        var start = Current;
        if (!_patternPredicatesAllowed)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                start.Span,
                "A pattern expression may only test for a match in WHERE; use EXISTS { … }, COUNT { … } or a pattern comprehension [… | …] instead");
        }

        var element = ParsePatternElement(PatternContext.Expression);
        return new PatternPredicate(element, SpanFrom(start));
    }

    /// <summary>
    /// True when the '(' at token <paramref name="index"/> starts a relationship pattern rather than a parenthesised
    /// expression: its contents look like a node pattern and a relationship ('-[', '--', '&lt;-') follows it.
    /// </summary>
    private bool IsPatternAhead(int index)
    {
        var i = index;
        while (_tokens[i].Kind == TokenKind.LeftParen && _tokens[i + 1].Kind == TokenKind.LeftParen)
        {
            i++;
        }

        // Node contents: [name] [:Label …] [{…} | $param] ')'
        var j = i + 1;
        if (_tokens[j].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            j++;
        }

        while (_tokens[j].Kind == TokenKind.Colon && _tokens[j + 1].Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            j += 2;
        }

        if (_tokens[j].Kind == TokenKind.Parameter)
        {
            j++;
        }
        else if (_tokens[j].Kind == TokenKind.LeftBrace)
        {
            j = SkipBalanced(j);
            if (j < 0)
            {
                return false;
            }
        }

        if (_tokens[j].Kind != TokenKind.RightParen)
        {
            return false;
        }

        var after = _tokens[Math.Min(j + 1, _tokens.Count - 1)];
        var second = _tokens[Math.Min(j + 2, _tokens.Count - 1)];
        return (after.Kind == TokenKind.Minus && second.Kind is TokenKind.Minus or TokenKind.LeftBracket)
            || (after.Kind == TokenKind.LessThan && second.Kind == TokenKind.Minus);
    }

    /// <summary>Index just after the bracket group opening at <paramref name="open"/>, or -1 if it never closes.</summary>
    private int SkipBalanced(int open)
    {
        var depth = 0;
        for (var i = open; i < _tokens.Count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case TokenKind.EndOfInput:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>A list literal, a list comprehension or a pattern comprehension.</summary>
    private Expression ParseListLike()
    {
        var start = Expect(TokenKind.LeftBracket, "'['");
        if (IsName() && IsKeywordAt(1, "IN"))
        {
            var variable = Advance().Text;
            Advance();
            var source = ParseExpression();
            var where = AcceptKeyword("WHERE") ? ParseWhereExpression() : null;
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
            var where = AcceptKeyword("WHERE") ? ParseWhereExpression() : null;
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

    private MapLiteral ParseMapLiteral()
    {
        var start = Expect(TokenKind.LeftBrace, "'{'");
        var entries = ImmutableArray.CreateBuilder<MapEntry>();
        if (!Check(TokenKind.RightBrace))
        {
            do
            {
                var keyToken = Current;
                var key = ExpectName("a property key in a map");
                Expect(TokenKind.Colon, "':' after the map key");
                var value = ParseExpression();
                entries.Add(new MapEntry(key, value, SpanFrom(keyToken)));
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, "',' or '}' in a map");
        return new MapLiteral(entries.ToImmutable(), SpanFrom(start));
    }

    private CaseExpression ParseCase()
    {
        var start = ExpectKeyword("CASE");
        var test = IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = ImmutableArray.CreateBuilder<CaseAlternative>();
        while (IsKeyword("WHEN"))
        {
            var whenStart = Advance();
            var when = ParseExpression();
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
        return new CaseExpression(test, alternatives.ToImmutable(), otherwise, SpanFrom(start));
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

    /// <summary><c>EXISTS { … }</c> or <c>COUNT { … }</c>: a pattern with optional WHERE, or a full query.</summary>
    private Expression ParseSubqueryExpression()
    {
        var start = Advance();
        var isExists = start.IsKeyword("EXISTS");
        Expect(TokenKind.LeftBrace, "'{'");
        Pattern? pattern = null;
        Expression? where = null;
        Query? query = null;
        if (TokenStartsClause(Current))
        {
            query = ParseNestedQuery();
        }
        else
        {
            var saved = _patternPredicatesAllowed;
            _patternPredicatesAllowed = false;
            try
            {
                pattern = ParsePattern(PatternContext.Expression);
            }
            finally
            {
                _patternPredicatesAllowed = saved;
            }

            where = ParseOptionalWhere();
        }

        Expect(TokenKind.RightBrace, "'}' closing the subquery");
        var span = SpanFrom(start);
        return isExists
            ? new ExistsSubquery(pattern, where, query, span)
            : new CountSubquery(pattern, where, query, span);
    }

    private static bool TokenStartsClause(Token token) =>
        token.Kind == TokenKind.Identifier && token.Text.ToUpperInvariant() is "MATCH" or "OPTIONAL" or "WITH" or "UNWIND"
            or "RETURN" or "CALL" or "CREATE" or "MERGE" or "SET" or "DELETE" or "DETACH" or "REMOVE" or "FOREACH" or "USE";

    /// <summary>
    /// Converts an integer token (decimal, 0x hex, 0o or legacy 0-prefixed octal), applying a preceding minus sign.
    /// Fails with IntegerOverflow outside the 64-bit range.
    /// </summary>
    private long ParseInteger(Token token, bool negative, SourceSpan signSpan)
    {
        var text = token.Text;
        ulong magnitude = 0;
        var overflow = false;
        var (digits, radix) = text.Length > 1 && text[0] == '0'
            ? text[1] is 'x' or 'X' ? (text[2..], 16) : text[1] is 'o' or 'O' ? (text[2..], 8) : (text[1..], 8)
            : (text, 10);
        foreach (var c in digits)
        {
            var digit = (ulong)(char.IsAsciiDigit(c) ? c - '0' : (char.ToLowerInvariant(c) - 'a') + 10);
            if (magnitude > (ulong.MaxValue - digit) / (ulong)radix)
            {
                overflow = true;
                break;
            }

            magnitude = (magnitude * (ulong)radix) + digit;
        }

        var limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        if (overflow || magnitude > limit)
        {
            var span = negative ? Cover(signSpan, token.Span) : token.Span;
            SyntaxErrors.ThrowIntegerOverflow(_source, span, (negative ? "-" : string.Empty) + text);
        }

        return negative ? (long)(0 - magnitude) : (long)magnitude;
    }

    private double ParseFloat(Token token)
    {
        var value = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            SyntaxErrors.ThrowFloatOverflow(_source, token.Span);
        }

        return value;
    }
}
