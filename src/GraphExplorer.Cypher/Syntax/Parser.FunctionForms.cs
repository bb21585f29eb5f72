using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Functions whose arguments are not a plain list of expressions (Neo4j 5 Cypher manual, "String functions"):
/// <c>trim([BOTH|LEADING|TRAILING] [characters] FROM s)</c>, read as <c>btrim</c>/<c>ltrim</c>/<c>rtrim(s[, characters])</c>,
/// and <c>normalize(s, NFC|NFD|NFKC|NFKD)</c>, whose form is a keyword, passed on as a string.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// After <c>name(</c>: parses the special argument forms through the closing ')' and returns the call they mean,
    /// or null (having consumed nothing) when the call is an ordinary one.
    /// </summary>
    private FunctionCall? TryParseFunctionForm(string name, Token start)
    {
        if (string.Equals(name, "trim", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseTrimFrom(start);
        }

        if (string.Equals(name, "normalize", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseNormalizeForm(name, start);
        }

        return null;
    }

    private FunctionCall? TryParseTrimFrom(Token start)
    {
        var mode = Current.Kind == TokenKind.Identifier ? Current.Text.ToUpperInvariant() : null;
        var hasMode = mode is "BOTH" or "LEADING" or "TRAILING";
        if (!hasMode && !IsKeyword("FROM") && !FromFollowsExpression())
        {
            return null;
        }

        if (hasMode)
        {
            Advance();
        }

        Expression? characters = IsKeyword("FROM") ? null : ParseExpression();
        ExpectKeyword("FROM");
        var source = ParseExpression();
        Expect(TokenKind.RightParen, "')' closing trim(… FROM …)");
        var function = mode switch
        {
            "LEADING" => "ltrim",
            "TRAILING" => "rtrim",
            _ => "btrim",
        };
        ImmutableArray<Expression> arguments = characters is null ? [source] : [source, characters];
        return new FunctionCall(function, false, arguments, SpanFrom(start));
    }

    /// <summary>Whether <c>trim(expression FROM …)</c> starts here: an expression, then FROM, at this nesting level.</summary>
    private bool FromFollowsExpression()
    {
        var depth = 0;
        for (var i = _index; i < _tokens.Count; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                    depth++;
                    break;
                case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                    if (depth-- == 0)
                    {
                        return false;
                    }

                    break;
                case TokenKind.Comma when depth == 0:
                    return false;
                case TokenKind.EndOfInput:
                    return false;
                case TokenKind.Identifier when depth == 0 && _tokens[i].IsKeyword("FROM"):
                    return true;
            }
        }

        return false;
    }

    private FunctionCall? TryParseNormalizeForm(string name, Token start)
    {
        // normalize(s, NFKC): the form is a keyword; anything else is an ordinary argument list.
        if (Check(TokenKind.RightParen))
        {
            return null;
        }

        var saved = _index;
        var source = ParseExpression();
        if (Check(TokenKind.Comma) && PeekToken().Kind == TokenKind.Identifier && NormalForms.Contains(PeekToken().Text)
            && PeekToken(2).Kind == TokenKind.RightParen)
        {
            Advance();
            var form = Advance();
            Advance();
            return new FunctionCall(name, false, [source, new StringLiteral(form.Text.ToUpperInvariant(), form.Span)], SpanFrom(start));
        }

        _index = saved;
        return null;
    }
}
