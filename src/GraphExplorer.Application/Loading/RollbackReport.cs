namespace GraphExplorer.Application.Loading;

/// <summary>What <c>rollback</c> did (or, in a dry run, would do).</summary>
/// <param name="Batch">The batch rolled back.</param>
/// <param name="RollbackBatch">The rollback's own batch and audit entry id (<c>rollback:…</c>), itself rolled back like
/// any batch; in a dry run the one it would have had.</param>
/// <param name="Changes">What the rollback changes: the batch's changes the other way round.</param>
/// <param name="Deleted">What it deleted (<c>node …</c>, <c>rel …</c>, as audit entries name deletions): what the batch had created.</param>
/// <param name="Details">Its audit entry's details: the batch rolled back, its operation, steward and time, as JSON.</param>
public sealed record RollbackReport(
    string Batch, string RollbackBatch, bool DryRun, string Steward, DateTimeOffset At, string Details, ChangeSet Changes, IReadOnlyList<string> Deleted);
