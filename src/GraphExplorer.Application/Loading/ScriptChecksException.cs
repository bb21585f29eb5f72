namespace GraphExplorer.Application.Loading;

/// <summary>A script gives quotes that do not occur in their sources' texts: its transaction was rolled back.</summary>
internal sealed class MisquotesException(ScriptQuotes.Findings findings)
    : Exception($"{findings.Misquotes.Count} quote(s) do not occur in the text of the source they cite.")
{
    public ScriptQuotes.Findings Findings { get; } = findings;
}
