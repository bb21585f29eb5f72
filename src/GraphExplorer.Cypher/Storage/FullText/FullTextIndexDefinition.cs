using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Storage.FullText;

/// <summary>
/// A full-text index as <c>CREATE FULLTEXT INDEX</c> defines it: the nodes with any of <see cref="LabelsOrTypes"/> (or
/// the relationships of any of those types) and the STRING (or LIST&lt;STRING&gt;) values of <see cref="Properties"/>,
/// analysed by <see cref="Analyzer"/> (a name from <see cref="FullTextAnalyzers"/>).
/// </summary>
/// <param name="EventuallyConsistent">Kept and shown as configured; this engine always updates the index in the
/// committing transaction, which is the stronger of the two guarantees.</param>
internal sealed record FullTextIndexDefinition(
    string Name,
    bool OnRelationships,
    ImmutableArray<string> LabelsOrTypes,
    ImmutableArray<string> Properties,
    string Analyzer,
    bool EventuallyConsistent)
{
    /// <summary>Neo4j's equivalence of schema rules: same entity type, label/type set and property list (the configuration does not count).</summary>
    public bool IsEquivalentTo(FullTextIndexDefinition other) =>
        OnRelationships == other.OnRelationships
        && LabelsOrTypes.Order(StringComparer.Ordinal).SequenceEqual(other.LabelsOrTypes.Order(StringComparer.Ordinal))
        && Properties.SequenceEqual(other.Properties);

    public bool Covers(NodeRecord node) => !OnRelationships && !node.Deleted && LabelsOrTypes.Any(node.HasLabel);

    public bool Covers(RelationshipRecord relationship) => OnRelationships && !relationship.Deleted && LabelsOrTypes.Contains(relationship.Type);
}
