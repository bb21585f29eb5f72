using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Splits Cypher text into tokens, skipping whitespace and <c>//</c> and <c>/* */</c> comments. Names and keywords
/// both come out as identifiers; literals are checked for shape here (a malformed number or escape fails with its TCK
/// detail) but numbers are converted by the parser, which knows whether a minus sign precedes them.
/// Not thread-safe; one lexer per text. Runs in time linear in the text. Partial by concern: literals
/// (<c>Lexer.Literals.cs</c>) and punctuation (<c>Lexer.Punctuation.cs</c>).
/// </summary>
internal sealed partial class Lexer
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

        return c switch
        {
            '`' => Make(TokenKind.QuotedIdentifier, ReadQuotedName(), start),
            '\'' or '"' => Make(TokenKind.String, ReadString(c), start),
            '$' => LexParameter(),
            _ => LexPunctuation(c),
        };
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
}
