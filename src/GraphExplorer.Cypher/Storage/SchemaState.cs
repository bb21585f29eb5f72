using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

/// <summary>Index data: key → ids of the nodes having it.</summary>
internal sealed class IndexData
{
    public static readonly IndexData Empty = new(ImmutableDictionary.Create<object, ImmutableSortedSet<long>>(ValueComparer.PropertyKeyEquality));

    public IndexData(ImmutableDictionary<object, ImmutableSortedSet<long>> entries) => Entries = entries;

    public ImmutableDictionary<object, ImmutableSortedSet<long>> Entries { get; }

    /// <summary>The key of a node for an index, or null when the node lacks the label or a property (not indexed).</summary>
    public static object? KeyOf(IndexDefinition index, NodeRecord node)
    {
        if (node.Deleted || !node.HasLabel(index.LabelOrType))
        {
            return null;
        }

        if (index.Properties.Length == 1)
        {
            var value = node.Properties.Get(index.Properties[0]);
            return value is double d && double.IsNaN(d) ? null : value;
        }

        var values = new object?[index.Properties.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = node.Properties.Get(index.Properties[i]);
            if (values[i] is null)
            {
                return null;
            }
        }

        return values;
    }
}

/// <summary>Indexes, constraints and the data of node indexes; immutable.</summary>
internal sealed record SchemaState(
    ImmutableArray<IndexDefinition> Indexes,
    ImmutableArray<ConstraintDefinition> Constraints,
    ImmutableDictionary<string, IndexData> Data)
{
    public static readonly SchemaState Empty = new(
        ImmutableArray<IndexDefinition>.Empty,
        ImmutableArray<ConstraintDefinition>.Empty,
        ImmutableDictionary<string, IndexData>.Empty);

    /// <summary>A node index whose single property is <paramref name="property"/>, preferring unique ones.</summary>
    public IndexDefinition? FindNodeIndex(string label, string property)
    {
        IndexDefinition? found = null;
        foreach (var index in Indexes)
        {
            if (!index.OnRelationships && index.Properties.Length == 1 && index.LabelOrType == label && index.Properties[0] == property)
            {
                if (index.OwnedByConstraint)
                {
                    return index;
                }

                found ??= index;
            }
        }

        return found;
    }

    public bool HasNodeIndexes => !Data.IsEmpty;

    /// <summary>The full-text indexes, each with the Lucene reader of this state (<see cref="FullText.FullTextIndex"/>).</summary>
    public ImmutableArray<FullText.FullTextIndex> FullTextIndexes { get; init; } = ImmutableArray<FullText.FullTextIndex>.Empty;

    public FullText.FullTextIndex? FindFullTextIndex(string name) => FullTextIndexes.FirstOrDefault(i => i.Name == name);

    /// <summary>Whether an index (of any type) or a constraint has this name: Neo4j's names share one namespace.</summary>
    public bool HasSchemaRuleNamed(string name) =>
        Indexes.Any(i => i.Name == name) || Constraints.Any(c => c.Name == name) || FindFullTextIndex(name) is not null;
}
