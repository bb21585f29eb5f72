namespace GraphExplorer.Application.Loading;

/// <summary>How to load scripts.</summary>
/// <param name="Steward">Who loads: recorded with each applied script.</param>
/// <param name="DryRun">Run each script in a transaction that is rolled back, and report what it would change.</param>
/// <param name="AllowChanged">Re-apply a script whose text changed since it was applied (otherwise it is refused).</param>
/// <param name="OverwriteStewardEdits">Let a script change what a steward's API mutation last wrote, or re-create what a
/// steward deleted (otherwise the script is refused: see <see cref="StewardEdits"/>).</param>
/// <param name="FileTimeout">Longest time one file may take, all its statements together (each statement also has the
/// database's per-statement timeout); null for no bound. A file over it applies nothing.</param>
/// <param name="AllowMisquotes">Load a script even when a quote it gives does not occur in its source's text (each is
/// then reported as a warning); otherwise the script is refused (see <see cref="ScriptQuotes"/>).</param>
/// <param name="Rules">Whether the data rules are checked before each script commits, and whether a violation refuses it
/// (see <see cref="RuleChecks"/>, <see cref="ScriptViolations"/>).</param>
/// <param name="Strict">With <see cref="Rules"/> on, also the strict checks (<see cref="ScriptModelChecks"/>): keys named
/// that match nothing, labels and properties outside the model, entities without a name; refused or warned as the rules.</param>
public sealed record LoadOptions(
    string Steward, bool DryRun = false, bool AllowChanged = false, bool OverwriteStewardEdits = false, TimeSpan? FileTimeout = null, bool AllowMisquotes = false,
    RuleChecks Rules = RuleChecks.Off, bool Strict = false);
