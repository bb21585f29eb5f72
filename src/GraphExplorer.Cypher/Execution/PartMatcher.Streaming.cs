using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Streaming: a part with a variable-length hop yields its matches as the walk finds them, so LIMIT stops it early.
internal sealed partial class PartMatcher
{
    /// <summary>True when a hop from <paramref name="hopIndex"/> on is an (unbound) variable-length one, whose walk is streamed.</summary>
    private bool StreamsFrom(int hopIndex)
    {
        for (var i = hopIndex; i < Hops.Length; i++)
        {
            if (Hops[i].Relationship is { VariableLength: true } && !Hops[i].RelationshipBound)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The matches of the hops from <paramref name="hopIndex"/> on, yielded as they are found when a variable-length
    /// hop is among them, so that a LIMIT downstream stops the walk (a fixed hop before it is stepped one relationship
    /// at a time); from where nothing variable follows, they are collected per node reached, as <see cref="Expand"/> does.
    /// An enumeration left early leaves the working row bound: it is the pulled path's own copy.
    /// </summary>
    private IEnumerable<object?[]> ExpandStreaming(int hopIndex, object?[] work, QueryContext ctx, List<long> used)
    {
        if (!StreamsFrom(hopIndex) || Hops[hopIndex].RelationshipBound)
        {
            var collected = new MatchList();
            Expand(hopIndex, work, ctx, used, collected);
            foreach (var match in collected.Rows)
            {
                yield return match;
            }

            yield break;
        }

        ctx.Tick();
        var hop = Hops[hopIndex];
        if (work[Nodes[hop.From].Slot] is not NodeValue from)
        {
            yield break;
        }

        if (hop.Relationship.VariableLength)
        {
            foreach (var match in ExpandRepeated(hopIndex, hop, from.Id, work, ctx, used))
            {
                yield return match;
            }

            yield break;
        }

        if (ctx.Graph.GetNode(from.Id) is not { } record)
        {
            yield break;
        }

        var direction = hop.Direction;
        for (var i = 0; direction != RelationshipDirection.Incoming && i < record.OutgoingCount; i++)
        {
            var entry = record.OutgoingEntries[i];
            foreach (var match in StepStreaming(hopIndex, hop, entry, from.Id, entry.OtherNodeId, work, ctx, used))
            {
                yield return match;
            }
        }

        for (var i = 0; direction != RelationshipDirection.Outgoing && i < record.IncomingCount; i++)
        {
            var entry = record.IncomingEntries[i];
            if (direction == RelationshipDirection.Both && entry.OtherNodeId == from.Id)
            {
                continue; // a self-loop was already seen among the outgoing relationships
            }

            foreach (var match in StepStreaming(hopIndex, hop, entry, entry.OtherNodeId, from.Id, work, ctx, used))
            {
                yield return match;
            }
        }
    }

    /// <summary>A fixed hop along one relationship, then the hops after it streamed (<see cref="ExpandStreaming"/>).</summary>
    private IEnumerable<object?[]> StepStreaming(int hopIndex, Hop hop, CompactAdjacency entry, long startId, long endId, object?[] work, QueryContext ctx, List<long> used)
    {
        if (!TryBindRelationship(hop, entry, startId, endId, work, ctx, used, out var previousRelationship))
        {
            yield break;
        }

        if (TryBindNode(hop, entry.OtherNodeId, work, ctx, out var previousNode))
        {
            foreach (var match in ExpandStreaming(hopIndex + 1, work, ctx, used))
            {
                yield return match;
            }

            work[Nodes[hop.To].Slot] = previousNode;
        }

        UnbindRelationship(hop, previousRelationship, work, used);
    }
}
