namespace GraphExplorer.Application.Loading;

/// <summary>A script failed the checks it must pass before commit (<see cref="ScriptChecks"/>): its transaction was rolled back.</summary>
internal sealed class ScriptChecksException(ScriptChecks checks)
    : Exception($"{checks.Quotes.Misquotes.Count} misquote(s) and {checks.Violations.Count} data-rule violation(s) found before commit.")
{
    public ScriptChecks Checks { get; } = checks;
}
