namespace GraphExplorer.Application.Loading;

/// <summary>How to load scripts.</summary>
/// <param name="Steward">Who loads: recorded with each applied script.</param>
/// <param name="DryRun">Run each script in a transaction that is rolled back, and report what it would change.</param>
/// <param name="AllowChanged">Re-apply a script whose text changed since it was applied (otherwise it is refused).</param>
public sealed record LoadOptions(string Steward, bool DryRun = false, bool AllowChanged = false);
