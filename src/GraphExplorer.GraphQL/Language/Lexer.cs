using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// The lexer of spec §2.1: turns source text into tokens on demand, skipping ignored tokens (white space, line
/// terminators, commas, comments, the byte order mark). Not thread-safe; one instance per parse.
/// </summary>
internal sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string body)
    {
        _body = body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    public string Body => _body;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; its end closes a node's location.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Token.Kind == TokenKind.EndOfFile ? Token : ReadNextToken();
        return Token;
    }

    /// <summary>The token after the current one, without consuming it.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var (position, line, lineStart) = (_position, _line, _lineStart);
        var next = ReadNextToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return next;
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position++;
                    while (position < length && body[position] != '\n' && body[position] != '\r')
                    {
                        position++;
                    }

                    continue;
                case '!': return Punctuator(TokenKind.Bang, position, 1);
                case '$': return Punctuator(TokenKind.Dollar, position, 1);
                case '&': return Punctuator(TokenKind.Amp, position, 1);
                case '(': return Punctuator(TokenKind.ParenL, position, 1);
                case ')': return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (position + 2 < length && body[position + 1] == '.' && body[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case ':': return Punctuator(TokenKind.Colon, position, 1);
                case '=': return Punctuator(TokenKind.Equals, position, 1);
                case '@': return Punctuator(TokenKind.At, position, 1);
                case '[': return Punctuator(TokenKind.BracketL, position, 1);
                case ']': return Punctuator(TokenKind.BracketR, position, 1);
                case '{': return Punctuator(TokenKind.BraceL, position, 1);
                case '|': return Punctuator(TokenKind.Pipe, position, 1);
                case '}': return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            if (c == '\'')
            {
                throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            }

            throw Error(position, IsValidSourceCharacter(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        _position = length;
        return new Token(TokenKind.EndOfFile, length, length, _line, length - _lineStart + 1, null);
    }

    private Token Punctuator(TokenKind kind, int start, int size)
    {
        _position = start + size;
        return new Token(kind, start, start + size, _line, start - _lineStart + 1, null);
    }

    private Token Make(TokenKind kind, int start, int end, string value) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    // Name :: NameStart NameContinue* (spec §2.1.9)
    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        _position = position;
        return Make(TokenKind.Name, start, position, _body.Substring(start, position - start));
    }

    // IntValue / FloatValue (spec §2.9.1, §2.9.2), including the "no NameStart or '.' directly after" lookahead.
    private Token ReadNumber(int start)
    {
        var body = _body;
        var position = start;
        var isFloat = false;
        var c = CharAt(position);
        if (c == '-')
        {
            c = CharAt(++position);
        }

        if (c == '0')
        {
            c = CharAt(++position);
            if (IsDigit(c))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
            c = CharAt(position);
        }

        if (c == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            c = CharAt(position);
        }

        if (c is 'e' or 'E')
        {
            isFloat = true;
            c = CharAt(++position);
            if (c is '+' or '-')
            {
                ++position;
            }

            position = ReadDigits(position);
            c = CharAt(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, body.Substring(start, position - start));
    }

    private int ReadDigits(int start)
    {
        if (!IsDigit(CharAt(start)))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    // StringValue :: " StringCharacter* " (spec §2.9.4)
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                _position = position + 1;
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return Make(TokenKind.String, start, position + 1, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            position += ValidCharacterSize(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private int ReadEscape(int position, StringBuilder value)
    {
        var e = CharAt(position + 1);
        switch (e)
        {
            case '"': value.Append('"'); return position + 2;
            case '\\': value.Append('\\'); return position + 2;
            case '/': value.Append('/'); return position + 2;
            case 'b': value.Append('\b'); return position + 2;
            case 'f': value.Append('\f'); return position + 2;
            case 'n': value.Append('\n'); return position + 2;
            case 'r': value.Append('\r'); return position + 2;
            case 't': value.Append('\t'); return position + 2;
            case 'u':
                return CharAt(position + 2) == '{' ? ReadVariableWidthUnicode(position, value) : ReadFixedWidthUnicode(position, value);
        }

        throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
    }

    // \u{...} (working draft): any Unicode scalar value.
    private int ReadVariableWidthUnicode(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return position + size;
            }

            var digit = HexValue(c);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
            if (point > 0x10FFFF)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    // \uXXXX, where a leading surrogate must be followed by an escaped trailing surrogate.
    private int ReadFixedWidthUnicode(int position, StringBuilder value)
    {
        var code = Hex4(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return position + 6;
        }

        if (code >= 0xD800 && code <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Hex4(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    // BlockString :: """ BlockStringCharacter* """ (spec §2.9.4, value per BlockStringValue()).
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var startLine = _line;
        var startLineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var lineStart = _lineStart;
        var line = _line;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                var token = new Token(TokenKind.BlockString, start, position + 3, startLine, start - startLineStart + 1,
                    BlockString.Dedent(lines));
                _position = position + 3;
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                line++;
                continue;
            }

            position += ValidCharacterSize(position);
        }

        _line = line;
        _lineStart = lineStart;
        throw Error(position, "Unterminated string.");
    }

    /// <summary>Size (1 or 2 UTF-16 units) of the valid source character at <paramref name="position"/>, else a syntax error.</summary>
    private int ValidCharacterSize(int position)
    {
        var c = _body[position];
        if (char.IsHighSurrogate(c) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            return 2;
        }

        if (char.IsSurrogate(c) || (c < 0x20 && c != '\t'))
        {
            throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        return 1;
    }

    private bool IsValidSourceCharacter(int position)
    {
        var c = _body[position];
        if (char.IsHighSurrogate(c))
        {
            return position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);
        }

        return !char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r');
    }

    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        var c = _body[position];
        if (c >= 0x20 && c <= 0x7E)
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var point = char.IsHighSurrogate(c) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1])
            ? char.ConvertToUtf32(c, _body[position + 1])
            : c;
        return "U+" + point.ToString("X4", CultureInfo.InvariantCulture);
    }

    private char CharAt(int position) => position < _body.Length ? _body[position] : '\0';

    private string Slice(int start, int length) => _body.Substring(start, Math.Min(length, _body.Length - start));

    private int Hex4(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var d = HexValue(CharAt(position + i));
            if (d < 0)
            {
                return -1;
            }

            result = (result << 4) | d;
        }

        return result;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    [DoesNotReturn]
    private GraphQLSyntaxException Error(int position, string description) =>
        throw GraphQLErrors.Syntax(_body, position, description);
}
