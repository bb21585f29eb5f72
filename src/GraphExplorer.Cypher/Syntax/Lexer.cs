using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Splits Cypher text into tokens, skipping whitespace and <c>//</c> and <c>/* */</c> comments. Names and keywords
/// both come out as identifiers; literals are checked for shape here (a malformed number or escape fails with its TCK
/// detail) but numbers are converted by the parser, which knows whether a minus sign precedes them.
/// Not thread-safe; one lexer per text. Runs in time linear in the text.
/// </summary>
internal sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private int _position;

    public Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>All tokens of the text, ending with one <see cref="TokenKind.EndOfInput"/>.</summary>
    public static List<Token> Tokenize(SourceText source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfInput);

        return tokens;
    }

    /// <summary>The next token.</summary>
    public Token Next()
    {
        SkipTrivia();
        if (_position >= _text.Length)
        {
            return Make(TokenKind.EndOfInput, string.Empty, _position);
        }

        var start = _position;
        var c = _text[_position];
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumber();
        }

        if (IsIdentifierStart(c))
        {
            _position++;
            while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            {
                _position++;
            }

            return Make(TokenKind.Identifier, _text[start.._position], start);
        }

        switch (c)
        {
            case '`':
                return Make(TokenKind.QuotedIdentifier, ReadQuotedName(), start);
            case '\'':
            case '"':
                return Make(TokenKind.String, ReadString(c), start);
            case '$':
                return LexParameter();
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

    /// <summary>The dash characters openCypher's grammar accepts in relationship patterns besides '-'.</summary>
    internal static bool IsLookAlikeDash(char c) =>
        c is '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212'
            or '\uFE58' or '\uFE63' or '\uFF0D';

    private static bool IsIdentifierStart(char c) =>
        char.IsLetter(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation;

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber;

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private Token Make(TokenKind kind, string text, int start)
    {
        var span = _source.Span(start, _position);
        return new Token(kind, text, start, _position, span.Line, span.Column);
    }

    private Token Malformed(int start, string problem)
    {
        var span = _source.Span(start, _position);
        return new Token(TokenKind.MalformedNumber, _text[start.._position], start, _position, span.Line, span.Column, problem);
    }

    private Token Punctuation(TokenKind kind, int length)
    {
        var start = _position;
        _position += length;
        return Make(kind, _text[start.._position], start);
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u001C' or '\u001D' or '\u001E' or '\u001F')
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var start = _position;
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    SyntaxErrors.ThrowUnterminated(_source, start, "comment: '/*' has no closing '*/'");
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private Token LexNumber()
    {
        var start = _position;
        var c = _text[_position];
        if (c == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = Peek(1) is 'x' or 'X';
            _position += 2;
            var digitsStart = _position;
            SkipDigits(hex ? char.IsAsciiHexDigit : char.IsAsciiDigit, separatorFirst: true);

            ConsumeTrailingNameCharacters(out var invalid);
            if (invalid || _position == digitsStart)
            {
                return Malformed(start, hex ? "expected hexadecimal digits 0-9, a-f after '0x'" : "expected octal digits 0-7 after '0o'");
            }

            if (!hex && _text.AsSpan(digitsStart, _position - digitsStart).ContainsAny('8', '9'))
            {
                return Malformed(start, "8 and 9 are not octal digits");
            }

            return Make(TokenKind.Integer, _text[start.._position], start);
        }

        var isFloat = false;
        SkipDigits();
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }

        if (Peek(0) is 'e' or 'E')
        {
            var exponentStart = _position;
            _position++;
            if (Peek(0) is '+' or '-')
            {
                _position++;
            }

            if (!char.IsAsciiDigit(Peek(0)))
            {
                _position = exponentStart;
                ConsumeTrailingNameCharacters(out _);
                return Malformed(start, "expected digits after the exponent 'e'");
            }

            isFloat = true;
            SkipDigits();
        }

        ConsumeTrailingNameCharacters(out var trailing);
        if (trailing)
        {
            return Malformed(start, "a number cannot be followed by letters");
        }

        var text = _text[start.._position];
        if (!isFloat && text.Length > 1 && text[0] == '0' && text.AsSpan().ContainsAny('8', '9'))
        {
            return Malformed(start, "a number starting with 0 is octal, and 8 and 9 are not octal digits");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Integer, text, start);
    }

    private void SkipDigits() => SkipDigits(char.IsAsciiDigit, separatorFirst: false);

    /// <summary>
    /// Skips digits, each of which may be preceded by one '_' (Neo4j 5: <c>1_000_000</c>, <c>0x_FF</c>); a '_' that no
    /// digit follows is left for the trailing-letters check. Only after 0x / 0o may the first digit have a '_'.
    /// </summary>
    private void SkipDigits(Func<char, bool> isDigit, bool separatorFirst)
    {
        var first = true;
        while (_position < _text.Length)
        {
            if (isDigit(_text[_position]))
            {
                _position++;
            }
            else if (_text[_position] == '_' && (separatorFirst || !first) && _position + 1 < _text.Length && isDigit(_text[_position + 1]))
            {
                _position += 2;
            }
            else
            {
                return;
            }

            first = false;
        }
    }

    /// <summary>Skips letters and digits glued to a number (e.g. the "abc" of 12abc) so the error quotes them all.</summary>
    private void ConsumeTrailingNameCharacters(out bool any)
    {
        any = false;
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
        {
            _position++;
            any = true;
        }
    }

    private Token LexParameter()
    {
        var start = _position;
        _position++;
        string name;
        if (Peek(0) == '`')
        {
            name = ReadQuotedName();
        }
        else if (_position < _text.Length && (IsIdentifierStart(_text[_position]) || char.IsAsciiDigit(_text[_position])))
        {
            var nameStart = _position;
            while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            {
                _position++;
            }

            name = _text[nameStart.._position];
        }
        else if (Peek(0) == '(')
        {
            return Make(TokenKind.Dollar, "$", start);
        }
        else
        {
            var token = Make(TokenKind.Parameter, "$", start);
            SyntaxErrors.ThrowUnexpectedToken(_source, token, "a parameter name after '$'");
            return default;
        }

        return Make(TokenKind.Parameter, name, start);
    }

    /// <summary>Reads <c>`name`</c>, where <c>``</c> stands for one backtick.</summary>
    private string ReadQuotedName()
    {
        var start = _position;
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                SyntaxErrors.ThrowUnterminated(_source, start, "quoted name: '`' has no closing '`'");
            }

            var c = _text[_position++];
            if (c == '`')
            {
                if (Peek(0) == '`')
                {
                    builder.Append('`');
                    _position++;
                    continue;
                }

                return builder.ToString();
            }

            builder.Append(c);
        }
    }

    /// <summary>
    /// Reads a string literal and returns its value. Escapes: \t \b \n \r \f \' \" \\ \uXXXX \UXXXXXXXX.
    /// Any other backslash is kept with the character after it, as Neo4j does, so regexes like '\d' keep working.
    /// </summary>
    private string ReadString(char quote)
    {
        var start = _position;
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                SyntaxErrors.ThrowUnterminated(_source, start, $"string: {quote} has no closing {quote}");
            }

            var c = _text[_position++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                SyntaxErrors.ThrowUnterminated(_source, start, $"string: {quote} has no closing {quote}");
            }

            var escapeStart = _position - 1;
            var e = _text[_position++];
            switch (e)
            {
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'u':
                case 'U':
                    var length = e == 'u' ? 4 : 8;
                    var digits = 0;
                    while (digits < length && _position + digits < _text.Length && char.IsAsciiHexDigit(_text[_position + digits]))
                    {
                        digits++;
                    }

                    if (digits < length)
                    {
                        SyntaxErrors.ThrowInvalidUnicodeEscape(_source, _source.Span(escapeStart, _position + digits));
                    }

                    var code = long.Parse(_text.AsSpan(_position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    _position += length;
                    if (e == 'u')
                    {
                        builder.Append((char)code);
                    }
                    else if (code is > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                    {
                        SyntaxErrors.ThrowInvalidUnicodeEscape(_source, _source.Span(escapeStart, _position));
                    }
                    else
                    {
                        builder.Append(char.ConvertFromUtf32((int)code));
                    }

                    break;
                default:
                    builder.Append('\\').Append(e);
                    break;
            }
        }
    }
}
