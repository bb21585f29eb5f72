using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Finds the matches of one pattern part (a chain of nodes and relationships) for one input row, by depth-first
/// expansion from a start node along the adjacency lists. Relationships are unique within the MATCH: a
/// relationship already bound by this part or by an earlier part of the same MATCH is never bound again.
/// </summary>
/// <remarks>Immutable after compilation and shared by executions; all per-execution state lives on the stack.</remarks>
internal sealed partial class PartMatcher
{
    public required NodeStep[] Nodes { get; init; }

    public required RelationshipStep[] Relationships { get; init; }

    public required StartPlan Start { get; init; }

    /// <summary>True when the start node's variable was bound before the MATCH.</summary>
    public required bool StartBound { get; init; }

    public required Hop[] Hops { get; init; }

    public required int PathSlot { get; init; }

    public required PathSelector Selector { get; init; }

    /// <summary>The k of SHORTEST k / ANY k (paths) or SHORTEST k GROUPS (lengths), per pair of end points.</summary>
    public int PathCount { get; init; } = 1;

    /// <summary>Relationship slots bound by earlier parts of the same MATCH (for relationship uniqueness).</summary>
    public required int[] PriorRelationshipSlots { get; init; }

    /// <summary>Node 1 is bound before the MATCH (shortest paths only).</summary>
    public bool EndBound { get; init; }

    public IEnumerable<object?[]> Matches(object?[] row, QueryContext ctx)
    {
        if (Selector != PathSelector.All)
        {
            foreach (var result in ShortestPaths(row, ctx))
            {
                yield return result;
            }

            yield break;
        }

        var startStep = Nodes[Start.NodeIndex];
        var results = new MatchList();
        var used = new List<long>();
        var single = Hops.Length == 0 && PathSlot < 0;
        foreach (var candidate in StartCandidates(row, ctx))
        {
            ctx.Tick();
            var work = (object?[])row.Clone();
            if (!NodeMatches(candidate, startStep, work, ctx))
            {
                continue;
            }

            if (!StartBound)
            {
                work[startStep.Slot] = new NodeValue(candidate.Id);
            }

            if (single)
            {
                yield return work; // a lone node: the fresh copy is the match
                continue;
            }

            results.Rows.Clear();
            used.Clear();
            foreach (var result in Expansions(work, ctx, used, results))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The same matches as <see cref="Matches"/>, in the same order, handed to <paramref name="sink"/> as they are found:
    /// one working row per call, bound and unbound as the walk goes, so no row is made per start node or per match
    /// (only a variable-length hop still copies its matches). Nothing is streamed: the sink takes every match anyway.
    /// </summary>
    public void Push(object?[] row, QueryContext ctx, MatchSink sink)
    {
        if (Selector != PathSelector.All)
        {
            foreach (var result in ShortestPaths(row, ctx))
            {
                sink.Accept(result, ctx);
            }

            return;
        }

        var startStep = Nodes[Start.NodeIndex];
        var work = (object?[])row.Clone();
        var used = new List<long>();
        var single = Hops.Length == 0 && PathSlot < 0;
        foreach (var candidate in StartCandidates(row, ctx))
        {
            ctx.Tick();

            // The working row as the pulled path's fresh copy of the input row would be (the last candidate unbound).
            work[startStep.Slot] = row[startStep.Slot];
            if (PathSlot >= 0)
            {
                work[PathSlot] = row[PathSlot];
            }

            if (!NodeMatches(candidate, startStep, work, ctx))
            {
                continue;
            }

            if (!StartBound)
            {
                work[startStep.Slot] = new NodeValue(candidate.Id);
            }

            if (single)
            {
                sink.Accept(work, ctx);
            }
            else
            {
                used.Clear();
                Expand(0, work, ctx, used, sink);
            }
        }
    }

    /// <summary>
    /// The matches from one start node. A part with a variable-length hop yields them as its walks find them, so that
    /// a LIMIT downstream stops a walk from a hub early (<see cref="ExpandStreaming"/>); any other part collects them first.
    /// </summary>
    private IEnumerable<object?[]> Expansions(object?[] work, QueryContext ctx, List<long> used, MatchList results)
    {
        if (StreamsFrom(0))
        {
            return ExpandStreaming(0, work, ctx, used);
        }

        Expand(0, work, ctx, used, results);
        return results.Rows;
    }

    private IEnumerable<NodeRecord> StartCandidates(object?[] row, QueryContext ctx)
    {
        switch (Start.Kind)
        {
            case StartKind.Bound:
                {
                    if (row[Nodes[Start.NodeIndex].Slot] is NodeValue bound && ctx.Graph.GetNode(bound.Id) is { Deleted: false } record)
                    {
                        return [record];
                    }

                    return [];
                }

            case StartKind.IdSeek:
                {
                    var key = Start.Key!(row, ctx);
                    long? id = key switch
                    {
                        long l => l,
                        string s when long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
                        _ => null,
                    };
                    return id is { } value && ctx.Graph.GetNode(value) is { Deleted: false } record ? [record] : [];
                }

            case StartKind.IndexSeek:
                {
                    var key = Start.Key!(row, ctx);
                    return key is null or double.NaN ? [] : ctx.Graph.IndexSeek(Start.Index!, key);
                }

            case StartKind.LabelScan:
                return ctx.Graph.NodesWithLabel(Start.Label!);
            default:
                return ctx.Graph.AllNodes();
        }
    }

    private static bool NodeMatches(NodeRecord node, NodeStep step, object?[] row, QueryContext ctx)
    {
        if (node.Deleted)
        {
            return false;
        }

        foreach (var label in step.Labels)
        {
            if (!node.HasLabel(label))
            {
                return false;
            }
        }

        if (step.LabelExpression is { } expression && !expression.Matches(node.HasLabel, node.Labels.Length > 0))
        {
            return false;
        }

        foreach (var dynamic in step.DynamicLabels)
        {
            if (!dynamic.Matches(node.HasLabel, row, ctx))
            {
                return false;
            }
        }

        for (var i = 0; i < step.PropertyKeys.Length; i++)
        {
            if (ValueComparer.Equal(node.GetProperty(step.PropertyKeys[i]), step.PropertyValues[i](row, ctx)) != true)
            {
                return false;
            }
        }

        return true;
    }

    private static bool RelationshipMatches(RelationshipStep step, long relationshipId, object?[] row, QueryContext ctx)
    {
        if (step.PropertyKeys.Length == 0 && step.DynamicTypes.Length == 0)
        {
            return true;
        }

        var record = ctx.Graph.GetRelationship(relationshipId)!;
        foreach (var dynamic in step.DynamicTypes)
        {
            if (!dynamic.Matches(name => string.Equals(name, record.Type, StringComparison.Ordinal), row, ctx))
            {
                return false;
            }
        }

        for (var i = 0; i < step.PropertyKeys.Length; i++)
        {
            if (ValueComparer.Equal(record.GetProperty(step.PropertyKeys[i]), step.PropertyValues[i](row, ctx)) != true)
            {
                return false;
            }
        }

        return true;
    }

    private bool RelationshipUsed(long id, List<long> used, object?[] row)
    {
        if (used.Contains(id))
        {
            return true;
        }

        foreach (var slot in PriorRelationshipSlots)
        {
            switch (row[slot])
            {
                case RelationshipValue r when r.Id == id:
                    return true;
                case List<object?> list:
                    foreach (var item in list)
                    {
                        if (item is RelationshipValue lr && lr.Id == id)
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

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
            foreach (var match in ExpandVariable(hopIndex, hop, from.Id, 0, new List<RelationshipValue>(), work, ctx, used, new MatchList()))
            {
                results.Accept(match, ctx);
            }

            return;
        }

        var direction = hop.Direction;
        if (hop.RelationshipBound)
        {
            if (work[hop.Relationship.Slot] is not RelationshipValue bound || used.Contains(bound.Id))
            {
                return;
            }

            long other;
            if ((direction != RelationshipDirection.Incoming) && bound.StartId == from.Id)
            {
                other = bound.EndId;
            }
            else if ((direction != RelationshipDirection.Outgoing) && bound.EndId == from.Id)
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
            return;
        }

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
            foreach (var match in ExpandVariable(hopIndex, hop, from.Id, 0, new List<RelationshipValue>(), work, ctx, used, new MatchList()))
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

        var direction = hop.Direction;
        if (direction != RelationshipDirection.Incoming)
        {
            for (var i = 0; i < record.OutgoingCount; i++)
            {
                var entry = record.OutgoingEntries[i];
                if (step.TypeIdMatches(entry.TypeId) && !RelationshipUsed(entry.RelationshipId, used, work) && RelationshipMatches(step, entry.RelationshipId, work, ctx))
                {
                    used.Add(entry.RelationshipId);
                    path.Add(new RelationshipValue(entry.RelationshipId, RelationshipTypes.NameOf(entry.TypeId), current, entry.OtherNodeId));
                    foreach (var match in ExpandVariable(hopIndex, hop, entry.OtherNodeId, depth + 1, path, work, ctx, used, found))
                    {
                        yield return match;
                    }

                    path.RemoveAt(path.Count - 1);
                    used.RemoveAt(used.Count - 1);
                }
            }
        }

        if (direction != RelationshipDirection.Outgoing)
        {
            for (var i = 0; i < record.IncomingCount; i++)
            {
                var entry = record.IncomingEntries[i];
                if (direction == RelationshipDirection.Both && entry.OtherNodeId == current)
                {
                    continue;
                }

                if (step.TypeIdMatches(entry.TypeId) && !RelationshipUsed(entry.RelationshipId, used, work) && RelationshipMatches(step, entry.RelationshipId, work, ctx))
                {
                    used.Add(entry.RelationshipId);
                    path.Add(new RelationshipValue(entry.RelationshipId, RelationshipTypes.NameOf(entry.TypeId), entry.OtherNodeId, current));
                    foreach (var match in ExpandVariable(hopIndex, hop, entry.OtherNodeId, depth + 1, path, work, ctx, used, found))
                    {
                        yield return match;
                    }

                    path.RemoveAt(path.Count - 1);
                    used.RemoveAt(used.Count - 1);
                }
            }
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
