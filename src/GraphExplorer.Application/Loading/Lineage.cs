using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Application.Export;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The lineage properties every write leaves on what it wrote, and the portable way the loader finds what a script
/// wrote. <see cref="BatchProperty"/> is the last batch that created or changed the entity, <see cref="StewardProperty"/>
/// its steward, <see cref="BatchesProperty"/> every such batch in order (so a batch's lineage can be listed).
/// </summary>
/// <remarks>
/// A script is arbitrary Cypher, and on Neo4j the loader sees only query results, so it cannot ask the engine what a
/// statement touched. Instead, inside the script's own transaction, it takes a fingerprint of every node and
/// relationship (element id → SHA-256 of labels or type and properties, lineage properties left out) before the
/// statements and again after them: an element id absent before was created by the script; a fingerprint that
/// differs was changed by it. Both are then stamped in the same transaction, so the stamp commits or rolls back with
/// the script. An idempotent re-run (MERGE … SET of the same values) changes no fingerprint and stamps nothing.
/// Cost: two reads of the whole graph per script, O(graph): right for seed and curation scripts, not for bulk imports
/// of millions of rows (those would stamp in their own statements). Element ids are only compared within one
/// transaction, where every backend keeps them stable.
/// </remarks>
public static class Lineage
{
    public const string BatchProperty = "_batch";
    public const string StewardProperty = "_steward";
    public const string BatchesProperty = "_batches";

    public static bool IsLineageProperty(string name) => name is BatchProperty or StewardProperty or BatchesProperty;

    /// <summary>The batch id of a script: its name and the start of its checksum.</summary>
    public static string ScriptBatch(ScriptFile script) => $"script:{script.Name}@{script.Checksum[..12]}";

    internal static async Task<Fingerprint> TakeAsync(IGraphTransaction transaction, CancellationToken cancellationToken) =>
        Fingerprint.Of(await GraphSnapshot.TakeAsync(transaction, cancellationToken));

    /// <summary>Stamps what changed between two fingerprints with the batch and steward; returns how many were stamped.</summary>
    internal static async Task<int> StampChangesAsync(
        IGraphTransaction transaction,
        Fingerprint before,
        Fingerprint after,
        string batch,
        string steward,
        CancellationToken cancellationToken)
    {
        var nodes = Changed(before.Nodes, after.Nodes);
        var relationships = Changed(before.Relationships, after.Relationships);
        var parameters = new Dictionary<string, object?> { ["batch"] = batch, ["steward"] = steward };
        if (nodes.Count > 0)
        {
            parameters["ids"] = nodes;
            await transaction.RunAsync($"MATCH (n) WHERE elementId(n) IN $ids {StampClause("n")}", parameters, cancellationToken);
        }

        if (relationships.Count > 0)
        {
            parameters["ids"] = relationships;
            await transaction.RunAsync($"MATCH ()-[r]->() WHERE elementId(r) IN $ids {StampClause("r")}", parameters, cancellationToken);
        }

        return nodes.Count + relationships.Count;
    }

    /// <summary>The SET clause that stamps variable <paramref name="v"/> with <c>$batch</c> and <c>$steward</c>.</summary>
    internal static string StampClause(string v) =>
        $"SET {v}.{BatchProperty} = $batch, {v}.{StewardProperty} = $steward, " +
        $"{v}.{BatchesProperty} = CASE WHEN $batch IN coalesce({v}.{BatchesProperty}, []) THEN {v}.{BatchesProperty} ELSE coalesce({v}.{BatchesProperty}, []) + $batch END";

    /// <summary>The element ids created or changed between two fingerprints.</summary>
    internal static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. after.Where(p => !before.TryGetValue(p.Key, out var old) || old != p.Value).Select(p => p.Key)];

    private static string Hash(string head, IReadOnlyDictionary<string, object?> properties)
    {
        var builder = new StringBuilder(head).Append(' ');
        CypherLiteral.AppendMap(builder, properties.Where(p => !IsLineageProperty(p.Key)).ToDictionary(p => p.Key, p => p.Value));
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    internal sealed record Fingerprint(Dictionary<string, string> Nodes, Dictionary<string, string> Relationships)
    {
        /// <summary>The fingerprint of a snapshot already taken (a load keeps the snapshot for its undo record).</summary>
        public static Fingerprint Of(GraphSnapshot snapshot) => new(
            snapshot.Nodes.ToDictionary(p => p.Key, p => Hash(string.Join(':', p.Value.Labels.Order(StringComparer.Ordinal)), p.Value.Properties), StringComparer.Ordinal),
            snapshot.Relationships.ToDictionary(p => p.Key, p => Hash(p.Value.Type, p.Value.Properties), StringComparer.Ordinal));
    }
}
