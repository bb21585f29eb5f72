using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The outcome of one script: what it changed (or would change), on failure where and why, and
/// <see cref="Notes"/>: what a steward should know of how it ran (e.g. a statement that ran on its own with
/// <c>CALL { … } IN TRANSACTIONS</c>, outside the file's all-or-nothing transaction).
/// <see cref="Misquotes"/>: the quotes it gives that do not occur in their source's text (why it was refused, or
/// warnings when it was loaded with <see cref="LoadOptions.AllowMisquotes"/>); <see cref="Warnings"/>: quotes that could
/// not be checked because their source has no text yet. <see cref="Violations"/>: the data rules it breaks (why it was
/// refused, or warnings when loaded with <see cref="RuleChecks.Warn"/>). In a refusal, <see cref="Misquotes"/> and
/// <see cref="Violations"/> hold only what refused it; what was allowed is among the <see cref="Warnings"/>.
/// <see cref="Changes"/>: in a dry run, what the script would create, change or delete (see <see cref="ChangeSet"/>).
/// </summary>
public sealed record ScriptReport(
    ScriptFile Script,
    ScriptOutcome Outcome,
    QueryStatistics Statistics,
    LoadError? Error = null,
    IReadOnlyList<string>? Notes = null,
    IReadOnlyList<LoadError>? Misquotes = null,
    IReadOnlyList<LoadError>? Warnings = null,
    IReadOnlyList<LoadError>? Violations = null,
    ChangeSet? Changes = null);

/// <summary>A failure located in a script: <c>file:line:column: message</c>.</summary>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
