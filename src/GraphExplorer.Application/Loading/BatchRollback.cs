using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// <c>rollback &lt;batch&gt;</c>: restores exactly the state before one batch (a load, a steward's mutation, a
/// retraction, a rollback) of everything it touched, from its <see cref="UndoRecord"/>: what it created is deleted,
/// what it deleted is created again, what it changed gets back its labels and every property (lineage included).
/// Refused, naming the later batches and the items, when a later batch touched the same items (or a relationship of a
/// node the batch created or deleted); refused too when an item is no longer as the batch left it without a recorded
/// batch saying why (a write through Bolt, a statement with <c>CALL { … } IN TRANSACTIONS</c>, a database restored from
/// a dump). All of it in one transaction with its own undo record and audit entry (operation <c>rollback</c>, target the
/// batch), so a rollback is a batch of its own and can be rolled back. Thread-safe (stateless; the database serialises
/// writers).
/// </summary>
public sealed class BatchRollback(IGraphDatabase database, TimeProvider? clock = null)
{
    /// <summary>The start of a rollback's batch and audit entry id.</summary>
    public const string BatchPrefix = "rollback:";

    /// <summary>Rows per restoring statement.</summary>
    private const int ChunkSize = 200;

    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <exception cref="ExplorerException">NotFound: no such batch, or no undo record of it; Conflict: a later batch
    /// depends on it, or what it touched changed since.</exception>
    public async Task<RollbackReport> RollbackAsync(string batch, string steward, bool dryRun, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(steward))
        {
            throw ApplicationErrors.Unauthorized("A rollback needs a steward.");
        }

        batch = await new LineageService(database).ResolveAsync(batch, cancellationToken);
        await using var session = database.OpenSession(SessionOptions.System);
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        var record = await UndoRecord.LastOfAsync(transaction, batch, cancellationToken)
            ?? throw ApplicationErrors.UnknownId(batch,
                $"No undo record of batch '{batch}': it changed nothing, or it was written before batches kept one (a re-apply's retraction is part of its load's batch).");
        await RequireNoLaterBatchAsync(transaction, record, cancellationToken);

        var ends = record.Relationships.SelectMany(r => new[] { r.Start, r.End });
        var before = await GraphSnapshot.ReadAsync(transaction, [.. record.Nodes.Select(n => n.ElementId).Concat(ends).Distinct(StringComparer.Ordinal)],
            [.. record.Relationships.Select(r => r.ElementId)], cancellationToken);
        RequireAsLeft(record, before);
        await RequireNoOtherRelationshipsAsync(transaction, record, cancellationToken);

        var (nodes, relationships) = await RestoreAsync(transaction, record, cancellationToken);
        var after = await GraphSnapshot.ReadAsync(transaction, [.. before.Nodes.Keys.Concat(nodes)], [.. before.Relationships.Keys.Concat(relationships)],
            cancellationToken);
        var changes = ChangeSet.Between(before, after);
        var id = $"{BatchPrefix}{Guid.NewGuid():N}";
        var at = time.GetUtcNow();
        var undo = await UndoRecord.WriteAsync(transaction, id, steward, "rollback", at, before, after, cancellationToken, undoes: record.Sequence);
        var deleted = undo.Nodes.Where(n => n.AfterHash is null).Select(n => $"node {n.Identity}")
            .Concat(undo.Relationships.Where(r => r.AfterHash is null).Select(r => $"rel {r.Identity}"))
            .Order(StringComparer.Ordinal).ToList();
        var details = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["batch"] = batch, ["operation"] = record.Operation, ["steward"] = record.Steward, ["at"] = record.At,
        });
        await AuditEntries.WriteAsync(transaction, id, steward, at, "rollback", batch, details, deleted, cancellationToken);
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new RollbackReport(batch, id, dryRun, steward, at, details, changes, deleted);
    }

    /// <summary>
    /// Refuses when a later batch touched an item of this one: the same node or relationship, a relationship of a node
    /// this one created (rolling back would delete it) or deleted (it would come back without it), or an element of the
    /// same identity as one this one deleted (it would come back twice: a rollback of this batch re-created it, or
    /// another batch did). A later batch rolled back since, and the rollback that undid it, cancel out and do not count.
    /// </summary>
    private static async Task RequireNoLaterBatchAsync(IGraphTransaction transaction, UndoRecord record, CancellationToken cancellationToken)
    {
        var later = await UndoRecord.AfterAsync(transaction, record.Sequence, cancellationToken);
        var cancelled = new HashSet<long>();
        foreach (var rollback in later.Reverse())
        {
            if (!cancelled.Contains(rollback.Sequence) && rollback.Undoes is { } undone && undone > record.Sequence)
            {
                cancelled.Add(rollback.Sequence);
                cancelled.Add(undone);
            }
        }

        var deletedIdentities = record.Nodes.Where(n => n.AfterHash is null).Select(n => n.Identity)
            .Concat(record.Relationships.Where(r => r.AfterHash is null).Select(r => r.Identity))
            .ToHashSet(StringComparer.Ordinal);
        var nodes = record.Nodes.ToDictionary(n => n.ElementId, n => n.Identity, StringComparer.Ordinal);
        var structural = record.Nodes.Where(n => n.Before is null || n.AfterHash is null).Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal);
        var relationships = record.Relationships.ToDictionary(r => r.ElementId, r => r.Identity, StringComparer.Ordinal);
        // A relationship the batch deleted comes back between its ends: a later batch deleting an end depends on it.
        foreach (var relationship in record.Relationships.Where(r => r.AfterHash is null))
        {
            nodes.TryAdd(relationship.Start, relationship.Identity.Split(' ')[0]);
            nodes.TryAdd(relationship.End, relationship.Identity.Split(' ')[^1]);
        }

        var dependents = new List<string>();
        foreach (var batch in later.Where(b => !cancelled.Contains(b.Sequence)))
        {
            var items = batch.Nodes.Where(n => nodes.ContainsKey(n.ElementId)).Select(n => nodes[n.ElementId])
                .Concat(batch.Nodes.Where(n => n.Before is null && deletedIdentities.Contains(n.Identity)).Select(n => n.Identity))
                .Concat(batch.Relationships.Where(r => relationships.ContainsKey(r.ElementId) || structural.Contains(r.Start) || structural.Contains(r.End))
                    .Select(r => relationships.GetValueOrDefault(r.ElementId) ?? r.Identity))
                .Concat(batch.Relationships.Where(r => r.Before is null && deletedIdentities.Contains(r.Identity)).Select(r => r.Identity))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (items.Count > 0)
            {
                dependents.Add($"{batch.Batch} ({batch.Operation} by {batch.Steward}, {batch.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC) " +
                    $"touched {string.Join(", ", items.Take(10))}{(items.Count > 10 ? $" and {items.Count - 10} more" : "")}");
            }
        }

        if (dependents.Count > 0)
        {
            throw ApplicationErrors.Conflict(record.Batch,
                $"Cannot roll back {record.Batch}: {dependents.Count} later batch(es) build on what it wrote; roll them back first (newest first), " +
                $"or correct by hand. {string.Join("; ", dependents)}. Nothing was changed.");
        }
    }

    /// <summary>Refuses when an item is no longer as the batch left it and no recorded batch says why.</summary>
    private static void RequireAsLeft(UndoRecord record, GraphSnapshot current)
    {
        var changed = record.Nodes.Where(n => n.AfterHash is not null && (!current.Nodes.TryGetValue(n.ElementId, out var node) || UndoRecord.Hash(node) != n.AfterHash))
            .Select(n => n.Identity)
            .Concat(record.Relationships.Where(r => r.AfterHash is not null
                    && (!current.Relationships.TryGetValue(r.ElementId, out var relationship) || UndoRecord.Hash(relationship) != r.AfterHash))
                .Select(r => r.Identity))
            .Concat(record.Relationships.Where(r => r.AfterHash is null)
                .SelectMany(r => new[] { r.Start, r.End })
                .Where(end => !current.Nodes.ContainsKey(end) && !record.Nodes.Any(n => n.ElementId == end && n.AfterHash is null))
                .Select(end => $"the node {end} a deleted relationship comes back to"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (changed.Count > 0)
        {
            throw ApplicationErrors.Conflict(record.Batch,
                $"Cannot roll back {record.Batch}: {string.Join(", ", changed.Take(10))}{(changed.Count > 10 ? $" and {changed.Count - 10} more" : "")} " +
                "changed since it was written, by no recorded batch (a write through Bolt or the query API, a CALL { … } IN TRANSACTIONS statement, " +
                "or a database restored from a dump). Nothing was changed.");
        }
    }

    /// <summary>Refuses to delete a node the batch created while relationships it did not create still touch it.</summary>
    private static async Task RequireNoOtherRelationshipsAsync(IGraphTransaction transaction, UndoRecord record, CancellationToken cancellationToken)
    {
        var created = record.Nodes.Where(n => n.Before is null).Select(n => n.ElementId).ToList();
        if (created.Count == 0)
        {
            return;
        }

        var rows = await transaction.RunAsync(
            "MATCH (n)-[r]-(o) WHERE elementId(n) IN $nodes AND NOT elementId(r) IN $relationships " +
            "RETURN DISTINCT coalesce(n.key, n.name, elementId(n)) + ' ' + type(r) + ' ' + coalesce(o.key, o.name, elementId(o)) AS what",
            new Dictionary<string, object?> { ["nodes"] = created, ["relationships"] = record.Relationships.Where(r => r.Before is null).Select(r => r.ElementId).ToList() },
            cancellationToken);
        if (rows.Count > 0)
        {
            throw ApplicationErrors.Conflict(record.Batch,
                $"Cannot roll back {record.Batch}: what it created is now also linked by relationships no recorded batch wrote " +
                $"({string.Join(", ", rows.Select(r => r.Get<string>("what")).Take(10))}). Nothing was changed.");
        }
    }

    /// <summary>Writes back the state before the batch; returns the element ids of the nodes and relationships it
    /// created again (new ids: a deleted element's id is not reused).</summary>
    private static async Task<(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)> RestoreAsync(
        IGraphTransaction transaction,
        UndoRecord record,
        CancellationToken cancellationToken)
    {
        var createdRelationships = record.Relationships.Where(r => r.Before is null).Select(r => r.ElementId).ToList();
        if (createdRelationships.Count > 0)
        {
            await transaction.RunAsync("MATCH ()-[r]->() WHERE elementId(r) IN $ids DELETE r",
                new Dictionary<string, object?> { ["ids"] = createdRelationships }, cancellationToken);
        }

        var createdNodes = record.Nodes.Where(n => n.Before is null).Select(n => n.ElementId).ToList();
        if (createdNodes.Count > 0)
        {
            await transaction.RunAsync("MATCH (n) WHERE elementId(n) IN $ids DELETE n", new Dictionary<string, object?> { ["ids"] = createdNodes }, cancellationToken);
        }

        // Deleted nodes come back with new element ids; the relationships coming back to them follow the map.
        var recreated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in record.Nodes.Where(n => n.AfterHash is null).GroupBy(n => Labels(n.Labels!)))
        {
            foreach (var chunk in group.Chunk(ChunkSize))
            {
                var rows = await transaction.RunAsync(
                    Unwind(chunk.Select(n => $"{{old: {CypherLiteral.Write(n.ElementId)}, props: {n.Before}}}")) +
                    $"CREATE (n{group.Key}) SET n = row.props RETURN row.old AS old, elementId(n) AS id",
                    null,
                    cancellationToken);
                foreach (var row in rows)
                {
                    recreated[row.Get<string>("old")] = row.Get<string>("id");
                }
            }
        }

        foreach (var chunk in record.Nodes.Where(n => n.Before is not null && n.AfterHash is not null).Chunk(ChunkSize))
        {
            await transaction.RunAsync(
                Unwind(chunk.Select(n => $"{{id: {CypherLiteral.Write(n.ElementId)}, props: {n.Before}}}")) +
                "MATCH (n) WHERE elementId(n) = row.id SET n = row.props",
                null,
                cancellationToken);
        }

        await RestoreLabelsAsync(transaction, record, cancellationToken);

        var relationships = new List<string>();
        foreach (var group in record.Relationships.Where(r => r.AfterHash is null).GroupBy(r => r.Type))
        {
            foreach (var chunk in group.Chunk(ChunkSize))
            {
                var rows = await transaction.RunAsync(
                    Unwind(chunk.Select(r =>
                        $"{{start: {CypherLiteral.Write(recreated.GetValueOrDefault(r.Start, r.Start))}, end: {CypherLiteral.Write(recreated.GetValueOrDefault(r.End, r.End))}, props: {r.Before}}}")) +
                    $"MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end CREATE (a)-[r:{CypherLiteral.Name(group.Key)}]->(b) SET r = row.props " +
                    "RETURN elementId(r) AS id",
                    null,
                    cancellationToken);
                relationships.AddRange(rows.Select(r => r.Get<string>("id")));
            }
        }

        foreach (var chunk in record.Relationships.Where(r => r.Before is not null && r.AfterHash is not null).Chunk(ChunkSize))
        {
            await transaction.RunAsync(
                Unwind(chunk.Select(r => $"{{id: {CypherLiteral.Write(r.ElementId)}, props: {r.Before}}}")) +
                "MATCH ()-[r]->() WHERE elementId(r) = row.id SET r = row.props",
                null,
                cancellationToken);
        }

        return ([.. recreated.Values], relationships);
    }

    /// <summary>Gives the changed nodes back the labels they had (a batch that added or removed one).</summary>
    private static async Task RestoreLabelsAsync(IGraphTransaction transaction, UndoRecord record, CancellationToken cancellationToken)
    {
        var changed = record.Nodes.Where(n => n.Before is not null && n.AfterHash is not null).ToDictionary(n => n.ElementId, StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return;
        }

        var current = await GraphSnapshot.ReadAsync(transaction, changed.Keys, [], cancellationToken);
        foreach (var (id, node) in current.Nodes)
        {
            var wanted = changed[id].Labels!;
            var added = node.Labels.Except(wanted, StringComparer.Ordinal).ToList();
            var removed = wanted.Except(node.Labels, StringComparer.Ordinal).ToList();
            if (added.Count == 0 && removed.Count == 0)
            {
                continue;
            }

            var builder = new StringBuilder("MATCH (n) WHERE elementId(n) = $id");
            if (removed.Count > 0)
            {
                builder.Append(" SET n").Append(Labels(removed));
            }

            if (added.Count > 0)
            {
                builder.Append(" REMOVE n").Append(Labels(added));
            }

            await transaction.RunAsync(builder.ToString(), new Dictionary<string, object?> { ["id"] = id }, cancellationToken);
        }
    }

    private static string Labels(IEnumerable<string> labels) => string.Concat(labels.Order(StringComparer.Ordinal).Select(l => ":" + CypherLiteral.Name(l)));

    private static string Unwind(IEnumerable<string> rows) => $"UNWIND [{string.Join(", ", rows)}] AS row ";
}
