using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// <c>rollbackBatch(batch:, dryRun:)</c>: a steward's undo of one batch (<see cref="BatchRollback"/>), checked for the
/// steward credential first like every mutation; a refusal is a <c>CONFLICT</c> error naming the later batches. And
/// <c>batches</c>, the batches it takes with their steward and time (stewards only, as the audit trail).
/// </summary>
internal sealed partial class ExplorerResolvers
{
    private readonly BatchRollback rollbacks = new(database);

    private void BindRollback(SchemaBuilder builder)
    {
        Field(builder, "Mutation", "rollbackBatch", async context =>
        {
            var steward = Steward(context, StewardOnly.Changes);
            var dryRun = context.Arguments.GetValueOrDefault("dryRun") as bool? ?? false;
            try
            {
                var report = await rollbacks.RollbackAsync(RequiredString(context, "batch"), steward, dryRun, context.CancellationToken);
                if (!dryRun)
                {
                    await PublishAsync(Audit(report), Restored(report.Changes));
                }

                return report;
            }
            catch (CypherException e) when (e.Detail == ApiErrors.DiskFullDetail)
            {
                throw ApiErrors.DiskFull();
            }
        });
        Field(builder, "Query", "batches", async context =>
        {
            Steward(context, StewardOnly.AuditTrail);
            return await new LineageService(database).BatchesAsync(context.CancellationToken);
        });
        Field(builder, "LineageBatch", "id", context => SourceAs<BatchInfo>(context).Batch);
        Field(builder, "LineageBatch", "at", context => SourceAs<BatchInfo>(context).At);
        Field(builder, "RollbackResult", "rollback", context => SourceAs<RollbackReport>(context).RollbackBatch);
        Field(builder, "RollbackResult", "summary", context => ChangeSetText.Summary(SourceAs<RollbackReport>(context).Changes));
        Field(builder, "RollbackResult", "changes", context => ChangeSetText.Lines(SourceAs<RollbackReport>(context).Changes).ToList());
        Field(builder, "RollbackResult", "audit", context => SourceAs<RollbackReport>(context) is { DryRun: false } report ? Audit(report) : null);
    }

    /// <summary>What a rollback brought back or changed back (nodes by identity, and both ends of each relationship it
    /// restored, changed or deleted): it restores their earlier lineage stamps, so its own lineage does not name them.
    /// Identities that are not entity keys are left out by <see cref="ChangeDescriptions"/>.</summary>
    private static IEnumerable<string> Restored(ChangeSet changes) =>
        changes.Nodes.Where(n => n.Kind != ChangeKind.Deleted).Select(n => n.Identity)
            .Concat(changes.Relationships.SelectMany(r => new[] { r.Start, r.End }));

    /// <summary>The audit entry the rollback wrote (as <see cref="BatchRollback"/> records it).</summary>
    private static AuditEntry Audit(RollbackReport report) =>
        new(report.RollbackBatch, report.Steward, report.At, "rollback", report.Batch, report.Details, Deleted: report.Deleted);
}
