namespace GraphExplorer.Database.Values;

/// <summary>A relationship as returned by a query: a copy of its state when the query read it.</summary>
public sealed record CypherRelationship(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties)
{
    public bool Equals(CypherRelationship? other) => other is not null && other.ElementId == ElementId;

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
