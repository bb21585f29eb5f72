using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>A node a batch created (<see cref="Before"/> null), changed, or deleted (<see cref="AfterHash"/> null).</summary>
/// <param name="ElementId">Its element id when the batch committed.</param>
/// <param name="Identity">How a steward names it (its key, else its labels and name: see <see cref="ChangeSet"/>).</param>
/// <param name="Labels">Its labels before the batch (null: the batch created it).</param>
/// <param name="Before">Its properties before the batch, lineage included, as a Cypher map literal.</param>
/// <param name="AfterHash">The hash of its labels and properties after the batch: a rollback restores it only while it
/// is still so.</param>
public sealed record UndoNode(string ElementId, string Identity, IReadOnlyList<string>? Labels, string? Before, string? AfterHash);

/// <summary>A relationship a batch created, changed or deleted (see <see cref="UndoNode"/>), between the element ids of
/// its ends.</summary>
/// <param name="Identity">Its ends' identities and type (<c>org:x IN_SECTOR sector:space</c>), as audit entries name it.</param>
public sealed record UndoRelationship(string ElementId, string Identity, string Type, string Start, string End, string? Before, string? AfterHash);

/// <summary>
/// What one batch (a load, a steward's mutation, a retraction, a rollback) changed, kept so that it can be rolled back:
/// for every node and relationship it created, changed or deleted, its state before (labels or type, ends, every
/// property, lineage included) and a hash of its state after. Stored in the batch's own transaction as one node
/// <c>(:UndoRecord {batch, seq, at, steward, operation, undoes, changes})</c>, <c>changes</c> being this record's elements as
/// JSON with the properties as Cypher literals (<see cref="CypherLiteral"/>: dates stay dates), so it works on every
/// backend and a rollback writes them back as a dump does. Only what the batch touched is kept, not the graph.
/// <see cref="Sequence"/> orders batches (later is larger) for the dependency check of <see cref="BatchRollback"/>;
/// <see cref="Undoes"/> is, for a rollback, the sequence of the record it rolled back.
/// Audit entries and undo records themselves are history, never part of a record. Immutable.
/// </summary>
/// <remarks>Element ids are those of the batch's transaction; every backend keeps an element's id while it exists,
/// and a rollback checks each element's state by its hash before it writes, so an id that no longer names the same
/// element is refused, not overwritten.</remarks>
public sealed record UndoRecord(
    string Batch,
    long Sequence,
    DateTimeOffset At,
    string Steward,
    string Operation,
    IReadOnlyList<UndoNode> Nodes,
    IReadOnlyList<UndoRelationship> Relationships,
    long? Undoes = null)
{
    public const string Label = "UndoRecord";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public bool IsEmpty => Nodes.Count == 0 && Relationships.Count == 0;

    /// <summary>True for the nodes that keep history (audit entries, undo records): never part of a batch's changes.</summary>
    public static bool IsHistory(CypherNode node) => node.Labels.Contains(Label) || node.Labels.Contains(GraphModel.AuditLabel);

    /// <summary>The hash of a node's state: its canonical text (<see cref="GraphDumper.NodeText"/>, lineage included).</summary>
    public static string Hash(CypherNode node) => Hash(GraphDumper.NodeText(node));

    public static string Hash(CypherRelationship relationship) => Hash(relationship.Type + " " + CypherLiteral.Write(relationship.Properties));

    /// <summary>
    /// The elements that differ between <paramref name="before"/> and <paramref name="after"/> (two reads of the same
    /// elements, in one transaction, before and after the batch's writes), history nodes left out.
    /// <paramref name="identities"/> names the ends of relationships that neither snapshot holds (by element id).
    /// </summary>
    public static (IReadOnlyList<UndoNode> Nodes, IReadOnlyList<UndoRelationship> Relationships) Between(
        GraphSnapshot before,
        GraphSnapshot after,
        IReadOnlyDictionary<string, string> identities)
    {
        var nodes = new List<UndoNode>();
        foreach (var id in before.Nodes.Keys.Union(after.Nodes.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Nodes.GetValueOrDefault(id);
            var now = after.Nodes.GetValueOrDefault(id);
            if ((old ?? now) is not { } either || IsHistory(either) || (old is not null && now is not null && Hash(old) == Hash(now)))
            {
                continue;
            }

            nodes.Add(new UndoNode(id, ChangeSet.Identity(either), old?.Labels, old is null ? null : CypherLiteral.Write(old.Properties), now is null ? null : Hash(now)));
        }

        string End(string id) =>
            after.Nodes.TryGetValue(id, out var n) || before.Nodes.TryGetValue(id, out n) ? ChangeSet.Identity(n) : identities.GetValueOrDefault(id) ?? $"({id})";

        var relationships = new List<UndoRelationship>();
        foreach (var id in before.Relationships.Keys.Union(after.Relationships.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Relationships.GetValueOrDefault(id);
            var now = after.Relationships.GetValueOrDefault(id);
            var either = (old ?? now)!;
            if (old is not null && now is not null && Hash(old) == Hash(now))
            {
                continue;
            }

            relationships.Add(new UndoRelationship(id, $"{End(either.StartElementId)} {either.Type} {End(either.EndElementId)}", either.Type,
                either.StartElementId, either.EndElementId, old is null ? null : CypherLiteral.Write(old.Properties), now is null ? null : Hash(now)));
        }

        return (nodes, relationships);
    }

    /// <summary>
    /// Records what the batch changed between the two snapshots (see <see cref="Between"/>), in the batch's
    /// transaction; nothing when it changed nothing. Returns the record.
    /// </summary>
    public static async Task<UndoRecord> WriteAsync(
        IGraphTransaction transaction,
        string batch,
        string steward,
        string operation,
        DateTimeOffset at,
        GraphSnapshot before,
        GraphSnapshot after,
        CancellationToken cancellationToken,
        long? undoes = null)
    {
        var ends = before.Relationships.Values.Concat(after.Relationships.Values)
            .SelectMany(r => new[] { r.StartElementId, r.EndElementId })
            .Where(id => !before.Nodes.ContainsKey(id) && !after.Nodes.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var identities = ends.Count == 0
            ? new Dictionary<string, string>()
            : (await GraphSnapshot.ReadAsync(transaction, ends, [], cancellationToken)).Nodes.ToDictionary(p => p.Key, p => ChangeSet.Identity(p.Value), StringComparer.Ordinal);
        var (nodes, relationships) = Between(before, after, identities);
        var sequence = (await transaction.RunAsync($"MATCH (u:{Label}) RETURN coalesce(max(u.seq), 0) + 1 AS seq", null, cancellationToken))
            .Single().Get<long>("seq");
        var record = new UndoRecord(batch, sequence, at, steward, operation, nodes, relationships, undoes);
        if (record.IsEmpty)
        {
            return record;
        }

        await transaction.RunAsync(
            $"CREATE (:{Label} {{batch: $batch, seq: $seq, at: $at, steward: $steward, operation: $operation, undoes: $undoes, changes: $changes}})",
            new Dictionary<string, object?>
            {
                ["batch"] = batch,
                ["seq"] = sequence,
                ["at"] = at,
                ["steward"] = steward,
                ["operation"] = operation,
                ["undoes"] = undoes,
                ["changes"] = JsonSerializer.Serialize(new Changes(nodes, relationships), Json),
            },
            cancellationToken);
        return record;
    }

    /// <summary>The last record of <paramref name="batch"/> (a script's batch id can recur when it is retracted and
    /// loaded again), or null.</summary>
    public static async Task<UndoRecord?> LastOfAsync(IGraphTransaction transaction, string batch, CancellationToken cancellationToken) =>
        (await ReadAsync(transaction, $"MATCH (u:{Label} {{batch: $batch}}) RETURN u ORDER BY u.seq DESC LIMIT 1",
            new Dictionary<string, object?> { ["batch"] = batch }, cancellationToken)).SingleOrDefault();

    /// <summary>The records after <paramref name="sequence"/>, in order.</summary>
    public static Task<IReadOnlyList<UndoRecord>> AfterAsync(IGraphTransaction transaction, long sequence, CancellationToken cancellationToken) =>
        ReadAsync(transaction, $"MATCH (u:{Label}) WHERE u.seq > $seq RETURN u ORDER BY u.seq",
            new Dictionary<string, object?> { ["seq"] = sequence }, cancellationToken);

    private static async Task<IReadOnlyList<UndoRecord>> ReadAsync(
        IGraphTransaction transaction,
        string cypher,
        Dictionary<string, object?> parameters,
        CancellationToken cancellationToken)
    {
        var records = new List<UndoRecord>();
        foreach (var row in await transaction.RunAsync(cypher, parameters, cancellationToken))
        {
            var p = row.Get<CypherNode>("u").Properties;
            var changes = JsonSerializer.Deserialize<Changes>(p.GetValueOrDefault("changes") as string ?? "{}", Json)
                ?? throw new InvalidDataException($"The undo record of {p.GetValueOrDefault("batch")} holds no changes.");
            records.Add(new UndoRecord(
                p.GetValueOrDefault("batch") as string ?? "",
                p.GetValueOrDefault("seq") as long? ?? 0,
                p.GetValueOrDefault("at") is CypherDateTime at ? at.ToDateTimeOffset() : DateTimeOffset.MinValue,
                p.GetValueOrDefault("steward") as string ?? "",
                p.GetValueOrDefault("operation") as string ?? "",
                changes.Nodes ?? [],
                changes.Relationships ?? [],
                p.GetValueOrDefault("undoes") as long?));
        }

        return records;
    }

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 18));

    private sealed record Changes(IReadOnlyList<UndoNode>? Nodes, IReadOnlyList<UndoRelationship>? Relationships);
}
