using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Writes the audit entry of a batch the system runs for a steward (a retraction, a re-apply's retraction, a rollback),
/// in the batch's transaction: <c>(:AuditEntry {id, steward, at, operation, target, details, deleted})</c>, read back
/// by the audit trail and <c>lineage</c> like a mutation's. Thread-safe (stateless).
/// </summary>
internal static class AuditEntries
{
    public static Task WriteAsync(
        IGraphTransaction transaction,
        string id,
        string steward,
        DateTimeOffset at,
        string operation,
        string target,
        string details,
        IReadOnlyList<string> deleted,
        CancellationToken cancellationToken) =>
        transaction.RunAsync(
            $"CREATE (a:{GraphModel.AuditLabel} {{id: $id, steward: $steward, at: $at, operation: $operation, target: $target, details: $details, deleted: $deleted}})",
            new Dictionary<string, object?>
            {
                ["id"] = id,
                ["steward"] = steward,
                ["at"] = at,
                ["operation"] = operation,
                ["target"] = target,
                ["details"] = details,
                ["deleted"] = deleted.ToList(),
            },
            cancellationToken);
}
