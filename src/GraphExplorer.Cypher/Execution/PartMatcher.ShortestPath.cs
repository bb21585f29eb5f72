using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class PartMatcher
{
    /// <summary>For shortest paths: the WHERE conjuncts the search itself must satisfy (see <see cref="ShortestPathConditions"/>).</summary>
    public ShortestPathConditions Conditions { get; init; } = ShortestPathConditions.None;

    /// <summary>
    /// shortestPath / allShortestPaths: for every pair of end points, the shortest paths satisfying the pattern and
    /// <see cref="Conditions"/>. Bidirectional breadth-first search, unless a condition reads the whole path or the
    /// minimum length is above 1: then the exhaustive search by increasing length (see <see cref="ShortestPathSearch"/>).
    /// Relationships bound by earlier parts of the MATCH are never used (relationship uniqueness).
    /// </summary>
    private IEnumerable<object?[]> ShortestPaths(object?[] row, QueryContext ctx)
    {
        if (SelectsAmongMatches)
        {
            foreach (var selected in SelectedPaths(row, ctx))
            {
                yield return selected;
            }

            yield break;
        }

        var startStep = Nodes[0];
        var endStep = Nodes[^1];
        var step = Relationships[0];
        var all = Selector == PathSelector.AllShortestPaths;
        var exhaustive = Conditions.Path is not null || (step.VariableLength && step.Min > 1) || PathCount > 1;
        var excluded = PriorRelationships(row);
        var starts = StartBound
            ? (row[startStep.Slot] is NodeValue s && ctx.Graph.GetNode(s.Id) is { Deleted: false } sr ? [sr] : Array.Empty<NodeRecord>())
            : (IEnumerable<NodeRecord>)StartCandidates(row, ctx).Where(n => NodeMatches(n, startStep, row, ctx)).ToList();
        foreach (var start in starts)
        {
            IEnumerable<NodeRecord> ends = EndBound
                ? (row[endStep.Slot] is NodeValue e && ctx.Graph.GetNode(e.Id) is { Deleted: false } er ? [er] : Array.Empty<NodeRecord>())
                : (endStep.Labels.Length > 0 ? ctx.Graph.NodesWithLabel(endStep.Labels[0]) : ctx.Graph.AllNodes()).ToList();
            foreach (var end in ends)
            {
                if (!EndBound && !NodeMatches(end, endStep, row, ctx))
                {
                    continue;
                }

                var work = (object?[])row.Clone();
                work[startStep.Slot] = new NodeValue(start.Id);
                work[endStep.Slot] = new NodeValue(end.Id);
                if (!NodeAllowed(start.Id, work, ctx) || !NodeAllowed(end.Id, work, ctx))
                {
                    continue;
                }

                var search = new ShortestPathSearch(ctx, step, StepFilter(step, work, ctx, excluded), all);
                var paths = exhaustive
                    ? search.Exhaustive(start.Id, end.Id, relationships => Conditions.Path is null || Conditions.Path(BindPath(work, start.Id, relationships, ctx), ctx), PathCount)
                    : search.Bidirectional(start.Id, end.Id);
                foreach (var relationships in paths)
                {
                    yield return BindPath(work, start.Id, relationships, ctx);
                }
            }
        }
    }

    /// <summary>A copy of <paramref name="work"/> with the relationship variable and the path variable bound to a found path.</summary>
    private object?[] BindPath(object?[] work, long startId, long[] relationshipIds, QueryContext ctx)
    {
        var step = Relationships[0];
        var nodes = new NodeValue[relationshipIds.Length + 1];
        var relationships = new RelationshipValue[relationshipIds.Length];
        nodes[0] = new NodeValue(startId);
        var current = startId;
        for (var i = 0; i < relationshipIds.Length; i++)
        {
            var record = ctx.Graph.GetRelationship(relationshipIds[i])!;
            relationships[i] = new RelationshipValue(record.Id, record.Type, record.StartNodeId, record.EndNodeId);
            current = record.StartNodeId == current ? record.EndNodeId : record.StartNodeId;
            nodes[i + 1] = new NodeValue(current);
        }

        var result = (object?[])work.Clone();
        result[step.Slot] = step.VariableLength ? relationships.Cast<object?>().ToList() : relationships.FirstOrDefault();
        if (PathSlot >= 0)
        {
            result[PathSlot] = new PathValue(nodes, relationships);
        }

        return result;
    }

    /// <summary>The per-step filter of the search (null when every step is allowed).</summary>
    private Func<long, long, bool>? StepFilter(RelationshipStep step, object?[] work, QueryContext ctx, HashSet<long>? excluded)
    {
        if (excluded is null && step.PropertyKeys.Length == 0 && step.DynamicTypes.Length == 0 && Conditions.Relationships.Length == 0 && Conditions.Nodes.Length == 0)
        {
            return null;
        }

        return (relationshipId, nodeId) =>
        {
            if ((excluded is not null && excluded.Contains(relationshipId)) || !RelationshipMatches(step, relationshipId, work, ctx))
            {
                return false;
            }

            if (Conditions.Relationships.Length > 0)
            {
                var record = ctx.Graph.GetRelationship(relationshipId)!;
                var value = new RelationshipValue(record.Id, record.Type, record.StartNodeId, record.EndNodeId);
                foreach (var condition in Conditions.Relationships)
                {
                    if (!condition.Holds(work, ctx, value))
                    {
                        return false;
                    }
                }
            }

            return NodeAllowed(nodeId, work, ctx);
        };
    }

    private bool NodeAllowed(long nodeId, object?[] work, QueryContext ctx)
    {
        if (Conditions.Nodes.Length == 0)
        {
            return true;
        }

        var value = new NodeValue(nodeId);
        foreach (var condition in Conditions.Nodes)
        {
            if (!condition.Holds(work, ctx, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Relationships bound by earlier parts of the same MATCH (null when none).</summary>
    private HashSet<long>? PriorRelationships(object?[] row)
    {
        HashSet<long>? ids = null;
        foreach (var slot in PriorRelationshipSlots)
        {
            switch (row[slot])
            {
                case RelationshipValue r:
                    (ids ??= []).Add(r.Id);
                    break;
                case List<object?> list:
                    foreach (var item in list)
                    {
                        if (item is RelationshipValue lr)
                        {
                            (ids ??= []).Add(lr.Id);
                        }
                    }

                    break;
            }
        }

        return ids;
    }
}
