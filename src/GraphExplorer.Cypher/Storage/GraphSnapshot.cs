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

    public ChunkedTable<NodeRecord> Nodes { get; }

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

    public NodeRecord? GetNode(long id) => Nodes.Get(id);

    public RelationshipRecord? GetRelationship(long id) => Relationships.Get(id);

    public IEnumerable<NodeRecord> AllNodes() => Nodes.All();

    public IEnumerable<NodeRecord> NodesWithLabel(string label)
    {
        if (!LabelIndex.TryGetValue(label, out var ids))
        {
            yield break;
        }

        foreach (var id in ids)
        {
            yield return Nodes.Get(id)!;
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
            var node = Nodes.Get(id);
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
