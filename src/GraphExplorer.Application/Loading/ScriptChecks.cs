namespace GraphExplorer.Application.Loading;

/// <summary>
/// What the checks before commit found in a script, each placed as <c>file:line:column</c>: its misquotes and the quotes
/// that could not be checked (<see cref="ScriptQuotes"/>), and the data rules it broke (<see cref="ScriptViolations"/>,
/// when <see cref="LoadOptions.Rules"/> is not <see cref="RuleChecks.Off"/>). Whether they refuse the file is the load
/// options' to say. <see cref="ModelWarnings"/>: what the strict checks only report (<see cref="ScriptModelChecks"/>).
/// </summary>
internal sealed record ScriptChecks(ScriptQuotes.Findings Quotes, IReadOnlyList<LoadError> Violations, IReadOnlyList<LoadError> ModelWarnings)
{
    public static ScriptChecks None { get; } = new(new ScriptQuotes.Findings([], []), [], []);

    /// <summary>Every warning that never refuses the file: quotes that could not be checked, properties outside the model.</summary>
    public IReadOnlyList<LoadError> Warnings => [.. Quotes.Unchecked, .. ModelWarnings];

    public bool MisquotesRefuse(LoadOptions options) => Quotes.Misquotes.Count > 0 && !options.AllowMisquotes;

    public bool ViolationsRefuse(LoadOptions options) => Violations.Count > 0 && options.Rules == RuleChecks.Refuse;

    public bool Refuse(LoadOptions options) => MisquotesRefuse(options) || ViolationsRefuse(options);
}
