using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>What one batch (a loaded script or a steward's mutation) created or changed, and what it deleted.</summary>
/// <param name="Deleted">What a mutation deleted, as its audit entry records it (<c>node org:x</c>,
/// <c>rel org:x IN_SECTOR sector:space</c>): a deleted element carries no lineage stamp to find it by.</param>
/// <param name="At">When the batch committed (a script: when it was applied); null when not recorded.</param>
/// <param name="Steward">Who wrote it; null when not recorded.</param>
public sealed record BatchLineage(
    string Batch,
    IReadOnlyList<LineageNode> Nodes,
    IReadOnlyList<LineageRelationship> Relationships,
    IReadOnlyList<string> Deleted,
    DateTimeOffset? At = null,
    string? Steward = null);

/// <param name="Id">The node's key (or its first label and name when it has none).</param>
/// <param name="LastBatch">True when this batch is still the last one that wrote the node.</param>
public sealed record LineageNode(string Id, IReadOnlyList<string> Labels, bool LastBatch);

public sealed record LineageRelationship(string Start, string Type, string End, bool LastBatch);

/// <summary>A batch known to the database: applied scripts (<c>AppliedScript</c>) and steward mutations (<c>AuditEntry</c>).</summary>
/// <param name="At">When it committed (a script: when its applied version was applied); null when not recorded.</param>
public sealed record BatchInfo(string Batch, string Kind, string Steward, string Description, DateTimeOffset? At = null);

/// <summary>Lists batches and what each wrote (see <see cref="Lineage"/>). Thread-safe (stateless).</summary>
public sealed class LineageService(IGraphDatabase database)
{
    /// <summary>What the batch wrote, nodes then relationships in id order. Accepts a full batch id, or a script name
    /// (the batch of its currently applied version).</summary>
    public async Task<BatchLineage> LineageAsync(string batch, CancellationToken cancellationToken = default)
    {
        batch = await ResolveAsync(batch, cancellationToken);
        var parameters = GraphQueries.Parameters(("batch", batch));
        var nodes = await database.SystemReadAsync(
            $"MATCH (n) WHERE $batch IN n.{Lineage.BatchesProperty} RETURN n",
            parameters,
            cancellationToken);
        var relationships = await database.SystemReadAsync(
            $"MATCH (a)-[r]->(b) WHERE $batch IN r.{Lineage.BatchesProperty} " +
            "RETURN coalesce(a.key, a.name, a.id) AS start, type(r) AS type, coalesce(b.key, b.name, b.id) AS end, " +
            $"r.{Lineage.BatchProperty} = $batch AS last",
            parameters,
            cancellationToken);
        var audit = await database.ReadAsync(
            $"MATCH (a:{GraphModel.AuditLabel} {{id: $batch}}) RETURN a.deleted AS deleted, a.at AS at, a.steward AS steward " +
            $"UNION ALL MATCH (s:{ScriptLoader.AppliedScriptLabel} {{batch: $batch}}) RETURN null AS deleted, s.appliedAt AS at, s.steward AS steward",
            parameters,
            cancellationToken);
        return new BatchLineage(
            batch,
            [.. nodes.Select(r => r.Get<CypherNode>("n")).Select(n => new LineageNode(
                    n.Properties.GetValueOrDefault("key") as string ?? n.Properties.GetValueOrDefault("id") as string ?? n.Properties.GetValueOrDefault("name") as string ?? n.ElementId,
                    n.Labels,
                    n.Properties.GetValueOrDefault(Lineage.BatchProperty) as string == batch))
                .OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. relationships.Select(r => new LineageRelationship(r.Get<string?>("start") ?? "?", r.Get<string>("type"), r.Get<string?>("end") ?? "?", r.Get<bool?>("last") ?? false))
                .OrderBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.End, StringComparer.Ordinal)],
            [.. audit.SelectMany(r => GraphQueries.Strings(r["deleted"]))],
            audit.Select(r => At(r["at"])).FirstOrDefault(at => at is not null),
            audit.Select(r => r["steward"] as string).FirstOrDefault(steward => steward is not null));
    }

    public async Task<IReadOnlyList<BatchInfo>> BatchesAsync(CancellationToken cancellationToken = default)
    {
        var scripts = await database.SystemReadAsync(
            $"MATCH (s:{ScriptLoader.AppliedScriptLabel}) WHERE s.batch IS NOT NULL RETURN s.batch AS batch, s.steward AS steward, s.name AS name, s.appliedAt AS at ORDER BY name",
            null,
            cancellationToken);
        var mutations = await database.SystemReadAsync(
            $"MATCH (a:{GraphModel.AuditLabel}) RETURN a.id AS batch, a.steward AS steward, a.operation + ' ' + coalesce(a.target, '') AS description, a.at AS at ORDER BY a.at, a.id",
            null,
            cancellationToken);
        return [
            .. scripts.Select(r => new BatchInfo(r.Get<string>("batch"), "script", r.Get<string?>("steward") ?? "", r.Get<string>("name"), At(r["at"]))),
            .. mutations.Select(r => new BatchInfo(r.Get<string>("batch"), KindOf(r.Get<string>("batch")), r.Get<string?>("steward") ?? "", r.Get<string>("description"),
                At(r["at"]))),
        ];
    }

    private static DateTimeOffset? At(object? value) => value is CypherDateTime at ? at.ToDateTimeOffset() : null;

    /// <summary>An audit entry records a steward's mutation, or a script's retraction (<c>retract</c>, or a re-apply's).</summary>
    private static string KindOf(string batch) =>
        batch.StartsWith(ScriptRetraction.BatchPrefix, StringComparison.Ordinal) ? "retraction"
        : batch.StartsWith(BatchRollback.BatchPrefix, StringComparison.Ordinal) ? "rollback"
        : "mutation";

    /// <summary>The batch id a steward's argument names (see <see cref="LineageAsync"/>).</summary>
    internal async Task<string> ResolveAsync(string batch, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(batch))
        {
            throw ApplicationErrors.InvalidArgument("batch", "the batch id is empty");
        }

        if (batch.Contains(':', StringComparison.Ordinal))
        {
            return batch;
        }

        var rows = await database.SystemReadAsync(
            $"MATCH (s:{ScriptLoader.AppliedScriptLabel} {{name: $name}}) RETURN s.batch AS batch",
            GraphQueries.Parameters(("name", batch)),
            cancellationToken);
        return rows.Count > 0 && rows[0].Get<string?>("batch") is { } found
            ? found
            : throw ApplicationErrors.UnknownId(batch, $"No batch '{batch}': give a batch id (script:<file>@<checksum>, mutation:<id>, rollback:<id>) or the name of an applied script.");
    }
}
