namespace GraphExplorer.Database.Values;

/// <summary>A node as returned by a query: a copy of its state when the query read it.</summary>
/// <param name="ElementId">The backend's identifier of the node; opaque, stable while the node exists.</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Properties">Its properties, as Cypher values.</param>
public sealed record CypherNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties)
{
    // Identity is the element id: two copies of the same node read at different times are the same node.
    public bool Equals(CypherNode? other) => other is not null && other.ElementId == ElementId;

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
