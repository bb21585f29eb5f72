using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Describes a committed batch for live updates: the entities it wrote or linked, from its lineage (see
/// <see cref="LineageService"/>), and those it deleted, from its audit entry's <c>deleted</c> list. Thread-safe (stateless).
/// </summary>
internal static class ChangeDescriptions
{
    /// <remarks>The batch is committed already, so a lineage that cannot be read (a timeout, the database going away)
    /// leaves the description to what the caller knows: <paramref name="target"/> and <paramref name="deleted"/>.</remarks>
    /// <param name="touched">Entities the caller knows the batch created or changed beyond its lineage: a rollback gives
    /// back what it restores their earlier lineage stamps, so its own lineage does not name them.</param>
    public static async Task<CommittedChange> DescribeAsync(IGraphDatabase database, string batch, string operation, DateTimeOffset at,
        string? target, IReadOnlyList<string> deleted, IEnumerable<string>? touched = null)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        if (target is not null)
        {
            changed.Add(target);
        }

        changed.UnionWith(touched ?? []);

        BatchLineage? lineage = null;
        try
        {
            lineage = await new LineageService(database).LineageAsync(batch, CancellationToken.None);
        }
        catch (CypherException)
        {
            // Described from what the caller knows alone.
        }

        foreach (var entry in deleted.Concat(lineage?.Deleted ?? []).Distinct(StringComparer.Ordinal))
        {
            // `node <id>` or `rel <from> <TYPE> <to>` (see AuditEntry.Deleted): a deleted relationship changes both ends.
            var parts = entry.Split(' ');
            if (parts is ["node", var id])
            {
                removed.Add(id);
            }
            else if (parts is ["rel", var from, _, var to])
            {
                changed.Add(from);
                changed.Add(to);
            }
        }

        if (lineage is not null)
        {
            changed.UnionWith(lineage.Nodes.Select(n => n.Id));
            changed.UnionWith(lineage.Relationships.SelectMany(r => new[] { r.Start, r.End }));
        }

        changed.ExceptWith(removed);
        return new CommittedChange(batch, operation, at, [.. changed.Where(IsEntityId)], [.. removed.Where(IsEntityId)]);
    }

    private static bool IsEntityId(string id) => GraphModel.TypeOfKey(id) is not null;
}
