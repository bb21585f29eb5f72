using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>What <c>retract</c> did (or, in a dry run, would do) to the graph.</summary>
/// <param name="AuditId">The audit entry recording it (<c>retract:…</c>); in a dry run the one it would have written.</param>
/// <param name="Deleted">What the script alone asserted and was deleted: <c>node …</c>, <c>rel …</c>.</param>
/// <param name="Kept">Elements the script also asserted that stay, since another script or a mutation asserts them too.</param>
public sealed record RetractReport(string Script, string AuditId, IReadOnlyList<string> Deleted, long Kept, ChangeSet Changes);

/// <summary>
/// <c>retract &lt;script&gt;</c>: withdraws what an applied script asserted, because its source is withdrawn or wrong,
/// with the steward's reason. In one transaction: deletes what the script alone asserted and takes its batches off what
/// others assert too (<see cref="ScriptRetraction"/>), forgets that the script was applied (so a corrected version loads
/// as new), and writes an audit entry (operation <c>retract</c>, target <c>script:&lt;name&gt;</c>, the reason in its
/// details, the deletions as its <c>deleted</c>, which <c>lineage</c> lists) and an <see cref="UndoRecord"/>, so that
/// <c>rollback</c> can bring the facts back. All of it or nothing. Thread-safe
/// (stateless; the database serialises writers).
/// </summary>
public sealed class ScriptRetractor(IGraphDatabase database, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <exception cref="ExplorerException">No reason given, or no applied script of that name.</exception>
    public async Task<RetractReport> RetractAsync(string scriptName, string steward, string reason, bool dryRun, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ApplicationErrors.InvalidArgument("reason", "a retraction needs a reason (--reason): why the script's facts no longer stand");
        }

        await using var session = database.OpenSession(SessionOptions.System);
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        var parameters = new Dictionary<string, object?> { ["name"] = scriptName };
        var applied = await transaction.RunAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel} {{name: $name}}) RETURN s.batch AS batch", parameters, cancellationToken);
        if (applied.Count == 0)
        {
            throw ApplicationErrors.UnknownId(scriptName, $"No applied script '{scriptName}': give the file name `lineage` lists (e.g. 105_new.cypher).");
        }

        var before = await GraphSnapshot.TakeAsync(transaction, cancellationToken);
        var retraction = await ScriptRetraction.RetractAsync(transaction, scriptName, forget: true, cancellationToken);
        await transaction.RunAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel} {{name: $name}}) DELETE s", parameters, cancellationToken);
        var after = await GraphSnapshot.TakeAsync(transaction, cancellationToken);
        var changes = ChangeSet.Between(before, after);
        var id = $"{ScriptRetraction.BatchPrefix}{Guid.NewGuid():N}";
        var at = time.GetUtcNow();
        await UndoRecord.WriteAsync(transaction, id, steward, "retract", at, before, after, cancellationToken);
        var details = JsonSerializer.Serialize(new Dictionary<string, string?> { ["reason"] = reason, ["batch"] = applied[0].Get<string?>("batch") });
        await AuditEntries.WriteAsync(transaction, id, steward, at, "retract", ScriptRetraction.Target(scriptName), details, retraction.Deleted, cancellationToken);
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new RetractReport(scriptName, id, retraction.Deleted, retraction.Kept, changes);
    }
}
