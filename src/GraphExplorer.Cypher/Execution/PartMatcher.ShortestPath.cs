using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution;

internal sealed partial class PartMatcher
{
    /// <summary>
    /// shortestPath / allShortestPaths: for every pair of end points, a breadth-first search that stops at the first
    /// depth reaching the target (all paths of that depth for allShortestPaths).
    /// </summary>
    private IEnumerable<object?[]> ShortestPaths(object?[] row, QueryContext ctx)
    {
        var startStep = Nodes[0];
        var endStep = Nodes[^1];
        var step = Relationships[0];
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

                foreach (var path in Search(start.Id, end.Id, step, ctx))
                {
                    var work = (object?[])row.Clone();
                    work[startStep.Slot] = new NodeValue(start.Id);
                    work[endStep.Slot] = new NodeValue(end.Id);
                    work[step.Slot] = step.VariableLength ? path.Relationships.Cast<object?>().ToList() : path.Relationships.FirstOrDefault();
                    if (!step.VariableLength && path.Relationships.Length != 1)
                    {
                        continue;
                    }

                    if (PathSlot >= 0)
                    {
                        work[PathSlot] = path;
                    }

                    yield return work;
                }
            }
        }
    }

    private List<PathValue> Search(long startId, long endId, RelationshipStep step, QueryContext ctx)
    {
        var found = new List<PathValue>();
        var min = step.VariableLength ? step.Min : 1;
        var max = step.VariableLength ? step.Max : 1;
        if (startId == endId && min == 0)
        {
            found.Add(new PathValue([new NodeValue(startId)], []));
            return found;
        }

        var all = Selector == PathSelector.AllShortestPaths;
        var depthOf = new Dictionary<long, int> { [startId] = 0 };
        var parents = new Dictionary<long, List<(long Node, RelationshipValue Relationship)>>();
        var frontier = new List<long> { startId };
        var direction = step.Direction;
        for (var depth = 1; depth <= max && frontier.Count > 0; depth++)
        {
            var next = new List<long>();
            var reached = false;
            foreach (var nodeId in frontier)
            {
                ctx.Tick();
                var record = ctx.Graph.GetNode(nodeId);
                if (record is null)
                {
                    continue;
                }

                void Visit(AdjacencyEntry entry, long from, long to)
                {
                    if (!step.TypeMatches(entry.Type) || !RelationshipMatches(step, entry.RelationshipId, Array.Empty<object?>(), ctx))
                    {
                        return;
                    }

                    var other = entry.OtherNodeId;
                    if (depthOf.TryGetValue(other, out var seenAt) && seenAt < depth)
                    {
                        return;
                    }

                    if (!depthOf.ContainsKey(other))
                    {
                        depthOf[other] = depth;
                        next.Add(other);
                    }

                    if (!parents.TryGetValue(other, out var list))
                    {
                        parents[other] = list = new List<(long, RelationshipValue)>();
                    }

                    list.Add((nodeId, new RelationshipValue(entry.RelationshipId, entry.Type, from, to)));
                    if (other == endId)
                    {
                        reached = true;
                    }
                }

                if (direction != RelationshipDirection.Incoming)
                {
                    for (var i = 0; i < record.OutgoingCount; i++)
                    {
                        Visit(record.Outgoing[i], nodeId, record.Outgoing[i].OtherNodeId);
                    }
                }

                if (direction != RelationshipDirection.Outgoing)
                {
                    for (var i = 0; i < record.IncomingCount; i++)
                    {
                        if (direction == RelationshipDirection.Both && record.Incoming[i].OtherNodeId == nodeId)
                        {
                            continue;
                        }

                        Visit(record.Incoming[i], record.Incoming[i].OtherNodeId, nodeId);
                    }
                }
            }

            if (reached && depth >= min)
            {
                var rels = new List<RelationshipValue>();
                var nodes = new List<NodeValue>();
                Collect(endId);
                return found;

                void Collect(long node)
                {
                    if (node == startId)
                    {
                        var pathNodes = new List<NodeValue> { new(startId) };
                        var pathRels = new List<RelationshipValue>();
                        for (var i = rels.Count - 1; i >= 0; i--)
                        {
                            pathRels.Add(rels[i]);
                            pathNodes.Add(nodes[i]);
                        }

                        found.Add(new PathValue([.. pathNodes], [.. pathRels]));
                        return;
                    }

                    foreach (var (parent, rel) in parents[node])
                    {
                        if (!all && found.Count > 0)
                        {
                            return;
                        }

                        if (depthOf[parent] != depthOf[node] - 1)
                        {
                            continue;
                        }

                        rels.Add(rel);
                        nodes.Add(new NodeValue(node));
                        Collect(parent);
                        rels.RemoveAt(rels.Count - 1);
                        nodes.RemoveAt(nodes.Count - 1);
                    }
                }
            }

            frontier = next;
        }

        return found;
    }
}
