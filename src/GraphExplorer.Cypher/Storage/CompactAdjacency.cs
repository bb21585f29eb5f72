using System.Runtime.InteropServices;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// One adjacency entry as the store keeps it: the relationship, the node at its other end and the relationship's type
/// id (<see cref="RelationshipTypes"/>). 20 bytes (packed to 4-byte alignment), so a relationship's two entries and its
/// own columns stay within 64 bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct CompactAdjacency(long RelationshipId, long OtherNodeId, int TypeId)
{
    /// <summary>The entry with its type as a name (what <see cref="AdjacencyEntry"/> carries).</summary>
    public AdjacencyEntry ToEntry() => new(RelationshipId, OtherNodeId, RelationshipTypes.NameOf(TypeId));
}

/// <summary>
/// A node's outgoing or incoming relationships: a window of an array of <see cref="CompactAdjacency"/>, either the
/// node's own array (a record a write transaction owns or committed) or a slice of a compact snapshot's shared
/// adjacency array. Indexing gives <see cref="AdjacencyEntry"/> values; <see cref="Entries"/> gives the compact
/// entries themselves, for loops that compare type ids.
/// </summary>
internal readonly struct AdjacencyList(CompactAdjacency[] entries, int start, int count)
{
    public int Count => count;

    public int Length => count;

    public AdjacencyEntry this[int index] => Entries[index].ToEntry();

    public ReadOnlySpan<CompactAdjacency> Entries => entries.AsSpan(start, count);

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the entries in order without allocating.</summary>
    public struct Enumerator(AdjacencyList list)
    {
        private int index = -1;

        public readonly AdjacencyEntry Current => list[index];

        public bool MoveNext() => ++index < list.Count;
    }
}
