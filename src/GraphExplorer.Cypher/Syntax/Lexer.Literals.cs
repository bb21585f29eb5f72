using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Literals: numbers (checked for shape), parameters, quoted names and strings with their escapes.</summary>
internal sealed partial class Lexer
{
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
