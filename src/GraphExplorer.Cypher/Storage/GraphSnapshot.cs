using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// One committed state of the graph. Immutable, hence safe to read from any number of threads while a writer prepares
/// the next state; the store publishes a new snapshot atomically at commit.
/// </summary>
internal sealed class GraphSnapshot : IGraphReader
{
    public static readonly GraphSnapshot Empty = new(
        CompactGraph.Empty,
        ChunkedTable<NodeRecord>.Empty,
        ChunkedTable<RelationshipRecord>.Empty,
        0,
        0,
        0,
        0,
        ImmutableDictionary<string, ImmutableSortedSet<long>>.Empty,
        ImmutableDictionary<string, long>.Empty,
        ImmutableHashSet<string>.Empty,
        SchemaState.Empty,
        0);

    public GraphSnapshot(
        CompactGraph compact,
        ChunkedTable<NodeRecord> nodes,
        ChunkedTable<RelationshipRecord> relationships,
        long nodeCount,
        long relationshipCount,
        long nextNodeId,
        long nextRelationshipId,
        ImmutableDictionary<string, ImmutableSortedSet<long>> labelIndex,
        ImmutableDictionary<string, long> relationshipTypeCounts,
        ImmutableHashSet<string> propertyKeys,
        SchemaState schema,
        long version)
    {
        Compact = compact;
        Nodes = nodes;
        Relationships = relationships;
        NodeCount = nodeCount;
        RelationshipCount = relationshipCount;
        NextNodeId = nextNodeId;
        NextRelationshipId = nextRelationshipId;
        LabelIndex = labelIndex;
        RelationshipTypeCounts = relationshipTypeCounts;
        PropertyKeys = propertyKeys;
        Schema = schema;
        Version = version;
    }

    /// <summary>The graph as the database's snapshot file held it when opened (empty for a new or in-memory database).</summary>
    public CompactGraph Compact { get; }

    /// <summary>
    /// Nodes created or changed since <see cref="Compact"/>: a record here replaces the compact one; a deleted record
    /// (<see cref="NodeRecord.Deleted"/>) stands for a compact node deleted since. Read through <see cref="GetNode"/>.
    /// </summary>
    public ChunkedTable<NodeRecord> Nodes { get; }

    /// <summary>Relationships created or changed since <see cref="Compact"/>, as <see cref="Nodes"/>.</summary>
    public ChunkedTable<RelationshipRecord> Relationships { get; }

    public long NodeCount { get; }

    public long RelationshipCount { get; }

    public long NextNodeId { get; }

    public long NextRelationshipId { get; }

    public ImmutableDictionary<string, ImmutableSortedSet<long>> LabelIndex { get; }

    public ImmutableDictionary<string, long> RelationshipTypeCounts { get; }

    /// <summary>Every property key ever stored (Neo4j's db.propertyKeys() also lists keys no longer in use).</summary>
    public ImmutableHashSet<string> PropertyKeys { get; }

    public SchemaState Schema { get; }

    /// <summary>Number of commits that led to this state.</summary>
    public long Version { get; }

    public NodeRecord? GetNode(long id) => Nodes.Get(id) is { } changed ? (changed.Deleted ? null : changed) : Compact.GetNode(id);

    public RelationshipRecord? GetRelationship(long id) =>
        Relationships.Get(id) is { } changed ? (changed.Deleted ? null : changed) : Compact.GetRelationship(id);

    public bool NodeExists(long id) => Nodes.Get(id) is { } changed ? !changed.Deleted : Compact.ContainsNode(id);

    public bool TryGetNodeProperty(long id, string key, out object? value)
    {
        if (Nodes.Get(id) is not { } changed)
        {
            return Compact.TryGetNodeProperty(id, key, out value);
        }

        value = changed.Deleted ? null : changed.GetProperty(key);
        return !changed.Deleted;
    }

    public bool TryGetRelationshipProperty(long id, string key, out object? value)
    {
        if (Relationships.Get(id) is not { } changed)
        {
            return Compact.TryGetRelationshipProperty(id, key, out value);
        }

        value = changed.Deleted ? null : changed.GetProperty(key);
        return !changed.Deleted;
    }

    /// <summary>Every node in id order.</summary>
    public IEnumerable<NodeRecord> AllNodes() => InIdOrder(Compact.NodeIdLimit, GetNode, Nodes, n => n.Id, n => n.Deleted);

    /// <summary>Every relationship in id order.</summary>
    public IEnumerable<RelationshipRecord> AllRelationships() =>
        InIdOrder(Compact.RelationshipIdLimit, GetRelationship, Relationships, r => r.Id, r => r.Deleted);

    /// <summary>The ids the compact graph spans, read through the changes, then the changed records past them.</summary>
    private static IEnumerable<T> InIdOrder<T>(long compactLimit, Func<long, T?> get, ChunkedTable<T> changed, Func<T, long> idOf, Func<T, bool> deleted)
        where T : class
    {
        for (var id = 0L; id < compactLimit; id++)
        {
            if (get(id) is { } record)
            {
                yield return record;
            }
        }

        foreach (var record in changed.All())
        {
            if (idOf(record) >= compactLimit && !deleted(record))
            {
                yield return record;
            }
        }
    }

    public IEnumerable<NodeRecord> NodesWithLabel(string label)
    {
        if (!LabelIndex.TryGetValue(label, out var ids))
        {
            yield break;
        }

        foreach (var id in ids)
        {
            yield return GetNode(id)!;
        }
    }

    public long CountWithLabel(string label) => LabelIndex.TryGetValue(label, out var ids) ? ids.Count : 0;

    public IEnumerable<NodeRecord> IndexSeek(IndexDefinition index, object key)
    {
        if (!Schema.Data.TryGetValue(index.Name, out var data) || !data.Entries.TryGetValue(key, out var ids))
        {
            yield break;
        }

        foreach (var id in ids)
        {
            var node = GetNode(id);
            if (node is not null && ValueComparer.PropertyKeyEquality.Equals(IndexData.KeyOf(index, node), key))
            {
                yield return node;
            }
        }
    }

    public IEnumerable<string> LabelsInUse() => LabelIndex.Where(e => !e.Value.IsEmpty).Select(e => e.Key);

    public IEnumerable<string> RelationshipTypesInUse() => RelationshipTypeCounts.Where(e => e.Value > 0).Select(e => e.Key);

    public IEnumerable<string> PropertyKeysInUse() => PropertyKeys;
}
