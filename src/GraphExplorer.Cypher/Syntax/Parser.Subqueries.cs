using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Patterns inside expressions: pattern predicates and the <c>EXISTS { … }</c>, <c>COUNT { … }</c> and <c>COLLECT { … }</c> subqueries.</summary>
internal sealed partial class Parser
{
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

        // A relationship follows: '-[', '--(' or '-->', '<-[' or '<--'. Anything else is arithmetic or a comparison,
        // e.g. (x) - -1 or (x) < -(y).
        TokenKind At(int k) => _tokens[Math.Min(j + k, _tokens.Count - 1)].Kind;
        return At(1) switch
        {
            TokenKind.Minus => At(2) == TokenKind.LeftBracket
                || (At(2) == TokenKind.Minus && At(3) is TokenKind.LeftParen or TokenKind.GreaterThan),
            TokenKind.LessThan => At(2) == TokenKind.Minus && At(3) is TokenKind.LeftBracket or TokenKind.Minus,
            _ => false,
        };
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

    /// <summary><c>COLLECT { query }</c>: always a full query, whose RETURN gives exactly one column.</summary>
    private Expression ParseCollectSubquery()
    {
        var start = Advance();
        Expect(TokenKind.LeftBrace, "'{'");
        if (!TokenStartsClause(Current))
        {
            Fail("a query ending with RETURN inside COLLECT { … } (a pattern alone is not allowed: COLLECT { MATCH … RETURN x })");
        }

        var query = ParseNestedQuery();
        Expect(TokenKind.RightBrace, "'}' closing the subquery");
        return new CollectSubquery(query, SpanFrom(start));
    }

    private static bool TokenStartsClause(Token token) =>
        token.Kind == TokenKind.Identifier && token.Text.ToUpperInvariant() is "MATCH" or "OPTIONAL" or "WITH" or "UNWIND"
            or "RETURN" or "CALL" or "CREATE" or "MERGE" or "SET" or "DELETE" or "DETACH" or "REMOVE" or "FOREACH" or "USE";
}
