using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The text being parsed, with an optional name (e.g. a file path) for messages, and the offsets where lines start so
/// that any offset maps to a 1-based line and column. Lines end at '\n'; a '\r' before it belongs to the line break.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string? name)
    {
        Text = text;
        Name = name;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public string? Name { get; }

    /// <summary>The 1-based line and column of <paramref name="offset"/> (which may equal the text length).</summary>
    public (int Line, int Column) LineAndColumn(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The text of 1-based line <paramref name="line"/>, without its line break.</summary>
    public string LineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return Text[start..Math.Max(start, end)];
    }

    /// <summary>A span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public SourceSpan Span(int start, int end)
    {
        var (line, column) = LineAndColumn(start);
        return new SourceSpan(start, end, line, column);
    }
}
