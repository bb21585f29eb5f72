using System.Text;

namespace GraphExplorer.GraphQL.Language;

/// <summary>Block string algorithms: the spec's BlockStringValue() (§2.9.4) and graphql-js's printBlockString.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(): remove the common indentation of all lines but the first, then leading and trailing
    /// blank lines, and join with line feeds.
    /// </summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                sb.Append('\n');
            }

            var line = lines[i];
            sb.Append(i == 0 || commonIndent == int.MaxValue ? line : line.Length > commonIndent ? line[commonIndent..] : "");
        }

        return sb.ToString();
    }

    /// <summary>Prints <paramref name="value"/> as a block string the way graphql-js's printBlockString does.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || IsWhiteSpace(l[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var sb = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            sb.Append('\n');
        }

        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            sb.Append('\n');
        }

        return sb.Append("\"\"\"").ToString();
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
