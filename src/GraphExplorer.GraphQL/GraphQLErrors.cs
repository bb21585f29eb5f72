using System.Globalization;
using System.Text;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL;

/// <summary>
/// Every error the engine reports is built here, grouped by pipeline stage (partial files per stage), so codes and
/// wording stay consistent and tests can assert codes.
/// </summary>
public static partial class GraphQLErrors
{
    internal static IReadOnlyDictionary<string, object?> CodeOnly(string code) => new Dictionary<string, object?> { ["code"] = code };

    // ---- Language (spec §2) ----

    internal static GraphQLSyntaxException Syntax(string source, int position, string description, string? token = null)
    {
        var (line, column) = LineAndColumn(source, position);
        return new GraphQLSyntaxException("Syntax Error: " + description, line, column, token, Excerpt(source, line, column));
    }

    internal static (int Line, int Column) LineAndColumn(string source, int position)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < position && i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    /// <summary>graphql-js style excerpt: previous line, the error line, a caret line, the next line.</summary>
    internal static string Excerpt(string source, int line, int column)
    {
        var lines = source.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var rows = new List<(string Prefix, string Text)>();
        if (line - 2 >= 0 && line - 2 < lines.Length)
        {
            rows.Add(((line - 1).ToString(CultureInfo.InvariantCulture), lines[line - 2]));
        }

        var current = line - 1 < lines.Length ? lines[line - 1] : "";
        rows.Add((line.ToString(CultureInfo.InvariantCulture), current));
        rows.Add(("", new string(' ', Math.Max(0, column - 1)) + "^"));
        if (line < lines.Length)
        {
            rows.Add(((line + 1).ToString(CultureInfo.InvariantCulture), lines[line]));
        }

        var width = rows.Max(r => r.Prefix.Length);
        var sb = new StringBuilder();
        foreach (var (prefix, text) in rows)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(prefix.PadLeft(width)).Append(text.Length > 0 ? " | " : " |").Append(text);
        }

        return sb.ToString();
    }
}
