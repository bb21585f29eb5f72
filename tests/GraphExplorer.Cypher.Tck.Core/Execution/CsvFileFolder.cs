using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// Where <c>And there exists a CSV file with URL as $name, with rows:</c> puts its files: a folder the backend's
/// <c>LOAD CSV</c> can read, and the URL prefix under which it reads them (for the embedded engine, a subfolder of its
/// import directory and <c>file:///&lt;subfolder&gt;/</c>). Files are written as Neo4j's TCK adapter writes them: the
/// header, then one line per row, values comma-separated; a string is written as its text, a number as Cypher prints
/// it, a boolean as <c>true</c>/<c>false</c> and null as an empty field. A field holding a comma, quote or line break
/// is quoted (RFC 4180).
/// </summary>
/// <remarks>Thread-safe: every file gets a new name.</remarks>
public sealed class CsvFileFolder(string directory, string urlPrefix)
{
    /// <summary>The folder the files are written to.</summary>
    public string Directory { get; } = directory;

    /// <summary>Writes a CSV file of <paramref name="columns"/> and value-literal <paramref name="rows"/>; returns its path and URL.</summary>
    /// <exception cref="TckValueFormatException">A cell is not a literal a CSV field can hold (a list, map or graph element).</exception>
    public (string Path, string Url) Write(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(Field)).Append('\n');
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new TckValueFormatException($"a CSV row has {row.Count} cells under {columns.Count} columns: | {string.Join(" | ", row)} |");
            }

            text.AppendJoin(',', row.Select(cell => Field(Text(cell)))).Append('\n');
        }

        System.IO.Directory.CreateDirectory(Directory);
        var name = $"tck-{Guid.NewGuid():N}.csv";
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return (path, urlPrefix + name);
    }

    private static string Text(string literal) => TckValueParser.Parse(literal) switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => TckValueFormatter.FormatFloat(d),
        _ => throw new TckValueFormatException($"'{literal}': a CSV field holds a string, number, boolean or null."),
    };

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
