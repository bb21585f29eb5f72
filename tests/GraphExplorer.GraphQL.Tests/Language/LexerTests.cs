using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Lex(string source)
    {
        var lexer = new Lexer(source);
        return lexer.Advance();
    }

    private static List<Token> LexAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    [Fact]
    public void Skips_ignored_tokens_and_tracks_line_and_column()
    {
        var token = Lex("\uFEFF ,,\n\r\n  # comment\r  foo");
        token.Should().Be(new Token(TokenKind.Name, 21, 24, 4, 3, "foo"));
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-0.123", TokenKind.Float, "-0.123")]
    [InlineData("123e4", TokenKind.Float, "123e4")]
    [InlineData("1.5E-10", TokenKind.Float, "1.5E-10")]
    [InlineData("-1.123e+4", TokenKind.Float, "-1.123e+4")]
    public void Lexes_numbers(string source, TokenKind kind, string value)
    {
        var token = Lex(source);
        token.Kind.Should().Be(kind);
        token.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\"", "unicode \u1234\u5678")]
    [InlineData("\"variable \\u{1F600}\"", "variable \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"\U0001F600\"", "\U0001F600")]
    public void Lexes_strings_with_escapes(string source, string value)
    {
        var token = Lex(source);
        token.Kind.Should().Be(TokenKind.String);
        token.Value.Should().Be(value);
    }

    [Fact]
    public void Lexes_block_strings_with_dedent_and_escaped_triple_quotes()
    {
        var token = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours \\\"\"\"\n  \"\"\"");
        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().Be("Hello,\n  World!\n\nYours \"\"\"");
    }

    [Fact]
    public void Block_strings_advance_the_line_count()
    {
        var tokens = LexAll("\"\"\"a\nb\r\nc\"\"\" name");
        tokens[1].Line.Should().Be(3);
        tokens[1].Column.Should().Be(6);
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        LexAll("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind).Should().Equal(
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread, TokenKind.Colon,
            TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u12 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12 e\".", 1, 6)]
    [InlineData("\"ctl \u0007\"", "Syntax Error: Invalid character within String: U+0007.", 1, 6)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Invalid character: U+0007.", 1, 1)]
    [InlineData("\n\n   ~", "Syntax Error: Unexpected character: \"~\".", 3, 4)]
    public void Reports_lexical_errors_with_positions(string source, string message, int line, int column)
    {
        var act = () => LexAll(source);
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be(message);
        (error.Line, error.Column).Should().Be((line, column));
        error.Code.Should().Be(ErrorCodes.SyntaxError);
    }

    [Fact]
    public void Block_strings_normalise_line_terminators_to_line_feeds()
    {
        Lex("\"\"\"a\r\n  b\r  c\"\"\"").Value.Should().Be("a\nb\nc");
    }

    [Fact]
    public void Comments_and_commas_are_ignored_up_to_the_end_of_file()
    {
        LexAll("a, # comment\n,b # trailing").Select(t => t.Value).Should().Equal("a", "b");
    }

    [Fact]
    public void Unicode_names_are_not_names()
    {
        var act = () => LexAll("caf\u00e9");
        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Unexpected character: U+00E9.");
    }
}
