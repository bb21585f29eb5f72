using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Variable-length hops and quantified relationships; quantified path patterns are in PartMatcher.Trails.
internal sealed partial class PartMatcher
{
    /// <summary>
    /// The matches of a hop of variable length from <paramref name="fromId"/>: a variable-length or quantified
    /// relationship (<see cref="ExpandVariable"/>) or a quantified path pattern (<see cref="ExpandTrail"/>), yielded as found.
    /// </summary>
    private IEnumerable<object?[]> ExpandRepeated(int hopIndex, Hop hop, long fromId, object?[] work, QueryContext ctx, List<long> used) =>
        hop.Relationship.Trail is { } trail
            ? ExpandTrail(hopIndex, hop, trail, fromId, work, ctx, used)
            : ExpandVariable(hopIndex, hop, fromId, 0, new List<RelationshipValue>(), work, ctx, used, new MatchList());

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
        if (depth >= step.Min)
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
        if (depth >= step.Max)
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
