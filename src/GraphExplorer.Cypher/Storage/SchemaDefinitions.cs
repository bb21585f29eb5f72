using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

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

/// <summary>
/// A constraint; <see cref="Kind"/> is "UNIQUE", "NOT NULL", "NODE KEY" or "IS :: type" as in <see cref="CreateConstraint"/>.
/// </summary>
internal sealed record ConstraintDefinition(
    string Name,
    bool OnRelationships,
    string LabelOrType,
    ImmutableArray<string> Properties,
    string Kind)
{
    public bool RequiresUniqueness => Kind is "UNIQUE" or "NODE KEY";

    public bool RequiresExistence => Kind is "NOT NULL" or "NODE KEY";

    /// <summary>
    /// For a property type constraint (<see cref="Kind"/> "IS :: " and the type in <see cref="PropertyTypes"/>' canonical
    /// text), the type its properties must have when present; null for other constraints.
    /// </summary>
    public string? RequiredType => Kind.StartsWith(PropertyTypeKindPrefix, StringComparison.Ordinal) ? Kind[PropertyTypeKindPrefix.Length..] : null;

    /// <summary>How the kind of a property type constraint starts: "IS :: STRING", "IS :: INTEGER | FLOAT".</summary>
    public const string PropertyTypeKindPrefix = "IS :: ";

    /// <summary>The violation of <see cref="RequiredType"/> by a node's property, or null when it holds.</summary>
    public string? TypeViolation(NodeRecord node)
    {
        if (RequiredType is not { } type)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (node.Properties.Get(property) is { } value && !PropertyTypes.Matches(value, type))
            {
                return $"Node({node.Id}) with label `{LabelOrType}` required the property `{property}` to be of type `{type}`, "
                    + $"but was of type `{PropertyTypes.NameOf(value)}`.";
            }
        }

        return null;
    }
}
