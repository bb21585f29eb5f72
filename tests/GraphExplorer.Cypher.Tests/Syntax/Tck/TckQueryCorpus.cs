using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.Cypher.Tests.Syntax.Tck;

/// <summary>
/// The query texts of the openCypher TCK feature files: every doc string after "When executing query:",
/// "When executing control query:" or "having executed:", with Scenario Outline placeholders filled from each
/// Examples row. A small line-based reader of just the Gherkin this needs (the Gherkin package is not restorable here).
/// </summary>
internal static partial class TckQueryCorpus
{
    /// <summary>The details the parser itself must raise; other SyntaxError details belong to semantic analysis.</summary>
    public static readonly IReadOnlySet<string> ParserDetails = new HashSet<string>(StringComparer.Ordinal)
    {
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "InvalidUnicodeLiteral",
        "InvalidUnicodeCharacter", "InvalidRelationshipPattern", "InvalidParameterUse",
    };

    private static readonly Lazy<IReadOnlyList<TckQuery>> AllQueries = new(Load);

    public static IReadOnlyList<TckQuery> Queries => AllQueries.Value;

    /// <summary>The features folder: $OPENCYPHER_TCK_FEATURES, or the repository's tests/opencypher/tck/features.</summary>
    public static string FeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("OPENCYPHER_TCK_FEATURES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        return GraphExplorer.Cypher.Tck.Loading.TckLocation.FindFeatures(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"openCypher TCK features not found: set OPENCYPHER_TCK_FEATURES or keep them at {GraphExplorer.Cypher.Tck.Loading.TckLocation.RelativeFeatures} in the repository");
    }

    private static List<TckQuery> Load()
    {
        var root = FeaturesDirectory();
        var queries = new List<TckQuery>();
        foreach (var file in Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            queries.AddRange(ReadFeature(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllLines(file)));
        }

        return queries;
    }

    private static IEnumerable<TckQuery> ReadFeature(string file, string[] lines)
    {
        Scenario? scenario = null;
        var results = new List<TckQuery>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                Flush(scenario, file, results);
                scenario = new Scenario(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), i + 1);
            }
            else if (scenario is null || line.StartsWith('#'))
            {
                continue;
            }
            else if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[i].IndexOf('"', StringComparison.Ordinal);
                var text = new StringBuilder();
                var startLine = i + 1;
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal); i++)
                {
                    var content = lines[i];
                    var strip = 0;
                    while (strip < indent && strip < content.Length && char.IsWhiteSpace(content[strip]))
                    {
                        strip++;
                    }

                    text.Append(content[strip..]).Append('\n');
                }

                var step = scenario.LastStep;
                if (step.Contains("executing query", StringComparison.Ordinal)
                    || step.Contains("executing control query", StringComparison.Ordinal)
                    || step.Contains("having executed", StringComparison.Ordinal))
                {
                    scenario.Queries.Add((text.ToString().TrimEnd('\n'), startLine, step.Contains("having executed", StringComparison.Ordinal)));
                }
            }
            else if (line.StartsWith("Examples", StringComparison.Ordinal))
            {
                scenario.InExamples = true;
                scenario.Header = null;
            }
            else if (line.StartsWith('|') && scenario.AwaitingResultHeader)
            {
                scenario.AwaitingResultHeader = false;
                if (scenario.Queries.Count > 0 && !scenario.Queries[^1].Setup)
                {
                    scenario.ResultColumns[scenario.Queries.Count - 1] = SplitRow(line);
                }
            }
            else if (line.StartsWith('|') && scenario.InExamples)
            {
                var cells = SplitRow(line);
                if (scenario.Header is null)
                {
                    scenario.Header = cells;
                }
                else
                {
                    scenario.Rows.Add((scenario.Header, cells));
                }
            }
            else if (line.Length > 0 && !line.StartsWith('|') && !line.StartsWith('@'))
            {
                scenario.LastStep = line;
                scenario.AwaitingResultHeader = line.StartsWith("Then the result should be", StringComparison.Ordinal)
                    && !line.EndsWith("empty", StringComparison.Ordinal);
                var match = ErrorStep().Match(line);
                if (match.Success)
                {
                    scenario.ExpectedSyntaxError = match.Groups["detail"].Value;
                }
            }
        }

        Flush(scenario, file, results);
        return results;
    }

    private static void Flush(Scenario? scenario, string file, List<TckQuery> results)
    {
        if (scenario is null)
        {
            return;
        }

        var rows = scenario.Rows.Count > 0 ? scenario.Rows : [(Header: (List<string>)[], Cells: (List<string>)[])];
        var rowNumber = 0;
        foreach (var (header, cells) in rows)
        {
            rowNumber++;
            for (var q = 0; q < scenario.Queries.Count; q++)
            {
                var (text, line, setup) = scenario.Queries[q];
                List<string>? columns = scenario.ResultColumns.TryGetValue(q, out var header0) ? [.. header0] : null;
                var query = text;
                for (var c = 0; c < header.Count && c < cells.Count; c++)
                {
                    query = query.Replace("<" + header[c] + ">", cells[c], StringComparison.Ordinal);
                    if (columns is not null)
                    {
                        for (var k = 0; k < columns.Count; k++)
                        {
                            columns[k] = columns[k].Replace("<" + header[c] + ">", cells[c], StringComparison.Ordinal);
                        }
                    }
                }

                var name = $"{file}:{line} {scenario.Name}" + (scenario.Rows.Count > 0 ? $" (example {rowNumber})" : string.Empty);
                results.Add(new TckQuery(name, query, setup ? null : scenario.ExpectedSyntaxError, columns));
            }
        }
    }

    /// <summary>Cells of a Gherkin table row; '\|' is an escaped pipe and '\\' a backslash.</summary>
    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] is '|' or '\\' or 'n')
            {
                cell.Append(line[i + 1] == 'n' ? '\n' : line[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return cells;
    }

    [GeneratedRegex(@"SyntaxError should be raised at compile time: (?<detail>\w+)")]
    private static partial Regex ErrorStep();

    private sealed class Scenario(string name, int line)
    {
        public string Name { get; } = name;

        public int Line { get; } = line;

        public string LastStep { get; set; } = string.Empty;

        public string? ExpectedSyntaxError { get; set; }

        public bool InExamples { get; set; }

        public bool AwaitingResultHeader { get; set; }

        /// <summary>The result table's header, by index of the query it belongs to.</summary>
        public Dictionary<int, List<string>> ResultColumns { get; } = [];

        public List<string>? Header { get; set; }

        public List<(string Text, int Line, bool Setup)> Queries { get; } = [];

        public List<(List<string> Header, List<string> Cells)> Rows { get; } = [];
    }
}

/// <summary>
/// One TCK query; <see cref="ExpectedSyntaxError"/> is the compile-time SyntaxError detail its scenario expects and
/// <see cref="ResultColumns"/> the header of its expected result table, when it has one.
/// </summary>
internal sealed record TckQuery(string Name, string Text, string? ExpectedSyntaxError, IReadOnlyList<string>? ResultColumns)
{
    public override string ToString() => Name;
}
