using GraphExplorer.Cypher.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Counts a <see cref="RelationshipDegree"/> from a node's adjacency: the entry count where any type matches, else one
/// integer comparison per entry; no row, value or record of a relationship is made.
/// </summary>
/// <remarks>Immutable and shared by the executions of a compiled query; type ids are looked up per execution.</remarks>
internal sealed class DegreeCounter(RelationshipDegree degree)
{
    private readonly string[] types = [.. degree.Types];

    /// <summary>
    /// The ids of the counted types for one execution, or null for any type (a type no relationship has yet has no id
    /// and counts nothing; ids are never reused, so those found stay right for the whole execution).
    /// </summary>
    public int[]? TypeIds()
    {
        if (types.Length == 0)
        {
            return null;
        }

        var ids = new List<int>(types.Length);
        foreach (var type in types)
        {
            if (RelationshipTypes.TryGetId(type, out var id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>The degree of the row's node (0 when the slot holds no node that exists).</summary>
    public long Count(object?[] row, QueryContext ctx, int[]? typeIds)
    {
        if (row[degree.NodeSlot] is not NodeValue node || ctx.Graph.GetNode(node.Id) is not { Deleted: false } record)
        {
            return 0;
        }

        var direction = degree.Direction;
        long count = 0;
        if (direction != RelationshipDirection.Incoming)
        {
            count += Count(record.OutgoingEntries, typeIds, skipLoopsOf: -1);
        }

        if (direction != RelationshipDirection.Outgoing)
        {
            // An undirected pattern met a self-loop among the outgoing entries already.
            count += Count(record.IncomingEntries, typeIds, skipLoopsOf: direction == RelationshipDirection.Both ? node.Id : -1);
        }

        return count;
    }

    private static long Count(ReadOnlySpan<CompactAdjacency> entries, int[]? typeIds, long skipLoopsOf)
    {
        if (typeIds is null && skipLoopsOf < 0)
        {
            return entries.Length;
        }

        long count = 0;
        foreach (ref readonly var entry in entries)
        {
            if (entry.OtherNodeId != skipLoopsOf && (typeIds is null || Array.IndexOf(typeIds, entry.TypeId) >= 0))
            {
                count++;
            }
        }

        return count;
    }
}
