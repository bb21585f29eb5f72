using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed partial class LexerTests
{
    private static List<Token> Lex(string text) => Lexer.Tokenize(new SourceText(text, null));

    private static TokenKind[] Kinds(string text) => [.. Lex(text).Select(t => t.Kind).SkipLast(1)];

    [Fact]
    public void Punctuation_and_operators_are_recognised_longest_first()
    {
        Kinds("( ) [ ] { } , . .. : ; | + += - * / % ^ = =~ <> != < <= > >=").Should().Equal(
            TokenKind.LeftParen, TokenKind.RightParen, TokenKind.LeftBracket, TokenKind.RightBracket,
            TokenKind.LeftBrace, TokenKind.RightBrace, TokenKind.Comma, TokenKind.Dot, TokenKind.DotDot,
            TokenKind.Colon, TokenKind.Semicolon, TokenKind.Pipe, TokenKind.Plus, TokenKind.PlusEqual,
            TokenKind.Minus, TokenKind.Star, TokenKind.Slash, TokenKind.Percent, TokenKind.Caret,
            TokenKind.Equal, TokenKind.RegexMatch, TokenKind.NotEqual, TokenKind.NotEqual,
            TokenKind.LessThan, TokenKind.LessThanOrEqual, TokenKind.GreaterThan, TokenKind.GreaterThanOrEqual);
    }

    [Fact]
    public void Arrows_lex_as_separate_dashes_and_angle_brackets()
    {
        Kinds("<-->").Should().Equal(TokenKind.LessThan, TokenKind.Minus, TokenKind.Minus, TokenKind.GreaterThan);
        Kinds("-[]->").Should().Equal(TokenKind.Minus, TokenKind.LeftBracket, TokenKind.RightBracket, TokenKind.Minus, TokenKind.GreaterThan);
    }

    [Fact]
    public void Keywords_are_identifiers_that_keep_their_case()
    {
        var tokens = Lex("match Return n");
        tokens[0].Should().Match<Token>(t => t.Kind == TokenKind.Identifier && t.Text == "match");
        tokens[0].IsKeyword("MATCH").Should().BeTrue();
        tokens[1].IsKeyword("return").Should().BeTrue();
        tokens[2].IsKeyword("N").Should().BeTrue();
    }

    [Fact]
    public void Backtick_names_unescape_doubled_backticks_and_are_never_keywords()
    {
        var token = Lex("`my ``odd`` name`")[0];
        token.Kind.Should().Be(TokenKind.QuotedIdentifier);
        token.Text.Should().Be("my `odd` name");
        Lex("`MATCH`")[0].IsKeyword("MATCH").Should().BeFalse();
    }

    [Theory]
    [InlineData(@"'plain'", "plain")]
    [InlineData(@"""double""", "double")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'a\tb\nc\rd\fe\bf'", "a\tb\nc\rd\fe\bf")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'\u00e9t\u00E9'", "été")]
    [InlineData(@"'\U0001F600'", "😀")]
    [InlineData(@"'mixed ""quotes""'", "mixed \"quotes\"")]
    [InlineData(@"'regex \d+'", @"regex \d+")]
    public void String_literals_are_unescaped(string literal, string expected)
    {
        var token = Lex(literal)[0];
        token.Kind.Should().Be(TokenKind.String);
        token.Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("42", nameof(TokenKind.Integer))]
    [InlineData("0x1F", nameof(TokenKind.Integer))]
    [InlineData("0o17", nameof(TokenKind.Integer))]
    [InlineData("017", nameof(TokenKind.Integer))]
    [InlineData("1.5", nameof(TokenKind.Float))]
    [InlineData(".5", nameof(TokenKind.Float))]
    [InlineData("1e3", nameof(TokenKind.Float))]
    [InlineData("1.5E-3", nameof(TokenKind.Float))]
    [InlineData("2e+10", nameof(TokenKind.Float))]
    public void Number_literals_keep_their_written_text(string text, string kind)
    {
        var token = Lex(text)[0];
        token.Kind.ToString().Should().Be(kind);
        token.Text.Should().Be(text);
        token.End.Should().Be(text.Length);
    }

    [Fact]
    public void A_range_between_integers_lexes_as_integer_dotdot_integer()
    {
        var tokens = Lex("1..2");
        tokens.Select(t => t.Kind).Should().Equal(TokenKind.Integer, TokenKind.DotDot, TokenKind.Integer, TokenKind.EndOfInput);
        tokens[0].Text.Should().Be("1");
        tokens[2].Text.Should().Be("2");
    }

    [Fact]
    public void A_dot_after_an_integer_before_a_name_is_property_access()
    {
        Kinds("1.x").Should().Equal(TokenKind.Integer, TokenKind.Dot, TokenKind.Identifier);
    }

    [Theory]
    [InlineData("$name", "name")]
    [InlineData("$0", "0")]
    [InlineData("$`odd name`", "odd name")]
    public void Parameters_carry_their_name(string text, string name)
    {
        var token = Lex(text)[0];
        token.Kind.Should().Be(TokenKind.Parameter);
        token.Text.Should().Be(name);
    }

    [Fact]
    public void Comments_and_whitespace_are_skipped_and_positions_count_lines_and_columns()
    {
        var tokens = Lex("// heading\nMATCH /* inline\n comment */ (n)\r\n\tRETURN n");
        tokens.Select(t => (t.Text, t.Line, t.Column)).Should().Equal(
            ("MATCH", 2, 1), ("(", 3, 13), ("n", 3, 14), (")", 3, 15), ("RETURN", 4, 2), ("n", 4, 9), (string.Empty, 4, 10));
        tokens[0].Start.Should().Be(11);
        tokens[0].End.Should().Be(16);
    }

    [Fact]
    public void Comment_markers_inside_strings_are_text()
    {
        var tokens = Lex("'http://x/*y*/'");
        tokens.Should().HaveCount(2);
        tokens[0].Text.Should().Be("http://x/*y*/");
    }

    [Fact]
    public void Typographic_dashes_and_angle_brackets_lex_as_pattern_punctuation()
    {
        Kinds("\u2014\u2212\uFE63").Should().Equal(TokenKind.Minus, TokenKind.Minus, TokenKind.Minus);
        Kinds("\u27E8\u27E9").Should().Equal(TokenKind.LessThan, TokenKind.GreaterThan);
    }

    [Fact]
    public void Unicode_letters_make_identifiers()
    {
        var token = Lex("Größe_1")[0];
        token.Kind.Should().Be(TokenKind.Identifier);
        token.Text.Should().Be("Größe_1");
    }
}
