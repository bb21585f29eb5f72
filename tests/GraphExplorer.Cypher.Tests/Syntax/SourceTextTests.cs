using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class SourceTextTests
{
    private readonly SourceText _source = new("ab\r\ncd\n\nef", "x.cypher");

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(4, 2, 1)]
    [InlineData(7, 3, 1)]
    [InlineData(8, 4, 1)]
    [InlineData(10, 4, 3)]
    public void Offsets_map_to_one_based_lines_and_columns(int offset, int line, int column)
    {
        _source.LineAndColumn(offset).Should().Be((line, column));
    }

    [Theory]
    [InlineData(1, "ab")]
    [InlineData(2, "cd")]
    [InlineData(3, "")]
    [InlineData(4, "ef")]
    public void Line_text_excludes_the_line_break(int line, string text)
    {
        _source.LineText(line).Should().Be(text);
    }

    [Fact]
    public void Span_carries_the_start_position()
    {
        _source.Span(4, 6).Should().Be(new SourceSpan(4, 6, 2, 1));
        _source.Name.Should().Be("x.cypher");
    }
}
