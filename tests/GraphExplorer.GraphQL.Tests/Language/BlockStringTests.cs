using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Fact]
    public void Dedent_removes_common_indentation_but_not_from_the_first_line()
    {
        BlockString.Dedent(["first", "    Hello,", "      World!", "", "    Yours,", "      GraphQL."])
            .Should().Be("first\nHello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Fact]
    public void Dedent_removes_leading_and_trailing_blank_lines()
    {
        BlockString.Dedent(["", "   ", "  Hello,", "    World!", "  ", ""]).Should().Be("Hello,\n  World!");
    }

    [Fact]
    public void Dedent_of_only_blank_lines_is_empty()
    {
        BlockString.Dedent(["  ", "\t", ""]).Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("single line", "\"\"\"single line\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void Print_matches_graphql_js_printBlockString(string value, string expected)
    {
        BlockString.Print(value).Should().Be(expected);
    }

    [Fact]
    public void Printed_block_strings_lex_back_to_the_same_value()
    {
        foreach (var value in new[] { "a\n  b\n\tc", "x \"\"\" y", "  indented first", "trailing\\", "\n\nleading blank" })
        {
            var printed = BlockString.Print(value);
            var parsed = (StringValueNode)Parser.ParseValue(printed);
            parsed.Value.Should().Be(value.TrimStart('\n'), because: printed);
        }
    }
}
