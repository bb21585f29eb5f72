using System.Collections.Immutable;
using System.Globalization;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Map literals and the conversion of number tokens.</summary>
internal sealed partial class Parser
{
    private MapLiteral ParseMapLiteral()
    {
        var start = Expect(TokenKind.LeftBrace, "'{'");
        var entries = ImmutableArray.CreateBuilder<MapEntry>();
        if (!Check(TokenKind.RightBrace))
        {
            do
            {
                var keyToken = Current;
                if (keyToken.Kind is TokenKind.MalformedNumber or TokenKind.Integer or TokenKind.Float && PeekToken().Kind == TokenKind.Colon)
                {
                    SyntaxErrors.ThrowNumericMapKey(_source, keyToken);
                }

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

    /// <summary>
    /// Converts an integer token (decimal, 0x hex, 0o or legacy 0-prefixed octal), applying a preceding minus sign.
    /// Fails with IntegerOverflow outside the 64-bit range.
    /// </summary>
    private long ParseInteger(Token token, bool negative, SourceSpan signSpan)
    {
        var text = WithoutDigitSeparators(token.Text);
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
            SyntaxErrors.ThrowIntegerOverflow(_source, span, (negative ? "-" : string.Empty) + token.Text);
        }

        return negative ? (long)(0 - magnitude) : (long)magnitude;
    }

    /// <summary>The number's text without the '_' separators the lexer let through (<c>1_000</c> is <c>1000</c>).</summary>
    private static string WithoutDigitSeparators(string text) => text.Contains('_') ? text.Replace("_", string.Empty, StringComparison.Ordinal) : text;

    private double ParseFloat(Token token)
    {
        var value = double.Parse(WithoutDigitSeparators(token.Text), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            SyntaxErrors.ThrowFloatOverflow(_source, token.Span);
        }

        return value;
    }
}
