using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Fixed hops: one relationship at a time, depth first, binding and unbinding the working row as the walk goes.
internal sealed partial class PartMatcher
{
    private void Expand(int hopIndex, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        if (hopIndex == Hops.Length)
        {
            if (PathSlot >= 0)
            {
                work[PathSlot] = BuildPath(work);
            }

            results.Accept(work, ctx);
            return;
        }

        ctx.Tick();
        var hop = Hops[hopIndex];
        if (work[Nodes[hop.From].Slot] is not NodeValue from)
        {
            return;
        }

        if (hop.Relationship.VariableLength && hop.RelationshipBound)
        {
            FollowBoundList(hopIndex, hop, from.Id, work, ctx, used, results);
            return;
        }

        if (hop.Relationship.VariableLength)
        {
            foreach (var match in ExpandRepeated(hopIndex, hop, from.Id, work, ctx, used))
            {
                results.Accept(match, ctx);
            }

            return;
        }

        if (hop.RelationshipBound)
        {
            FollowBoundRelationship(hopIndex, hop, from.Id, work, ctx, used, results);
            return;
        }

        var direction = hop.Direction;
        var record = ctx.Graph.GetNode(from.Id);
        if (record is null)
        {
            return;
        }

        if (direction != RelationshipDirection.Incoming)
        {
            foreach (var entry in record.OutgoingEntries)
            {
                TryRelationship(hopIndex, hop, entry, from.Id, entry.OtherNodeId, work, ctx, used, results);
            }
        }

        if (direction != RelationshipDirection.Outgoing)
        {
            foreach (var entry in record.IncomingEntries)
            {
                if (direction == RelationshipDirection.Both && entry.OtherNodeId == from.Id)
                {
                    continue; // a self-loop was already seen among the outgoing relationships
                }

                TryRelationship(hopIndex, hop, entry, entry.OtherNodeId, from.Id, work, ctx, used, results);
            }
        }
    }

    /// <summary>A single relationship bound before the MATCH: it must leave <paramref name="fromId"/> the way the hop walks.</summary>
    private void FollowBoundRelationship(int hopIndex, Hop hop, long fromId, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        var direction = hop.Direction;
        if (work[hop.Relationship.Slot] is not RelationshipValue bound || used.Contains(bound.Id))
        {
            return;
        }

        long other;
        if ((direction != RelationshipDirection.Incoming) && bound.StartId == fromId)
        {
            other = bound.EndId;
        }
        else if ((direction != RelationshipDirection.Outgoing) && bound.EndId == fromId)
        {
            other = bound.StartId;
        }
        else
        {
            return;
        }

        if (!hop.Relationship.TypeMatches(bound.Type) || !RelationshipMatches(hop.Relationship, bound.Id, work, ctx))
        {
            return;
        }

        used.Add(bound.Id);
        StepTo(hopIndex, hop, other, work, ctx, used, results);
        used.RemoveAt(used.Count - 1);
    }

    private void TryRelationship(int hopIndex, Hop hop, CompactAdjacency entry, long startId, long endId, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        if (TryBindRelationship(hop, entry, startId, endId, work, ctx, used, out var previous))
        {
            StepTo(hopIndex, hop, entry.OtherNodeId, work, ctx, used, results);
            UnbindRelationship(hop, previous, work, used);
        }
    }

    private void StepTo(int hopIndex, Hop hop, long other, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        if (TryBindNode(hop, other, work, ctx, out var previous))
        {
            Expand(hopIndex + 1, work, ctx, used, results);
            work[Nodes[hop.To].Slot] = previous;
        }
    }

    /// <summary>
    /// Binds the hop's relationship to <paramref name="entry"/> when it qualifies (its type, not used yet in the MATCH,
    /// its properties); <see cref="UnbindRelationship"/> with <paramref name="previous"/> undoes it.
    /// </summary>
    private bool TryBindRelationship(
        Hop hop, CompactAdjacency entry, long startId, long endId, object?[] work, QueryContext ctx, List<long> used, out object? previous)
    {
        var step = hop.Relationship;
        previous = work[step.Slot];
        if (!step.TypeIdMatches(entry.TypeId) || RelationshipUsed(entry.RelationshipId, used, work)
            || !RelationshipMatches(step, entry.RelationshipId, work, ctx))
        {
            return false;
        }

        work[step.Slot] = new RelationshipValue(entry.RelationshipId, RelationshipTypes.NameOf(entry.TypeId), startId, endId);
        used.Add(entry.RelationshipId);
        return true;
    }

    private static void UnbindRelationship(Hop hop, object? previous, object?[] work, List<long> used)
    {
        used.RemoveAt(used.Count - 1);
        work[hop.Relationship.Slot] = previous;
    }

    /// <summary>
    /// Binds the hop's target node to <paramref name="other"/> when it matches the node's pattern (a target bound
    /// already is only checked); putting <paramref name="previous"/> back in its slot undoes it.
    /// </summary>
    private bool TryBindNode(Hop hop, long other, object?[] work, QueryContext ctx, out object? previous)
    {
        var toStep = Nodes[hop.To];
        previous = work[toStep.Slot];
        if (hop.ToBound)
        {
            return work[toStep.Slot] is NodeValue bound && bound.Id == other
                && (toStep.IsUnconstrained || ctx.Graph.GetNode(other) is { } boundNode && NodeMatches(boundNode, toStep, work, ctx));
        }

        if (toStep.IsUnconstrained
            ? !ctx.Graph.NodeExists(other)
            : ctx.Graph.GetNode(other) is not { } node || !NodeMatches(node, toStep, work, ctx))
        {
            return false;
        }

        work[toStep.Slot] = new NodeValue(other);
        return true;
    }

    /// <summary>The part's path in written order, from the bound node and relationship slots.</summary>
    private PathValue BuildPath(object?[] work)
    {
        var nodes = new List<NodeValue>();
        var rels = new List<RelationshipValue>();
        var current = (NodeValue)work[Nodes[0].Slot]!;
        nodes.Add(current);
        for (var i = 0; i < Relationships.Length; i++)
        {
            switch (work[Relationships[i].Slot])
            {
                case RelationshipValue r:
                    rels.Add(r);
                    current = new NodeValue(r.OtherEnd(current.Id));
                    nodes.Add(current);
                    break;
                case List<object?> list:
                    foreach (RelationshipValue r in list.Cast<RelationshipValue>())
                    {
                        rels.Add(r);
                        current = new NodeValue(r.OtherEnd(current.Id));
                        nodes.Add(current);
                    }

                    break;
            }
        }

        return new PathValue([.. nodes], [.. rels]);
    }
}
