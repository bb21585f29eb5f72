using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Storage;

/// <summary>A property index over nodes with a label (or relationships of a type).</summary>
/// <param name="OwnedByConstraint">The index backs a uniqueness constraint of the same name and goes with it.</param>
internal sealed record IndexDefinition(
    string Name,
    bool OnRelationships,
    string LabelOrType,
    ImmutableArray<string> Properties,
    string IndexType,
    bool OwnedByConstraint)
{
    public bool Covers(string labelOrType, ImmutableArray<string> properties) =>
        LabelOrType == labelOrType && Properties.SequenceEqual(properties);
}

/// <summary>A constraint; <see cref="Kind"/> is "UNIQUE", "NOT NULL" or "NODE KEY" as in <see cref="CreateConstraint"/>.</summary>
internal sealed record ConstraintDefinition(
    string Name,
    bool OnRelationships,
    string LabelOrType,
    ImmutableArray<string> Properties,
    string Kind)
{
    public bool RequiresUniqueness => Kind is "UNIQUE" or "NODE KEY";

    public bool RequiresExistence => Kind is "NOT NULL" or "NODE KEY";
}
