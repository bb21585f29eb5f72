namespace GraphExplorer.Cypher.Tck.Model;

/// <summary>
/// One runnable TCK scenario: a plain scenario, or one example row of a scenario outline with its placeholders
/// already substituted. Background steps of the feature come first in <see cref="Steps"/>.
/// </summary>
/// <param name="FeaturePath">The feature file relative to the features folder, with '/' separators
/// (e.g. "clauses/match/Match1.feature").</param>
/// <param name="Name">The scenario's name as written (e.g. "[1] Match non-existent nodes returns empty").</param>
/// <param name="ExampleIndex">1-based index of the example row across all Examples blocks of an outline; null for a plain scenario.</param>
/// <param name="Line">Line of the scenario (for an example, of its row) in the feature file.</param>
/// <param name="Tags">Tags of the feature, scenario and examples block, without '@'.</param>
public sealed record TckScenario(
    string FeaturePath,
    string Name,
    int? ExampleIndex,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TckStep> Steps)
{
    /// <summary>
    /// The stable identifier used in reports and in known-failures.txt:
    /// "feature path: scenario name", plus " #n" for the n-th example of an outline.
    /// </summary>
    public string Id => ExampleIndex is { } index ? $"{FeaturePath}: {Name} #{index}" : $"{FeaturePath}: {Name}";

    /// <summary>The folder of the feature relative to the features folder, e.g. "clauses/match".</summary>
    public string Folder
    {
        get
        {
            var slash = FeaturePath.LastIndexOf('/');
            return slash < 0 ? "." : FeaturePath[..slash];
        }
    }

    public override string ToString() => Id;
}
