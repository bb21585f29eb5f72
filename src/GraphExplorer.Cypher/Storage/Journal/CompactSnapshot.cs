using System.Collections;
using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// A snapshot of format version 2 as read from its file (<see cref="CompactSnapshotReader"/>): the mutations before
/// and after its sections, and its nodes and relationships as columns, in id order, with their properties still
/// encoded (<see cref="PropertyBlock"/>). <see cref="Storage.CompactGraph"/> is built from the columns without a
/// mutation per entity; the snapshot is also the list of mutations it stands for (prefix, one <see cref="CreateNode"/>
/// per node, one <see cref="CreateRelationship"/> per relationship, suffix), built on demand, so every reader of
/// <see cref="IDurableStorage.Recover"/> sees exactly what was compacted.
/// </summary>
/// <remarks>Immutable once read; thread-safe for reading. Column arrays may be longer than their counts.</remarks>
internal sealed class CompactSnapshot : IReadOnlyList<GraphMutation>
{
    private List<GraphMutation>? materialized;

    public required string Path { get; init; }

    /// <summary>Mutations before the node section: only schema mutations (<see cref="CompactSnapshotWriter"/>).</summary>
    public required List<GraphMutation> Prefix { get; init; }

    /// <summary>Mutations after the sections: what did not fit them, in order. Empty for a graph's exported state.</summary>
    public required List<GraphMutation> Suffix { get; init; }

    public required string[] Tokens { get; init; }

    /// <summary>Each label set as label token ids, in the order the mutation gave them (duplicates kept).</summary>
    public required int[][] LabelSets { get; init; }

    public required int NodeCount { get; init; }

    public required long[] NodeIds { get; init; }

    public required int[] NodeLabelSets { get; init; }

    public required long[] NodeProperties { get; init; }

    public required int RelationshipCount { get; init; }

    public required long[] RelationshipIds { get; init; }

    /// <summary>Type token ids.</summary>
    public required int[] RelationshipTypes { get; init; }

    public required long[] RelationshipStarts { get; init; }

    public required long[] RelationshipEnds { get; init; }

    public required long[] RelationshipProperties { get; init; }

    public required PropertyBlock Properties { get; init; }

    /// <summary>Property keys of the snapshot (tokens of that kind).</summary>
    public required string[] PropertyKeys { get; init; }

    public int Count => Prefix.Count + NodeCount + RelationshipCount + Suffix.Count;

    public GraphMutation this[int index] => (materialized ??= [.. this])[index];

    public IEnumerator<GraphMutation> GetEnumerator()
    {
        foreach (var mutation in Prefix)
        {
            yield return mutation;
        }

        for (var i = 0; i < NodeCount; i++)
        {
            yield return new CreateNode(NodeIds[i], [.. LabelSets[NodeLabelSets[i]].Select(t => Tokens[t])], PropertiesOf(NodeProperties[i]));
        }

        for (var i = 0; i < RelationshipCount; i++)
        {
            yield return new CreateRelationship(RelationshipIds[i], Tokens[RelationshipTypes[i]], RelationshipStarts[i], RelationshipEnds[i],
                PropertiesOf(RelationshipProperties[i]));
        }

        foreach (var mutation in Suffix)
        {
            yield return mutation;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Decodes one entity's properties as its mutation held them (null values included).</summary>
    private ImmutableDictionary<string, object> PropertiesOf(long locator)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in Properties.DecodePairs(locator))
        {
            builder[key] = value!;
        }

        return builder.ToImmutable();
    }
}
