namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Read access to one consistent state of the graph: a committed <see cref="GraphSnapshot"/> or a
/// <see cref="WriteTransaction"/> (its base snapshot with its own changes on top).
/// </summary>
/// <remarks>
/// Records returned must not be mutated by callers. Enumerations skip deleted entities; <see cref="GetNode"/> and
/// <see cref="GetRelationship"/> still return an entity deleted by the current transaction, flagged
/// <see cref="NodeRecord.Deleted"/>, so that later access can be reported as such.
/// </remarks>
internal interface IGraphReader
{
    NodeRecord? GetNode(long id);

    RelationshipRecord? GetRelationship(long id);

    IEnumerable<NodeRecord> AllNodes();

    IEnumerable<NodeRecord> NodesWithLabel(string label);

    long NodeCount { get; }

    /// <summary>The number of nodes with a label in the committed state (an estimate inside a transaction).</summary>
    long CountWithLabel(string label);

    SchemaState Schema { get; }

    /// <summary>Nodes whose key for <paramref name="index"/> equals <paramref name="key"/> (a value, or a list for a composite index).</summary>
    IEnumerable<NodeRecord> IndexSeek(IndexDefinition index, object key);

    IEnumerable<string> LabelsInUse();

    IEnumerable<string> RelationshipTypesInUse();

    IEnumerable<string> PropertyKeysInUse();

    /// <summary>True when the node exists and is not deleted; a store that can answers without making the node's record.</summary>
    bool NodeExists(long id) => GetNode(id) is { Deleted: false };

    /// <summary>
    /// One property of a node that exists (null when it has none), false when the node does not exist or is deleted;
    /// a store that can reads it without making the node's record (a scan filtering or grouping by one property).
    /// </summary>
    bool TryGetNodeProperty(long id, string key, out object? value)
    {
        var record = GetNode(id);
        value = record is { Deleted: false } ? record.GetProperty(key) : null;
        return record is { Deleted: false };
    }

    /// <summary>As <see cref="TryGetNodeProperty"/>, for a relationship.</summary>
    bool TryGetRelationshipProperty(long id, string key, out object? value)
    {
        var record = GetRelationship(id);
        value = record is { Deleted: false } ? record.GetProperty(key) : null;
        return record is { Deleted: false };
    }
}
