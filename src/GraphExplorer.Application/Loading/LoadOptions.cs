namespace GraphExplorer.Application.Loading;

/// <summary>How to load scripts.</summary>
/// <param name="Steward">Who loads: recorded with each applied script.</param>
/// <param name="DryRun">Run each script in a transaction that is rolled back, and report what it would change.</param>
/// <param name="AllowChanged">Re-apply a script whose text changed since it was applied (otherwise it is refused).</param>
/// <param name="OverwriteStewardEdits">Let a script change what a steward's API mutation last wrote, or re-create what a
/// steward deleted (otherwise the script is refused: see <see cref="StewardEdits"/>).</param>
public sealed record LoadOptions(string Steward, bool DryRun = false, bool AllowChanged = false, bool OverwriteStewardEdits = false);
