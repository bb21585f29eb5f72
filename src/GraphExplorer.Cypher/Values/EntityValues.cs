namespace GraphExplorer.Cypher.Values;

/// <summary>A node as a runtime value: only its id; state is read from the transaction's view when needed.</summary>
internal sealed record NodeValue(long Id);

/// <summary>A relationship as a runtime value; <see cref="StartId"/>, <see cref="EndId"/> and <see cref="Type"/> never change.</summary>
internal sealed record RelationshipValue(long Id, string Type, long StartId, long EndId)
{
    public bool Equals(RelationshipValue? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();

    public long OtherEnd(long nodeId) => StartId == nodeId ? EndId : StartId;
}

/// <summary>A path: <c>Nodes.Length == Relationships.Length + 1</c>.</summary>
internal sealed class PathValue : IEquatable<PathValue>
{
    public PathValue(NodeValue[] nodes, RelationshipValue[] relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    public NodeValue[] Nodes { get; }

    public RelationshipValue[] Relationships { get; }

    public bool Equals(PathValue? other) =>
        other is not null && Nodes.AsSpan().SequenceEqual(other.Nodes) && Relationships.AsSpan().SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes)
        {
            hash.Add(node.Id);
        }

        foreach (var rel in Relationships)
        {
            hash.Add(rel.Id);
        }

        return hash.ToHashCode();
    }
}
