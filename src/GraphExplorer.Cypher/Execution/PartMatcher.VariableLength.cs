using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Variable-length hops, quantified relationships and one-hop quantified path patterns.
internal sealed partial class PartMatcher
{
    /// <summary>
    /// The matches of a variable-length hop from <paramref name="current"/> at <paramref name="depth"/>, walked depth
    /// first and yielded as they are found (each accepted walk's matches of the hops after it are collected into
    /// <paramref name="found"/>, a buffer emptied before going deeper).
    /// </summary>
    private IEnumerable<object?[]> ExpandVariable(int hopIndex, Hop hop, long current, int depth, List<RelationshipValue> path, object?[] work, QueryContext ctx, List<long> used, MatchList found)
    {
        ctx.Tick();
        QueryRunner.EnsureStack();
        var step = hop.Relationship;
        var mayContinue = true;
        if (step.Iteration is { } iteration)
        {
            // Walking against the written direction meets each iteration's last node first.
            var (first, last) = hop.Reversed ? (iteration.Last, iteration.First) : (iteration.First, iteration.Last);
            if (ctx.Graph.GetNode(current) is not { } node || (depth >= 1 && !NodeMatches(node, last, work, ctx)))
            {
                yield break;
            }

            mayContinue = NodeMatches(node, first, work, ctx);
            if (depth >= step.Min)
            {
                AcceptIterations(hopIndex, hop, iteration, current, path, work, ctx, used, found);
            }
        }
        else if (depth >= step.Min)
        {
            var list = new List<object?>(path.Count);
            if (hop.Reversed)
            {
                for (var i = path.Count - 1; i >= 0; i--)
                {
                    list.Add(path[i]);
                }
            }
            else
            {
                list.AddRange(path);
            }

            var previous = work[step.Slot];
            work[step.Slot] = list;
            StepTo(hopIndex, hop, current, work, ctx, used, found);
            work[step.Slot] = previous;
        }

        foreach (var match in found.Rows)
        {
            yield return match;
        }

        found.Rows.Clear();
        if (depth >= step.Max || !mayContinue)
        {
            yield break;
        }

        var record = ctx.Graph.GetNode(current);
        if (record is null)
        {
            yield break;
        }

        foreach (var (entry, startId, endId) in Steps(record, hop.Direction))
        {
            if (!step.TypeIdMatches(entry.TypeId) || RelationshipUsed(entry.RelationshipId, used, work) || !RelationshipMatches(step, entry.RelationshipId, work, ctx))
            {
                continue;
            }

            used.Add(entry.RelationshipId);
            path.Add(new RelationshipValue(entry.RelationshipId, RelationshipTypes.NameOf(entry.TypeId), startId, endId));
            foreach (var match in ExpandVariable(hopIndex, hop, entry.OtherNodeId, depth + 1, path, work, ctx, used, found))
            {
                yield return match;
            }

            path.RemoveAt(path.Count - 1);
            used.RemoveAt(used.Count - 1);
        }
    }

    /// <summary>
    /// The relationships a walk may take from <paramref name="record"/> in <paramref name="direction"/>, with the ids
    /// of their start and end nodes; a self-loop is taken once.
    /// </summary>
    private static IEnumerable<(CompactAdjacency Entry, long StartId, long EndId)> Steps(NodeRecord record, RelationshipDirection direction)
    {
        var id = record.Id;
        for (var i = 0; direction != RelationshipDirection.Incoming && i < record.OutgoingCount; i++)
        {
            var entry = record.OutgoingEntries[i];
            yield return (entry, id, entry.OtherNodeId);
        }

        for (var i = 0; direction != RelationshipDirection.Outgoing && i < record.IncomingCount; i++)
        {
            var entry = record.IncomingEntries[i];
            if (direction == RelationshipDirection.Both && entry.OtherNodeId == id)
            {
                continue; // a self-loop was already taken among the outgoing relationships
            }

            yield return (entry, entry.OtherNodeId, id);
        }
    }

    /// <summary>
    /// A quantified path pattern matched <c>path.Count</c> times, ending at <paramref name="current"/>: binds the
    /// relationship list and the group variables (every iteration's first and last nodes, in written order), then
    /// goes on to the node after the pattern.
    /// </summary>
    private void AcceptIterations(int hopIndex, Hop hop, QuantifiedIteration iteration, long current, List<RelationshipValue> path, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        // The walked nodes, from the end back to the start: each relationship's other end.
        var walked = new long[path.Count + 1];
        walked[path.Count] = current;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            walked[i] = path[i].StartId == walked[i + 1] ? path[i].EndId : path[i].StartId;
        }

        if (hop.Reversed)
        {
            Array.Reverse(walked);
        }

        var relationships = new List<object?>(path);
        if (hop.Reversed)
        {
            relationships.Reverse();
        }

        var step = hop.Relationship;
        var saved = (work[step.Slot], Slot(iteration.FirstGroupSlot), Slot(iteration.LastGroupSlot));
        work[step.Slot] = relationships;
        SetGroup(iteration.FirstGroupSlot, 0);
        SetGroup(iteration.LastGroupSlot, 1);
        StepTo(hopIndex, hop, current, work, ctx, used, results);
        work[step.Slot] = saved.Item1;
        Restore(iteration.FirstGroupSlot, saved.Item2);
        Restore(iteration.LastGroupSlot, saved.Item3);

        object? Slot(int slot) => slot >= 0 ? work[slot] : null;

        void SetGroup(int slot, int offset)
        {
            if (slot >= 0)
            {
                var nodes = new List<object?>(path.Count);
                for (var i = 0; i < path.Count; i++)
                {
                    nodes.Add(new NodeValue(walked[i + offset]));
                }

                work[slot] = nodes;
            }
        }

        void Restore(int slot, object? value)
        {
            if (slot >= 0)
            {
                work[slot] = value;
            }
        }
    }

    /// <summary>A variable-length relationship bound to a list: the list must form a walk from the current node.</summary>
    private void FollowBoundList(int hopIndex, Hop hop, long from, object?[] work, QueryContext ctx, List<long> used, MatchSink results)
    {
        if (work[hop.Relationship.Slot] is not IReadOnlyList<object?> list)
        {
            return;
        }

        var sequence = hop.Reversed ? list.Reverse().ToList() : list.ToList();
        if (sequence.Count < hop.Relationship.Min || sequence.Count > hop.Relationship.Max)
        {
            return;
        }

        var current = from;
        var direction = hop.Direction;
        var added = 0;
        foreach (var item in sequence)
        {
            if (item is not RelationshipValue r || used.Contains(r.Id) || !hop.Relationship.TypeMatches(r.Type))
            {
                used.RemoveRange(used.Count - added, added);
                return;
            }

            if (direction != RelationshipDirection.Incoming && r.StartId == current)
            {
                current = r.EndId;
            }
            else if (direction != RelationshipDirection.Outgoing && r.EndId == current)
            {
                current = r.StartId;
            }
            else
            {
                used.RemoveRange(used.Count - added, added);
                return;
            }

            used.Add(r.Id);
            added++;
        }

        StepTo(hopIndex, hop, current, work, ctx, used, results);
        used.RemoveRange(used.Count - added, added);
    }
}
