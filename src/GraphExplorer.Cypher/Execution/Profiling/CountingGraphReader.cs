using GraphExplorer.Cypher.Storage;

namespace GraphExplorer.Cypher.Execution.Profiling;

/// <summary>
/// The graph view of a PROFILE statement: every read passes to the view it wraps and counts as db hits of the
/// profiler. What one db hit is on this store (Neo4j counts "an abstract unit of storage engine work"):
/// <list type="bullet">
/// <item>a node or relationship read by id (<see cref="GetNode"/>, <see cref="GetRelationship"/>, <see cref="NodeExists"/>),</item>
/// <item>each node a scan or an index seek yields (all nodes, a label's nodes, an index's matches),</item>
/// <item>a property read by key (<see cref="TryGetNodeProperty"/>, <see cref="TryGetRelationshipProperty"/>),</item>
/// <item>a count read from the store's counts (<see cref="CountWithLabel"/>, <see cref="NodeCount"/>).</item>
/// </list>
/// Reads of a record already fetched (its labels, its adjacency, a property of an inline pattern map compared on the
/// record) are part of the hit that fetched it, and the names in use (labels, types, keys) are catalogue reads, not hits.
/// </summary>
/// <remarks>Not thread-safe, as the query it serves: one per running PROFILE statement.</remarks>
internal sealed class CountingGraphReader(IGraphReader inner, QueryProfiler profiler) : IGraphReader
{
    public long NodeCount
    {
        get
        {
            profiler.DbHits++;
            return inner.NodeCount;
        }
    }

    public SchemaState Schema => inner.Schema;

    public NodeRecord? GetNode(long id)
    {
        profiler.DbHits++;
        return inner.GetNode(id);
    }

    public RelationshipRecord? GetRelationship(long id)
    {
        profiler.DbHits++;
        return inner.GetRelationship(id);
    }

    public IEnumerable<NodeRecord> AllNodes() => Counted(inner.AllNodes());

    public IEnumerable<NodeRecord> NodesWithLabel(string label) => Counted(inner.NodesWithLabel(label));

    public IEnumerable<NodeRecord> IndexSeek(IndexDefinition index, object key) => Counted(inner.IndexSeek(index, key));

    public long CountWithLabel(string label)
    {
        profiler.DbHits++;
        return inner.CountWithLabel(label);
    }

    public IEnumerable<string> LabelsInUse() => inner.LabelsInUse();

    public IEnumerable<string> RelationshipTypesInUse() => inner.RelationshipTypesInUse();

    public IEnumerable<string> PropertyKeysInUse() => inner.PropertyKeysInUse();

    public bool NodeExists(long id)
    {
        profiler.DbHits++;
        return inner.NodeExists(id);
    }

    public bool TryGetNodeProperty(long id, string key, out object? value)
    {
        profiler.DbHits++;
        return inner.TryGetNodeProperty(id, key, out value);
    }

    public bool TryGetRelationshipProperty(long id, string key, out object? value)
    {
        profiler.DbHits++;
        return inner.TryGetRelationshipProperty(id, key, out value);
    }

    private IEnumerable<NodeRecord> Counted(IEnumerable<NodeRecord> nodes)
    {
        foreach (var node in nodes)
        {
            profiler.DbHits++;
            yield return node;
        }
    }
}
