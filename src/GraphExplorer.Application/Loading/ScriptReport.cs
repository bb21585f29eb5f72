using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>The outcome of one script: what it changed (or would change) and, on failure, where and why.</summary>
public sealed record ScriptReport(ScriptFile Script, ScriptOutcome Outcome, QueryStatistics Statistics, LoadError? Error = null);

/// <summary>A failure located in a script: <c>file:line:column: message</c>.</summary>
public sealed record LoadError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
