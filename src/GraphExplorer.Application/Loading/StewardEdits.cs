using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The rule between scripts and stewards' API edits: <b>an API edit is not silently undone by a script.</b> A mutation
/// stamps what it writes with its batch (<c>_batch = 'mutation:…'</c>) and records what it deletes in its audit entry.
/// When a script (a first load, or a re-apply with <c>--allow-changed</c>) would change a node or relationship whose
/// last write was a mutation, or re-create an entity a mutation deleted, the whole script is refused before commit and
/// the report names each such element and the mutation. The steward then either carries the correction into the script
/// (so script and graph agree; the re-run changes nothing the mutation wrote) or loads with
/// <c>--overwrite-steward-edits</c> to let the script win on purpose. The dry run applies the same check. A rollback's
/// deletions are not edits of their own (they restore an earlier state), so a script may say again what one removed.
/// </summary>
internal static class StewardEdits
{
    private const string MutationBatchPrefix = "mutation:";

    /// <summary>What the script's statements (between <paramref name="before"/> and <paramref name="after"/>) changed
    /// that a steward's mutation wrote last or deleted: <c>org:x (last written by mutation:… of alice)</c>. What the
    /// script's own retraction deleted (audit entries whose target is <paramref name="scriptTarget"/>: a re-apply or a
    /// <c>retract</c> of this script) the script may say again.</summary>
    public static async Task<IReadOnlyList<string>> OverwrittenAsync(
        IGraphTransaction transaction,
        Lineage.Fingerprint before,
        Lineage.Fingerprint after,
        string scriptTarget,
        CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var nodes = Lineage.Changed(before.Nodes, after.Nodes);
        var relationships = Lineage.Changed(before.Relationships, after.Relationships);
        var parameters = new Dictionary<string, object?> { ["ids"] = nodes, ["prefix"] = MutationBatchPrefix };
        if (nodes.Count > 0)
        {
            foreach (var row in await transaction.RunAsync(
                $"MATCH (n) WHERE elementId(n) IN $ids AND n.{Lineage.BatchProperty} STARTS WITH $prefix " +
                $"RETURN coalesce(n.key, n.name) AS what, n.{Lineage.BatchProperty} AS batch, n.{Lineage.StewardProperty} AS steward",
                parameters,
                cancellationToken))
            {
                found.Add($"{row.Get<string?>("what")} (last written by {row.Get<string>("batch")} of {row.Get<string?>("steward")})");
            }

            var created = nodes.Where(id => !before.Nodes.ContainsKey(id)).ToList();
            foreach (var row in await transaction.RunAsync(
                $"MATCH (n) WHERE elementId(n) IN $ids AND n.key IS NOT NULL " +
                $"MATCH (a:{GraphModel.AuditLabel}) WHERE 'node ' + n.key IN coalesce(a.deleted, []) AND coalesce(a.target, '') <> $script AND a.operation <> 'rollback' " +
                "RETURN n.key AS what, a.id AS batch, a.steward AS steward",
                new Dictionary<string, object?> { ["ids"] = created, ["script"] = scriptTarget },
                cancellationToken))
            {
                found.Add($"{row.Get<string>("what")} (deleted by {row.Get<string>("batch")} of {row.Get<string?>("steward")}; the script re-creates it)");
            }
        }

        if (relationships.Count > 0)
        {
            parameters["ids"] = relationships;
            foreach (var row in await transaction.RunAsync(
                $"MATCH (a)-[r]->(b) WHERE elementId(r) IN $ids AND r.{Lineage.BatchProperty} STARTS WITH $prefix " +
                $"RETURN coalesce(a.key, a.name) + ' ' + type(r) + ' ' + coalesce(b.key, b.name) AS what, r.{Lineage.BatchProperty} AS batch, r.{Lineage.StewardProperty} AS steward",
                parameters,
                cancellationToken))
            {
                found.Add($"{row.Get<string?>("what")} (last written by {row.Get<string>("batch")} of {row.Get<string?>("steward")})");
            }
        }

        return found;
    }
}
