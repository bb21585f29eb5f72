
namespace GraphExplorer.Cypher.Syntax;

/// <summary>Punctuation and operators, with the typographic look-alikes openCypher accepts in patterns.</summary>
internal sealed partial class Lexer
{
    /// <summary>The punctuation or operator token that starts with <paramref name="c"/>; anything else is an unexpected character.</summary>
    private Token LexPunctuation(char c)
    {
        switch (c)
        {
            case '(': return Punctuation(TokenKind.LeftParen, 1);
            case ')': return Punctuation(TokenKind.RightParen, 1);
            case '[': return Punctuation(TokenKind.LeftBracket, 1);
            case ']': return Punctuation(TokenKind.RightBracket, 1);
            case '{': return Punctuation(TokenKind.LeftBrace, 1);
            case '}': return Punctuation(TokenKind.RightBrace, 1);
            case ',': return Punctuation(TokenKind.Comma, 1);
            case '.': return Peek(1) == '.' ? Punctuation(TokenKind.DotDot, 2) : Punctuation(TokenKind.Dot, 1);
            case ':': return Peek(1) == ':' ? Punctuation(TokenKind.DoubleColon, 2) : Punctuation(TokenKind.Colon, 1);
            case ';': return Punctuation(TokenKind.Semicolon, 1);
            case '|': return Peek(1) == '|' ? Punctuation(TokenKind.DoublePipe, 2) : Punctuation(TokenKind.Pipe, 1);
            case '&': return Punctuation(TokenKind.Ampersand, 1);
            case '+': return Peek(1) == '=' ? Punctuation(TokenKind.PlusEqual, 2) : Punctuation(TokenKind.Plus, 1);
            case '-': return Punctuation(TokenKind.Minus, 1);
            case '*': return Punctuation(TokenKind.Star, 1);
            case '/': return Punctuation(TokenKind.Slash, 1);
            case '%': return Punctuation(TokenKind.Percent, 1);
            case '^': return Punctuation(TokenKind.Caret, 1);
            case '=': return Peek(1) == '~' ? Punctuation(TokenKind.RegexMatch, 2) : Punctuation(TokenKind.Equal, 1);
            case '!': return Peek(1) == '=' ? Punctuation(TokenKind.NotEqual, 2) : Punctuation(TokenKind.Exclamation, 1);
            case '<':
                return Peek(1) switch
                {
                    '=' => Punctuation(TokenKind.LessThanOrEqual, 2),
                    '>' => Punctuation(TokenKind.NotEqual, 2),
                    _ => Punctuation(TokenKind.LessThan, 1),
                };
            case '>':
                return Peek(1) == '=' ? Punctuation(TokenKind.GreaterThanOrEqual, 2) : Punctuation(TokenKind.GreaterThan, 1);
        }

        // openCypher lets patterns use typographic dashes and angle brackets; the parser rejects them elsewhere.
        if (IsLookAlikeDash(c))
        {
            return Punctuation(TokenKind.Minus, 1);
        }

        if (c is '⟨' or '〈' or '﹤' or '＜')
        {
            return Punctuation(TokenKind.LessThan, 1);
        }

        if (c is '⟩' or '〉' or '﹥' or '＞')
        {
            return Punctuation(TokenKind.GreaterThan, 1);
        }

        SyntaxErrors.ThrowUnexpectedCharacter(_source, _position);
        return default;
    }
}
