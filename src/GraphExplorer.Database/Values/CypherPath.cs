namespace GraphExplorer.Database.Values;

/// <summary>
/// A path: <c>Nodes.Count == Relationships.Count + 1</c>; relationship <c>i</c> joins nodes <c>i</c> and <c>i + 1</c>
/// in either direction (its own start and end say which way it points).
/// </summary>
public sealed record CypherPath(IReadOnlyList<CypherNode> Nodes, IReadOnlyList<CypherRelationship> Relationships)
{
    public int Length => Relationships.Count;

    public CypherNode Start => Nodes[0];

    public CypherNode End => Nodes[^1];

    public bool Equals(CypherPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes)
        {
            hash.Add(node);
        }

        foreach (var relationship in Relationships)
        {
            hash.Add(relationship);
        }

        return hash.ToHashCode();
    }
}
