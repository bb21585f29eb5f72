using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The path searches behind <c>shortestPath</c> and <c>allShortestPaths</c> between one start and one end node.
/// A path is returned as the ids of its relationships in order from the start node (the nodes follow from them).
/// </summary>
/// <remarks>
/// <para><see cref="Bidirectional"/> is the normal search: breadth-first from both ends, always expanding the smaller
/// frontier by one whole level. It stops at the level where the two searches first meet: every meeting found while
/// expanding that level closes a path of the same, shortest, length (before the level no node was reached by both
/// sides, so no shorter path exists). For <c>shortestPath</c> each node keeps the one relationship it was first
/// reached by and the search stops at the first meeting; for <c>allShortestPaths</c> each node keeps every
/// relationship reaching it from the previous level, the level is finished, and the paths are every combination of
/// the parent chains on both sides of every meeting node. Work is proportional to the nodes within about half the
/// distance of either end, rather than to those within the whole distance of the start.</para>
/// <para><see cref="Exhaustive"/> enumerates relationship-unique paths by increasing length and tests each with a
/// predicate on the whole path: the fallback for a WHERE predicate that cannot be checked one step at a time, or a
/// minimum length above 1, where the shortest qualifying path need not be a breadth-first one.</para>
/// <para>Both honour the relationship's types and direction, the length bounds, and a per-step filter (the
/// relationship and the node it leads to). Self-loops are never followed (they never shorten a path). A search from
/// a node to itself only finds the empty path, when the minimum length is 0. Not thread-safe: one instance per
/// search; the graph reader it reads is immutable or owned by the running query.</para>
/// </remarks>
internal sealed class ShortestPathSearch
{
    private readonly IGraphReader graph;
    private readonly QueryContext ctx;
    private readonly RelationshipStep step;
    private readonly Func<long, long, bool>? allowed;
    private readonly bool all;

    /// <param name="allowed">Per-step filter: (relationship id, id of the node it leads to) → may the path take it.</param>
    /// <param name="all">allShortestPaths (every shortest path) rather than shortestPath (one).</param>
    public ShortestPathSearch(QueryContext ctx, RelationshipStep step, Func<long, long, bool>? allowed, bool all)
    {
        this.ctx = ctx;
        graph = ctx.Graph;
        this.step = step;
        this.allowed = allowed;
        this.all = all;
    }

    private int Min => step.VariableLength ? step.Min : 1;

    private int Max => step.VariableLength ? step.Max : 1;

    /// <summary>The shortest paths from <paramref name="startId"/> to <paramref name="endId"/> (none, one, or all of the shortest length).</summary>
    public List<long[]> Bidirectional(long startId, long endId)
    {
        var found = new List<long[]>();
        if (startId == endId)
        {
            if (Min == 0)
            {
                found.Add([]);
            }

            return found;
        }

        var forward = new Side(startId, forward: true);
        var backward = new Side(endId, forward: false);
        var meetings = new List<long>();
        var expandForward = true;
        while (forward.Depth + backward.Depth < Max && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            expandForward = forward.Frontier.Count <= backward.Frontier.Count;
            if (expandForward ? ExpandLevel(forward, backward, meetings) : ExpandLevel(backward, forward, meetings))
            {
                break;
            }
        }

        var suffix = new List<long>();
        var forwardHalves = new List<long[]>();
        var backwardHalves = new List<long[]>();
        foreach (var meeting in meetings)
        {
            forwardHalves.Clear();
            backwardHalves.Clear();
            forward.Chains(meeting, suffix, forwardHalves, all);
            backward.Chains(meeting, suffix, backwardHalves, all);
            foreach (var head in forwardHalves)
            {
                foreach (var tail in backwardHalves)
                {
                    var path = new long[head.Length + tail.Length];
                    head.CopyTo(path, 0);
                    for (var i = 0; i < tail.Length; i++)
                    {
                        path[head.Length + i] = tail[tail.Length - 1 - i];
                    }

                    found.Add(path);
                    if (!all)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Relationship-unique paths from <paramref name="startId"/> to <paramref name="endId"/>, by increasing length within
    /// the bounds, tested by <paramref name="accept"/>: the first <paramref name="count"/> accepted ones (SHORTEST k), or
    /// all accepted ones of the first <paramref name="count"/> lengths where any is (SHORTEST k GROUPS; ALL SHORTEST is
    /// k = 1). Exponential in the length in the worst case, as any exhaustive search is.
    /// </summary>
    public List<long[]> Exhaustive(long startId, long endId, Func<long[], bool> accept, int count = 1)
    {
        var found = new List<long[]>();
        var groups = 0;
        if (startId == endId && Min > 0)
        {
            return found;
        }

        var used = new List<long>();
        for (var length = Min; length <= Max; length++)
        {
            var reached = false;
            var before = found.Count;
            Extend(startId, length);
            groups += found.Count > before ? 1 : 0;
            if ((all ? groups >= count : found.Count >= count) || !reached)
            {
                return found;
            }

            // Walks to exactly `length` relationships; `reached` records whether any walk got that far, since when none
            // does no longer path exists either.
            void Extend(long nodeId, int remaining)
            {
                ctx.Tick();
                if (remaining == 0)
                {
                    reached = true;
                    if (nodeId == endId && accept([.. used]))
                    {
                        found.Add([.. used]);
                    }

                    return;
                }

                var record = graph.GetNode(nodeId);
                if (record is null)
                {
                    return;
                }

                var direction = step.Direction;
                if (direction != RelationshipDirection.Incoming)
                {
                    for (var i = 0; i < record.OutgoingCount && (all || found.Count < count); i++)
                    {
                        Follow(record.Outgoing[i], nodeId, remaining);
                    }
                }

                if (direction != RelationshipDirection.Outgoing)
                {
                    for (var i = 0; i < record.IncomingCount && (all || found.Count < count); i++)
                    {
                        Follow(record.Incoming[i], nodeId, remaining);
                    }
                }
            }

            void Follow(AdjacencyEntry entry, long nodeId, int remaining)
            {
                if (entry.OtherNodeId == nodeId || !step.TypeMatches(entry.Type) || used.Contains(entry.RelationshipId)
                    || (allowed is not null && !allowed(entry.RelationshipId, entry.OtherNodeId)))
                {
                    return;
                }

                used.Add(entry.RelationshipId);
                Extend(entry.OtherNodeId, remaining - 1);
                used.RemoveAt(used.Count - 1);
            }
        }

        return found;
    }

    /// <summary>Expands one whole level of <paramref name="side"/>; true when it met <paramref name="other"/>.</summary>
    private bool ExpandLevel(Side side, Side other, List<long> meetings)
    {
        var depth = side.Depth + 1;
        var next = new List<long>();
        var direction = side.Forward ? step.Direction : Reverse(step.Direction);
        foreach (var nodeId in side.Frontier)
        {
            ctx.Tick();
            var record = graph.GetNode(nodeId);
            if (record is null)
            {
                continue;
            }

            if (direction != RelationshipDirection.Incoming)
            {
                for (var i = 0; i < record.OutgoingCount; i++)
                {
                    if (Reach(side, other, record.Outgoing[i], nodeId, depth, next, meetings))
                    {
                        return true;
                    }
                }
            }

            if (direction != RelationshipDirection.Outgoing)
            {
                for (var i = 0; i < record.IncomingCount; i++)
                {
                    if (Reach(side, other, record.Incoming[i], nodeId, depth, next, meetings))
                    {
                        return true;
                    }
                }
            }
        }

        side.Frontier = next;
        side.Depth = depth;
        return meetings.Count > 0;
    }

    /// <summary>Follows one adjacency entry from a frontier node; true when the search is over (shortestPath met).</summary>
    private bool Reach(Side side, Side other, in AdjacencyEntry entry, long fromId, int depth, List<long> next, List<long> meetings)
    {
        var to = entry.OtherNodeId;
        if (to == fromId || !step.TypeMatches(entry.Type))
        {
            return false;
        }

        var seen = side.Visited.TryGetValue(to, out var visit);
        if (seen && !(all && visit.Depth == depth))
        {
            return false;
        }

        if (allowed is not null && !allowed(entry.RelationshipId, to))
        {
            return false;
        }

        if (seen)
        {
            side.AddParent(to, fromId, entry.RelationshipId);
            return false;
        }

        side.Visited.Add(to, new Visit(depth, fromId, entry.RelationshipId, -1));
        next.Add(to);
        if (other.Visited.ContainsKey(to))
        {
            meetings.Add(to);
            return !all;
        }

        return false;
    }

    private static RelationshipDirection Reverse(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
        RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
        _ => RelationshipDirection.Both,
    };

    /// <summary>How a node was reached: its depth, the first parent and relationship, and the head of its other parents.</summary>
    private readonly record struct Visit(int Depth, long Parent, long Relationship, int MoreParents);

    /// <summary>One side of the bidirectional search: the nodes it reached, with their parents, and its frontier.</summary>
    private sealed class Side
    {
        // Parents beyond the first (allShortestPaths only), as linked lists threaded through one list.
        private readonly List<(long Parent, long Relationship, int Next)> moreParents = [];

        public Side(long root, bool forward)
        {
            Forward = forward;
            Visited.Add(root, new Visit(0, -1, -1, -1));
            Frontier = [root];
        }

        /// <summary>True for the side searching from the start node along the pattern's direction.</summary>
        public bool Forward { get; }

        public Dictionary<long, Visit> Visited { get; } = new();

        public List<long> Frontier { get; set; }

        public int Depth { get; set; }

        public void AddParent(long node, long parent, long relationship)
        {
            var visit = Visited[node];
            moreParents.Add((parent, relationship, visit.MoreParents));
            Visited[node] = visit with { MoreParents = moreParents.Count - 1 };
        }

        /// <summary>Adds to <paramref name="output"/> the relationship chains from this side's root to <paramref name="node"/> (one, or all).</summary>
        public void Chains(long node, List<long> suffix, List<long[]> output, bool all)
        {
            var visit = Visited[node];
            if (visit.Depth == 0)
            {
                var chain = new long[suffix.Count];
                for (var i = 0; i < chain.Length; i++)
                {
                    chain[i] = suffix[suffix.Count - 1 - i];
                }

                output.Add(chain);
                return;
            }

            suffix.Add(visit.Relationship);
            Chains(visit.Parent, suffix, output, all);
            suffix.RemoveAt(suffix.Count - 1);
            if (!all)
            {
                return;
            }

            for (var i = visit.MoreParents; i >= 0; i = moreParents[i].Next)
            {
                suffix.Add(moreParents[i].Relationship);
                Chains(moreParents[i].Parent, suffix, output, all);
                suffix.RemoveAt(suffix.Count - 1);
            }
        }
    }
}
