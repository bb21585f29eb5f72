using System.Text;
using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Testing;

namespace GraphExplorer.Cypher.Tck.KnownFailures;

/// <summary>
/// The checked-in list of TCK scenarios the engine does not pass yet (tests/GraphExplorer.Cypher.Tck/known-failures.txt).
/// One scenario per line: its id, a tab, and the reason it failed when the list was written. Lines starting with '#'
/// and blank lines are comments. The list is written by the runner (<c>--write-known-failures</c>) and only ever
/// shrinks: a listed scenario that passes fails the test suite until its line is removed.
/// </summary>
public sealed class KnownFailureList
{
    public const string FileName = "known-failures.txt";

    private readonly Dictionary<string, string> reasons;

    private KnownFailureList(Dictionary<string, string> reasons) => this.reasons = reasons;

    public static KnownFailureList Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Scenario id → reason.</summary>
    public IReadOnlyDictionary<string, string> Reasons => reasons;

    public int Count => reasons.Count;

    public bool Contains(string scenarioId) => reasons.ContainsKey(scenarioId);

    public string? ReasonFor(string scenarioId) => reasons.GetValueOrDefault(scenarioId);

    /// <exception cref="FormatException">A line has no tab or an id appears twice; the message gives the line.</exception>
    public static KnownFailureList Parse(string text) =>
        new(IdReasonFile.Parse(text, FileName, "scenario id"));

    /// <summary>Reads the list; a missing file is an empty list.</summary>
    public static KnownFailureList Load(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;

    /// <summary>The file text listing every failed scenario of a run, in the run's order.</summary>
    public static string Format(IEnumerable<ScenarioResult> results)
    {
        var text = new StringBuilder()
            .Append("# openCypher TCK scenarios the embedded engine does not pass yet: <scenario id><TAB><reason>.\n")
            .Append("# Written by: dotnet run -c Release --project tests/GraphExplorer.Cypher.Tck -- --write-known-failures <this file>\n")
            .Append("# The xunit tests skip these scenarios and fail when one of them passes, so the list only shrinks.\n");
        foreach (var result in results.Where(r => r.Status == ScenarioStatus.Failed))
        {
            var reason = (result.Summary ?? "failed").Replace('\t', ' ');
            text.Append(result.Scenario.Id).Append('\t').Append(reason).Append('\n');
        }

        return text.ToString();
    }
}
