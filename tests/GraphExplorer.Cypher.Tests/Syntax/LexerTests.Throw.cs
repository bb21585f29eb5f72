using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed partial class LexerTests
{
    private static CypherException LexError(string text)
    {
        var act = () => Lex(text);
        var error = act.Should().Throw<CypherException>().Which;
        error.Kind.Should().Be(CypherErrorKind.SyntaxError);
        error.Phase.Should().Be(CypherErrorPhase.CompileTime);
        return error;
    }

    [Theory]
    [InlineData("RETURN 0x", "expected hexadecimal digits")]
    [InlineData("RETURN 0x12g4", "expected hexadecimal digits")]
    [InlineData("RETURN 0o18", "8 and 9 are not octal digits")]
    [InlineData("RETURN 09", "8 and 9 are not octal digits")]
    [InlineData("RETURN 12abc", "a number cannot be followed by letters")]
    [InlineData("RETURN 1e", "expected digits after the exponent")]
    public void Malformed_numbers_become_one_token_saying_what_is_wrong_for_the_parser_to_report(string text, string problem)
    {
        var token = Lex(text)[1];

        token.Kind.Should().Be(TokenKind.MalformedNumber);
        token.Text.Should().Be(text["RETURN ".Length..]);
        token.Problem.Should().Contain(problem);
    }

    [Theory]
    [InlineData("RETURN '\\uH'", "InvalidUnicodeLiteral", 9)]
    [InlineData("RETURN '\\u12'", "InvalidUnicodeLiteral", 9)]
    [InlineData("RETURN '\\UFFFFFFFF'", "InvalidUnicodeLiteral", 9)]
    [InlineData("RETURN #", "UnexpectedSyntax", 8)]
    [InlineData("RETURN 1 § 2", "InvalidUnicodeCharacter", 10)]
    [InlineData("RETURN $ ", "UnexpectedSyntax", 8)]
    public void Malformed_tokens_fail_with_their_detail_at_their_column(string text, string detail, int column)
    {
        var error = LexError(text);
        error.Detail.Should().Be(detail);
        error.Position.Should().Be(new SourcePosition(column - 1, 1, column));
    }

    [Theory]
    [InlineData("RETURN 'open", "string")]
    [InlineData("RETURN \"open\\\"", "string")]
    [InlineData("RETURN `open", "quoted name")]
    [InlineData("RETURN 1 /* open", "comment")]
    public void Unterminated_literals_and_comments_fail_where_they_start(string text, string what)
    {
        var error = LexError(text);
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Message.Should().Contain("Unterminated " + what);
        error.Position!.Value.Column.Should().BeLessThan(text.Length);
        error.Position!.Value.Offset.Should().Be(text.IndexOfAny(['\'', '"', '`', '/']));
    }
}
