using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>The outcome of one scenario.</summary>
/// <param name="Reason">Why it failed (expected vs actual, or the exception) or why it was skipped; null when it passed.</param>
public sealed record ScenarioResult(TckScenario Scenario, ScenarioStatus Status, string? Reason, TimeSpan Elapsed)
{
    /// <summary>The first line of <see cref="Reason"/>, shortened for one-line listings.</summary>
    public string? Summary => Reason is null ? null : Shorten(Reason);

    internal static string Shorten(string reason, int length = 200)
    {
        var newline = reason.IndexOf('\n', StringComparison.Ordinal);
        var line = (newline < 0 ? reason : reason[..newline]).TrimEnd('\r');
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
