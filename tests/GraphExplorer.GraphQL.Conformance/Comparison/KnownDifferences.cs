using System.Text;
using GraphExplorer.Testing;

namespace GraphExplorer.GraphQL.Conformance.Comparison;

/// <summary>
/// The checked-in list of cases where our engine knowingly differs from graphql-js (known-differences.txt): one case
/// per line, its id, a tab, and the reason. '#' lines and blank lines are comments. The list only shrinks: the runner
/// fails when a listed case agrees (remove its line) or an unlisted case disagrees (fix the engine, or list it with a
/// reason saying why the difference is right).
/// </summary>
internal sealed class KnownDifferences
{
    public const string FileName = "known-differences.txt";

    private readonly Dictionary<string, string> _reasons;

    private KnownDifferences(Dictionary<string, string> reasons) => _reasons = reasons;

    public static KnownDifferences Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => _reasons.Count;

    public IEnumerable<string> Ids => _reasons.Keys;

    public bool Contains(string caseId) => _reasons.ContainsKey(caseId);

    /// <exception cref="FormatException">A line without a tab or an id listed twice; the message gives the line.</exception>
    public static KnownDifferences Parse(string text) =>
        new(IdReasonFile.Parse(text, FileName, "case id"));

    /// <summary>Reads the list; a missing file is an empty list.</summary>
    public static KnownDifferences Load(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;

    /// <summary>The file text listing the disagreeing cases of a run, keeping the reasons already written.</summary>
    public string Format(IEnumerable<(string Id, string FirstDifference)> disagreements)
    {
        var text = new StringBuilder()
            .Append("# GraphQL conformance cases where the engine differs from graphql-js: <case id><TAB><reason>.\n")
            .Append("# Written by: dotnet run --project tests/GraphExplorer.GraphQL.Conformance -- --write-known-differences <this file>\n")
            .Append("# The runner fails when a listed case agrees or an unlisted one differs, so the list only shrinks.\n");
        foreach (var (id, difference) in disagreements)
        {
            var reason = _reasons.GetValueOrDefault(id) ?? difference.Replace('\t', ' ').Replace('\n', ' ');
            text.Append(id).Append('\t').Append(reason).Append('\n');
        }

        return text.ToString();
    }
}
