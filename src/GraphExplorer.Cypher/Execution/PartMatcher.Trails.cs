using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Quantified path patterns: the repeated path walked one iteration at a time (Cypher manual, "Patterns", "Variable-length patterns").
internal sealed partial class PartMatcher
{
    /// <summary>
    /// The matches of a quantified path pattern from <paramref name="fromId"/>. Iterations are walked depth first, one
    /// relationship at a time, with the iteration's node and relationship steps bound in their slots; an iteration is
    /// complete when the last node matches and its predicate holds, and its elements are then added to the group lists.
    /// An iteration's last node is the next one's first (it must match both node patterns). After at least Min and at
    /// most Max iterations, the node reached is the part's next node: the walk goes on from there and the matches are
    /// yielded as they are found, so a LIMIT downstream stops the walk. Relationships are unique in the whole MATCH
    /// (Neo4j's DIFFERENT RELATIONSHIPS), which also makes an unbounded quantifier end. Against the written direction
    /// each iteration is walked from its last node and the iterations from the last; the lists are bound in path order.
    /// </summary>
    private IEnumerable<object?[]> ExpandTrail(int hopIndex, Hop hop, QuantifiedTrail trail, long fromId, object?[] work, QueryContext ctx, List<long> used) =>
        Iterate(hopIndex, hop, new TrailWalk(trail), fromId, work, ctx, used, new MatchList());

    /// <summary>The walk has completed <see cref="TrailWalk.Iterations"/> iterations and stands at <paramref name="current"/>.</summary>
    private IEnumerable<object?[]> Iterate(int hopIndex, Hop hop, TrailWalk walk, long current, object?[] work, QueryContext ctx, List<long> used, MatchList found)
    {
        ctx.Tick();
        QueryRunner.EnsureStack();
        var step = hop.Relationship;
        if (walk.Iterations >= step.Min)
        {
            walk.Bind(work, hop.Reversed, step.Slot);
            StepTo(hopIndex, hop, current, work, ctx, used, found);
            foreach (var match in found.Rows)
            {
                yield return match;
            }

            found.Rows.Clear();
        }

        if (walk.Iterations >= step.Max)
        {
            yield break;
        }

        foreach (var match in WalkIteration(hopIndex, hop, walk, 0, current, work, ctx, used, found))
        {
            yield return match;
        }
    }

    /// <summary>One iteration, at its node number <paramref name="position"/> in walking order, standing at <paramref name="nodeId"/>.</summary>
    private IEnumerable<object?[]> WalkIteration(int hopIndex, Hop hop, TrailWalk walk, int position, long nodeId, object?[] work, QueryContext ctx, List<long> used, MatchList found)
    {
        var trail = walk.Trail;
        var length = trail.Relationships.Length;
        var nodeStep = trail.Nodes[hop.Reversed ? length - position : position];
        if (ctx.Graph.GetNode(nodeId) is not { } node || !NodeMatches(node, nodeStep, work, ctx))
        {
            yield break;
        }

        var nodeValue = new NodeValue(nodeId);
        work[nodeStep.Slot] = nodeValue;
        if (position == length)
        {
            if (trail.Where is { } where && !where(work, ctx))
            {
                yield break;
            }

            walk.Complete(work);
            foreach (var match in Iterate(hopIndex, hop, walk, nodeId, work, ctx, used, found))
            {
                yield return match;
            }

            walk.Undo();
            yield break;
        }

        var relationshipStep = trail.Relationships[hop.Reversed ? length - 1 - position : position];
        foreach (var (entry, startId, endId) in Steps(node, hop.Reversed ? Opposite(relationshipStep.Direction) : relationshipStep.Direction))
        {
            if (!relationshipStep.TypeIdMatches(entry.TypeId) || RelationshipUsed(entry.RelationshipId, used, work)
                || !RelationshipMatches(relationshipStep, entry.RelationshipId, work, ctx))
            {
                continue;
            }

            // Deeper iterations bind the same slots: this iteration's node is bound again before each relationship.
            var relationship = new RelationshipValue(entry.RelationshipId, RelationshipTypes.NameOf(entry.TypeId), startId, endId);
            work[nodeStep.Slot] = nodeValue;
            work[relationshipStep.Slot] = relationship;
            used.Add(entry.RelationshipId);
            walk.Relationships.Add(relationship);
            foreach (var match in WalkIteration(hopIndex, hop, walk, position + 1, entry.OtherNodeId, work, ctx, used, found))
            {
                yield return match;
            }

            walk.Relationships.RemoveAt(walk.Relationships.Count - 1);
            used.RemoveAt(used.Count - 1);
        }
    }

    private static RelationshipDirection Opposite(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
        RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
        _ => RelationshipDirection.Both,
    };

    /// <summary>
    /// The state of one walk through a quantified path pattern: the relationships walked, in walking order, and each
    /// group variable's elements of the completed iterations. Not thread-safe: one per walk.
    /// </summary>
    private sealed class TrailWalk(QuantifiedTrail trail)
    {
        private readonly List<object?>[] nodeGroups = [.. trail.NodeGroupSlots.Select(_ => new List<object?>())];

        private readonly List<object?>[] relationshipGroups = [.. trail.RelationshipGroupSlots.Select(_ => new List<object?>())];

        public QuantifiedTrail Trail { get; } = trail;

        public List<RelationshipValue> Relationships { get; } = [];

        public int Iterations { get; private set; }

        /// <summary>Adds the iteration bound in <paramref name="work"/> to the group lists.</summary>
        public void Complete(object?[] work)
        {
            Add(nodeGroups, Trail.NodeGroupSlots, Trail.Nodes.Select(n => n.Slot));
            Add(relationshipGroups, Trail.RelationshipGroupSlots, Trail.Relationships.Select(r => r.Slot));
            Iterations++;

            void Add(List<object?>[] groups, int[] groupSlots, IEnumerable<int> elementSlots)
            {
                var i = 0;
                foreach (var slot in elementSlots)
                {
                    if (groupSlots[i] >= 0)
                    {
                        groups[i].Add(work[slot]);
                    }

                    i++;
                }
            }
        }

        /// <summary>Takes the last completed iteration off the group lists.</summary>
        public void Undo()
        {
            Iterations--;
            foreach (var group in nodeGroups.Concat(relationshipGroups))
            {
                if (group.Count > Iterations)
                {
                    group.RemoveAt(group.Count - 1);
                }
            }
        }

        /// <summary>Binds the walked relationships and the group variables, as fresh lists in path order.</summary>
        public void Bind(object?[] work, bool reversed, int walkedSlot)
        {
            work[walkedSlot] = InPathOrder(Relationships.Cast<object?>(), reversed);
            for (var i = 0; i < nodeGroups.Length; i++)
            {
                if (Trail.NodeGroupSlots[i] >= 0)
                {
                    work[Trail.NodeGroupSlots[i]] = InPathOrder(nodeGroups[i], reversed);
                }
            }

            for (var i = 0; i < relationshipGroups.Length; i++)
            {
                if (Trail.RelationshipGroupSlots[i] >= 0)
                {
                    work[Trail.RelationshipGroupSlots[i]] = InPathOrder(relationshipGroups[i], reversed);
                }
            }
        }

        private static List<object?> InPathOrder(IEnumerable<object?> walked, bool reversed)
        {
            var list = new List<object?>(walked);
            if (reversed)
            {
                list.Reverse();
            }

            return list;
        }
    }
}
