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

    public IEnumerable<object?[]> Matches(object?[] row, QueryContext ctx) =>
        Selector != PathSelector.All ? ShortestPaths(row, ctx) : EveryMatch(row, ctx);

    /// <summary>
    /// Every match of the part for <paramref name="row"/>, whatever its selector; with <paramref name="walked"/>, only
    /// those within its cap on relationships walked.
    /// </summary>
    private IEnumerable<object?[]> EveryMatch(object?[] row, QueryContext ctx, WalkedRelationships? walked = null)
    {
        var startStep = Nodes[Start.NodeIndex];
        var results = new MatchList();
        List<long> used = walked ?? [];
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

    /// <summary>
    /// True when relationship <paramref name="id"/> may not be taken next: the match has used it already (in this part
    /// or an earlier one), or the walk is at its cap (<see cref="WalkedRelationships"/>).
    /// </summary>
    private bool RelationshipUsed(long id, List<long> used, object?[] row)
    {
        if (used is WalkedRelationships walked && !walked.MayTakeAnother())
        {
            return true;
        }

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
}
