using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The outcome of one script: what it changed (or would change), on failure where and why, and
/// <see cref="Notes"/>: what a steward should know of how it ran (e.g. a statement that ran on its own with
/// <c>CALL { … } IN TRANSACTIONS</c>, outside the file's all-or-nothing transaction).
/// </summary>
public sealed record ScriptReport(
    ScriptFile Script,
    ScriptOutcome Outcome,
    QueryStatistics Statistics,
    LoadError? Error = null,
    IReadOnlyList<string>? Notes = null);

/// <summary>A failure located in a script: <c>file:line:column: message</c>.</summary>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
