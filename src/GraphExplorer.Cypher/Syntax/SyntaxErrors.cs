using System.Diagnostics.CodeAnalysis;
using System.Text;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Every error the lexer and parser raise, built in one place. Each is a <see cref="CypherException"/> of kind
/// <see cref="CypherErrorKind.SyntaxError"/> at compile time, whose <see cref="CypherException.Detail"/> is the
/// openCypher TCK's detail code and whose message reads
/// <c>name:line:column: what is wrong</c> followed by the source line and a caret under the offending text. Each carries
/// the GQL status Neo4j gives a query it cannot parse: 42001 "invalid syntax", with the specific condition as its cause
/// where Neo4j names one (e.g. 42I06 "invalid input").
/// </summary>
internal static class SyntaxErrors
{
    /// <summary>The TCK's detail for syntax errors that have no more specific code.</summary>
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string InvalidNumberLiteral = "InvalidNumberLiteral";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string InvalidUnicodeLiteral = "InvalidUnicodeLiteral";
    public const string InvalidUnicodeCharacter = "InvalidUnicodeCharacter";
    public const string InvalidRelationshipPattern = "InvalidRelationshipPattern";
    public const string InvalidParameterUse = "InvalidParameterUse";

    /// <summary>Longest source line quoted in a message; longer lines are cut to a window around the caret.</summary>
    private const int MaxQuotedLine = 120;

    /// <summary>A token that no rule accepts here.</summary>
    [DoesNotReturn]
    public static void ThrowUnexpectedToken(SourceText source, Token token, string expected)
    {
        if (token.Kind == TokenKind.MalformedNumber)
        {
            // Wherever a malformed number stands, what is wrong is the number, not what the parser hoped for.
            ThrowInvalidNumber(source, token.Span, token.Problem ?? "not a number");
        }

        var message = token.Kind == TokenKind.EndOfInput
            ? $"Unexpected end of input: expected {expected}"
            : $"Invalid input '{Describe(source, token)}': expected {expected}";

        // '&' and '!' are label expression symbols in Neo4j 5; anywhere else they are most likely C-style operators.
        message += token.Kind switch
        {
            TokenKind.Ampersand => " (Cypher writes 'and' as AND)",
            TokenKind.Exclamation => " (Cypher writes 'not' as NOT and 'not equal' as <>)",
            _ => string.Empty,
        };
        var input = token.Kind == TokenKind.EndOfInput ? string.Empty : Describe(source, token);
        throw Create(source, UnexpectedSyntax, message, token.Span, GqlConditions.InvalidInput(input, expected));
    }

    /// <summary>A character that starts no token.</summary>
    [DoesNotReturn]
    public static void ThrowUnexpectedCharacter(SourceText source, int offset)
    {
        var c = CodePointAt(source.Text, offset);
        var text = char.ConvertFromUtf32(c);
        var detail = c > 0x7F ? InvalidUnicodeCharacter : UnexpectedSyntax;
        var hint = c switch
        {
            '#' => ": comments start with // or /*",
            '?' => ": parameters are written $name",
            _ => string.Empty,
        };
        var message = c > 0x7F
            ? $"Invalid input '{text}' (U+{c:X4}): this character is not allowed here"
            : $"Invalid input '{text}'{hint}";
        throw Create(source, detail, message, source.Span(offset, offset + text.Length));
    }

    /// <summary>A non-ASCII look-alike of an operator (e.g. an em dash for minus) outside a pattern.</summary>
    [DoesNotReturn]
    public static void ThrowLookAlikeOperator(SourceText source, Token token, string meant)
    {
        var c = CodePointAt(token.Text, 0);
        throw Create(
            source,
            InvalidUnicodeCharacter,
            $"Invalid input '{token.Text}' (U+{c:X4}): only '{meant}' is allowed as an operator here",
            token.Span);
    }

    /// <param name="what">What is left open: a "comment: …", a "string: …" or a "quoted name: …".</param>
    [DoesNotReturn]
    public static void ThrowUnterminated(SourceText source, int start, string what) =>
        throw Create(source, UnexpectedSyntax, $"Unterminated {what}", source.Span(start, source.Text.Length),
            what.StartsWith("comment", StringComparison.Ordinal) ? GqlConditions.InvalidComment
            : what.StartsWith("string", StringComparison.Ordinal) ? GqlConditions.InvalidStringLiteral
            : null);

    /// <summary>A map key written as a number, or starting with digits: a key is a name (quoted if need be).</summary>
    [DoesNotReturn]
    public static void ThrowNumericMapKey(SourceText source, Token token) =>
        throw Create(
            source,
            UnexpectedSyntax,
            $"Invalid input '{token.Text}': a map key is a name, and a name cannot start with a digit (quote it: `{token.Text}`)",
            token.Span);

    [DoesNotReturn]
    public static void ThrowInvalidNumber(SourceText source, SourceSpan span, string reason) =>
        throw Create(
            source,
            InvalidNumberLiteral,
            $"Invalid number literal '{source.Text[span.Start..span.End]}': {reason}",
            span);

    [DoesNotReturn]
    public static void ThrowIntegerOverflow(SourceText source, SourceSpan span, string literal) =>
        throw Create(
            source,
            IntegerOverflow,
            $"Integer literal '{literal}' is out of range: integers must lie between -9223372036854775808 and 9223372036854775807",
            span,
            GqlConditions.NumericValueOutOfRange(literal));

    [DoesNotReturn]
    public static void ThrowFloatOverflow(SourceText source, SourceSpan span) =>
        throw Create(
            source,
            "FloatingPointOverflow",
            $"Float literal '{source.Text[span.Start..span.End]}' is too large",
            span,
            GqlConditions.NumericValueOutOfRange(source.Text[span.Start..span.End]));

    [DoesNotReturn]
    public static void ThrowInvalidUnicodeEscape(SourceText source, SourceSpan span) =>
        throw Create(
            source,
            InvalidUnicodeLiteral,
            $"Invalid unicode escape '{source.Text[span.Start..span.End]}': expected \\u and 4 hex digits or \\U and 8",
            span);

    [DoesNotReturn]
    public static void ThrowInvalidRelationshipPattern(SourceText source, SourceSpan span, string reason) =>
        throw Create(source, InvalidRelationshipPattern, $"Invalid relationship pattern: {reason}", span);

    [DoesNotReturn]
    public static void ThrowInvalidParameterUse(SourceText source, SourceSpan span, string clause) =>
        throw Create(
            source,
            InvalidParameterUse,
            $"Parameter maps cannot be used in {clause} patterns (use a literal map, e.g. {{key: $param.key}})",
            span,
            GqlConditions.ParameterMapInPattern);

    [DoesNotReturn]
    public static void ThrowTooDeeplyNested(SourceText source, SourceSpan span, int limit) =>
        throw Create(source, "InvalidSyntax", $"The query nests more than {limit} levels deep here", span);

    /// <summary>Syntax that parses but is not allowed where it stands, e.g. a pattern expression outside WHERE.</summary>
    [DoesNotReturn]
    public static void ThrowNotAllowedHere(SourceText source, SourceSpan span, string message) =>
        throw Create(source, UnexpectedSyntax, message, span);

    /// <summary>Valid Cypher (Neo4j 5) that this engine does not implement: never the user's mistake, so said so.</summary>
    [DoesNotReturn]
    public static void ThrowUnsupported(SourceText source, SourceSpan span, string feature) =>
        throw Create(source, "UnsupportedFeature", $"{feature} is not supported by this engine", span);

    /// <summary>
    /// Builds the exception; the message ends with the source line and a caret under the span's start. Its GQL status is
    /// 42001 caused by <paramref name="cause"/>, except for what this engine does not support: that is no syntax error of
    /// the user's, and Neo4j has no status for it (it reads as Neo4j's default, 50N42).
    /// </summary>
    public static CypherException Create(SourceText source, string detail, string message, SourceSpan span, GqlStatus? cause = null)
    {
        var builder = new StringBuilder();
        builder.Append(source.Name ?? "query").Append(':').Append(span.Line).Append(':').Append(span.Column)
            .Append(": ").Append(message).Append('\n');
        var line = source.LineText(span.Line);
        var caret = span.Column - 1;
        if (line.Length > MaxQuotedLine)
        {
            // Quote a window around the error, so a generated one-line script does not make a megabyte message.
            var from = Math.Max(0, Math.Min(caret - (MaxQuotedLine / 2), line.Length - MaxQuotedLine));
            var window = line.Substring(from, MaxQuotedLine);
            line = (from > 0 ? "…" : string.Empty) + window + (from + MaxQuotedLine < line.Length ? "…" : string.Empty);
            caret = caret - from + (from > 0 ? 1 : 0);
        }

        builder.Append(line).Append('\n');
        for (var i = 0; i < caret && i < line.Length; i++)
        {
            // Keep tabs so the caret lines up under tab-indented text.
            builder.Append(line[i] == '\t' ? '\t' : ' ');
        }

        builder.Append('^');
        return new CypherException(
            CypherErrorKind.SyntaxError,
            CypherErrorPhase.CompileTime,
            detail,
            builder.ToString(),
            span.Position)
        {
            GqlStatus = detail == "UnsupportedFeature" ? null : GqlConditions.InvalidSyntax(cause),
        };
    }

    private static string Describe(SourceText source, Token token)
    {
        // Quote what was written (strings keep their quotes), trimmed to stay readable.
        var written = source.Text[token.Start..token.End];
        var newline = written.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            written = written[..newline];
        }

        return written.Length > 40 ? written[..40] + "…" : written;
    }

    /// <summary>The code point at <paramref name="index"/>, joining a surrogate pair when there is one.</summary>
    private static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
}
