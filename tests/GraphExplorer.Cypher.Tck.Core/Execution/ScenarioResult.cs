using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>The outcome of one scenario.</summary>
/// <param name="Reason">Why it failed (expected vs actual, or the exception) or why it was skipped; null when it passed.</param>
public sealed record ScenarioResult(TckScenario Scenario, ScenarioStatus Status, string? Reason, TimeSpan Elapsed)
{
    /// <summary>
    /// <see cref="Reason"/> on one line for listings: its first three lines (e.g. a mismatch with its first missing
    /// and unexpected rows) joined by " / ", shortened to 300 characters.
    /// </summary>
    public string? Summary => Reason is null ? null : Shorten(Reason);

    internal static string Shorten(string reason, int length = 300)
    {
        var line = string.Join(" / ", reason.Split('\n').Select(part => part.Trim()).Where(part => part.Length > 0).Take(3));
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
