using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The changes of one write transaction over its base snapshot: records it created or changed (private clones),
/// the mutations that describe them, and per-label / per-index additions so that reads inside the transaction see
/// its own writes. Nothing here is visible to other readers until <see cref="GraphStore.Commit"/> publishes
/// <see cref="BuildSnapshot"/>. Partial by concern: reads (<c>WriteTransaction.Reads.cs</c>), schema, full-text
/// indexes, commit.
/// </summary>
/// <remarks>Not thread-safe: owned by the single writer holding the store's write lock.</remarks>
internal sealed partial class WriteTransaction : IGraphReader
{
    private readonly GraphSnapshot baseSnapshot;
    private readonly OwnedRecords<NodeRecord> nodes = new();
    private readonly OwnedRecords<RelationshipRecord> relationships = new();
    private readonly Dictionary<string, HashSet<long>> labelAdditions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<object, HashSet<long>>> indexAdditions = new(StringComparer.Ordinal);
    private readonly List<GraphMutation> mutations = new();
    private readonly List<long> pendingNodeDeletes = new();
    private readonly HashSet<long> touchedInStatement = new();
    private readonly bool recordMutations;
    private long nextNodeId;
    private long nextRelationshipId;
    private long nodeCountDelta;

    public WriteTransaction(GraphSnapshot baseSnapshot, bool recordMutations = true)
    {
        this.baseSnapshot = baseSnapshot;
        this.recordMutations = recordMutations;
        nextNodeId = baseSnapshot.NextNodeId;
        nextRelationshipId = baseSnapshot.NextRelationshipId;
        Schema = baseSnapshot.Schema;
    }

    public GraphSnapshot BaseSnapshot => baseSnapshot;

    /// <summary>The mutations of this transaction so far, in order.</summary>
    public IReadOnlyList<GraphMutation> Mutations => mutations;

    public SchemaState Schema { get; private set; }

    public long NodeCount => baseSnapshot.NodeCount + nodeCountDelta;

    // ---- node and relationship writes -------------------------------------------------------------------------

    public NodeRecord CreateNode(IReadOnlyList<string> labels, PropertyMap properties, long? id = null)
    {
        var nodeId = id ?? nextNodeId;
        nextNodeId = Math.Max(nextNodeId, nodeId + 1);
        var distinct = Distinct(labels);
        var node = new NodeRecord(nodeId, distinct, properties);
        nodes[nodeId] = node;
        nodeCountDelta++;
        if (recordMutations)
        {
            // Not through Record: a lambda here would allocate its closure on every call, recovery included.
            mutations.Add(new CreateNode(nodeId, [.. distinct], properties.ToImmutableDictionary()));
        }

        Indexed(node);
        return node;
    }

    public RelationshipRecord CreateRelationship(string type, long startNodeId, long endNodeId, PropertyMap properties, long? id = null)
    {
        var start = OwnNode(startNodeId);
        var end = startNodeId == endNodeId ? start : OwnNode(endNodeId);
        var relId = id ?? nextRelationshipId;
        nextRelationshipId = Math.Max(nextRelationshipId, relId + 1);
        var rel = new RelationshipRecord(relId, type, startNodeId, endNodeId, properties);
        relationships[relId] = rel;
        start.AddOutgoing(new CompactAdjacency(relId, endNodeId, rel.TypeId));
        end.AddIncoming(new CompactAdjacency(relId, startNodeId, rel.TypeId));
        if (recordMutations)
        {
            mutations.Add(new CreateRelationship(relId, type, startNodeId, endNodeId, properties.ToImmutableDictionary()));
        }

        return rel;
    }

    /// <summary>Sets or (with null) removes a node property; returns whether the stored state changed.</summary>
    public bool SetNodeProperty(long id, string key, object? value)
    {
        var current = GetNode(id)!;
        if (value is null && current.Properties.Get(key) is null)
        {
            return false;
        }

        var node = OwnNode(id);
        node.Properties = node.Properties.With(key, value);
        Record(() => new SetNodeProperty(id, key, value));
        Indexed(node);
        return true;
    }

    public bool SetRelationshipProperty(long id, string key, object? value)
    {
        var current = GetRelationship(id)!;
        if (value is null && current.Properties.Get(key) is null)
        {
            return false;
        }

        var rel = OwnRelationship(id);
        rel.Properties = rel.Properties.With(key, value);
        Record(() => new SetRelationshipProperty(id, key, value));
        return true;
    }

    public bool AddLabel(long id, string label)
    {
        if (GetNode(id)!.HasLabel(label))
        {
            return false;
        }

        var node = OwnNode(id);
        node.Labels = [.. node.Labels, label];
        Record(() => new AddLabel(id, label));
        Indexed(node);
        return true;
    }

    public bool RemoveLabel(long id, string label)
    {
        if (!GetNode(id)!.HasLabel(label))
        {
            return false;
        }

        var node = OwnNode(id);
        node.Labels = node.Labels.Where(l => l != label).ToArray();
        Record(() => new RemoveLabel(id, label));
        Indexed(node);
        return true;
    }

    /// <summary>Deletes a relationship; returns false when it was already deleted.</summary>
    public bool DeleteRelationship(long id)
    {
        var current = GetRelationship(id);
        if (current is null || current.Deleted)
        {
            return false;
        }

        var rel = OwnRelationship(id);
        rel.Deleted = true;
        OwnNode(rel.StartNodeId).RemoveOutgoing(id);
        OwnNode(rel.EndNodeId).RemoveIncoming(id);
        Record(() => new DeleteRelationship(id));
        return true;
    }

    /// <summary>
    /// Marks a node deleted; returns false when it already was. The node must have no relationships left by the end of
    /// the statement (<see cref="EndStatement"/> checks), so that <c>DELETE n, r</c> may name them in any order.
    /// </summary>
    public bool DeleteNode(long id)
    {
        var current = GetNode(id);
        if (current is null || current.Deleted)
        {
            return false;
        }

        var node = OwnNode(id);
        node.Deleted = true;
        nodeCountDelta--;
        pendingNodeDeletes.Add(id);
        return true;
    }

    /// <summary>
    /// Ends a statement: fails if a node deleted by it still has relationships, records the node deletions, and
    /// checks the constraints on every node the statement touched.
    /// </summary>
    public void EndStatement()
    {
        try
        {
            foreach (var id in pendingNodeDeletes)
            {
                var node = nodes[id];
                if (node.Degree > 0)
                {
                    throw Semantics.CypherErrors.DeleteConnectedNode(id);
                }
            }

            foreach (var id in pendingNodeDeletes)
            {
                Record(() => new DeleteNode(id));
            }

            if (!Schema.Constraints.IsEmpty)
            {
                foreach (var id in touchedInStatement)
                {
                    var node = GetNode(id);
                    if (node is not null && !node.Deleted)
                    {
                        CheckConstraints(node);
                    }
                }
            }
        }
        finally
        {
            pendingNodeDeletes.Clear();
            touchedInStatement.Clear();
        }
    }

    private void CheckConstraints(NodeRecord node)
    {
        foreach (var constraint in Schema.Constraints)
        {
            if (constraint.OnRelationships || !node.HasLabel(constraint.LabelOrType))
            {
                continue;
            }

            if (constraint.RequiresExistence)
            {
                foreach (var property in constraint.Properties)
                {
                    if (node.Properties.Get(property) is null)
                    {
                        throw Semantics.CypherErrors.ConstraintViolation(
                            $"Node({node.Id}) with label `{constraint.LabelOrType}` must have the property `{property}`");
                    }
                }
            }

            if (constraint.TypeViolation(node) is { } typeViolation)
            {
                throw Semantics.CypherErrors.ConstraintViolation(typeViolation);
            }

            if (constraint.RequiresUniqueness)
            {
                var index = Schema.Indexes.First(i => i.Name == constraint.Name);
                var key = IndexData.KeyOf(index, node);
                if (key is not null && IndexSeek(index, key).Any(other => other.Id != node.Id))
                {
                    throw Semantics.CypherErrors.ConstraintViolation(
                        $"Node({node.Id}) already exists with label `{constraint.LabelOrType}` and property "
                        + $"{string.Join(", ", constraint.Properties.Select(p => $"`{p}`"))} = {Describe(key)}");
                }
            }
        }
    }

    private static string Describe(object key) => key switch
    {
        string s => $"'{s}'",
        object?[] values => "[" + string.Join(", ", values.Select(v => v is null ? "null" : Describe(v))) + "]",
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string[] Distinct(IReadOnlyList<string> labels) =>
        labels.Count switch
        {
            0 => Array.Empty<string>(),
            1 => [labels[0]],
            _ => labels.Distinct(StringComparer.Ordinal).ToArray(),
        };

    // ---- bookkeeping --------------------------------------------------------------------------------------------

    private NodeRecord OwnNode(long id)
    {
        if (nodes.TryGetValue(id, out var own))
        {
            return own;
        }

        var committed = baseSnapshot.GetNode(id) ?? throw new InvalidOperationException($"Node {id} does not exist.");
        own = committed.Clone();
        nodes[id] = own;
        return own;
    }

    private RelationshipRecord OwnRelationship(long id)
    {
        if (relationships.TryGetValue(id, out var own))
        {
            return own;
        }

        var committed = baseSnapshot.GetRelationship(id) ?? throw new InvalidOperationException($"Relationship {id} does not exist.");
        own = committed.Clone();
        relationships[id] = own;
        return own;
    }

    /// <summary>Registers a node's current labels and index keys so that reads in this transaction find it.</summary>
    private void Indexed(NodeRecord node)
    {
        touchedInStatement.Add(node.Id);
        foreach (var label in node.Labels)
        {
            if (!labelAdditions.TryGetValue(label, out var ids))
            {
                labelAdditions[label] = ids = new HashSet<long>();
            }

            ids.Add(node.Id);
        }

        foreach (var index in Schema.Indexes)
        {
            if (index.OnRelationships)
            {
                continue;
            }

            var key = IndexData.KeyOf(index, node);
            if (key is null)
            {
                continue;
            }

            if (!indexAdditions.TryGetValue(index.Name, out var perKey))
            {
                indexAdditions[index.Name] = perKey = new Dictionary<object, HashSet<long>>(ValueComparer.PropertyKeyEquality);
            }

            if (!perKey.TryGetValue(key, out var ids))
            {
                perKey[key] = ids = new HashSet<long>();
            }

            ids.Add(node.Id);
        }
    }

    private void Record(Func<GraphMutation> mutation)
    {
        if (recordMutations)
        {
            mutations.Add(mutation());
        }
    }

    /// <summary>Shrinks the adjacency arrays of the nodes this transaction owns to their length (after a bulk replay).</summary>
    public void TrimAdjacency()
    {
        foreach (var node in nodes.Values)
        {
            node.TrimExcess();
        }
    }
}
