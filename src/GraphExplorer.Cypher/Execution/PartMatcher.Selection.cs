using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution;

// Path selectors over parts the shortest-path searches do not walk (Cypher manual, "Patterns", "Shortest paths").
internal sealed partial class PartMatcher
{
    /// <summary>
    /// True when the part has several steps or a quantified path pattern: its selector chooses among the part's matches
    /// (<see cref="SelectedPaths"/>) rather than running a shortest-path search over one relationship pattern.
    /// </summary>
    private bool SelectsAmongMatches => Relationships.Length != 1 || Relationships[0].Trail is not null;

    /// <summary>
    /// SHORTEST k, ANY k, ALL SHORTEST and SHORTEST k GROUPS over a part with several steps or a quantified path pattern:
    /// the part's matches (trails: relationships unique) that pass the selection filter
    /// (<see cref="ShortestPathConditions.Path"/>), partitioned by their start and end nodes; per partition, shortest
    /// first, the first k paths (SHORTEST k, ANY k) or the paths of the k shortest lengths (GROUPS). The matches are
    /// found by iterative deepening: every walk up to 0, 1, 2, … relationships; a partition is selected as soon as the
    /// paths within the cap decide it (no longer path can change its choice), and the search ends when no walk reached
    /// the cap (or, both ends bound before the MATCH, its one partition is selected). Decided partitions come out as
    /// soon as they are decided (a LIMIT stops the search); a pair of bound ends near each other is answered without
    /// walking every longer trail. Otherwise every trail from the start nodes is walked, each level again.
    /// </summary>
    private IEnumerable<object?[]> SelectedPaths(object?[] row, QueryContext ctx)
    {
        var selected = new HashSet<(long Start, long End)>();
        for (var cap = 0; ; cap++)
        {
            var walked = new WalkedRelationships { Cap = cap };
            var (partitions, order) = Partitions(row, ctx, walked);
            foreach (var key in order)
            {
                var shortestFirst = partitions[key].OrderBy(path => path.Length).ToList();
                if (selected.Contains(key) || (walked.CutOff && !Decided(shortestFirst, cap)))
                {
                    continue;
                }

                selected.Add(key);
                var chosen = Selector == PathSelector.AllShortestPaths
                    ? shortestFirst.TakeWhile(path => path.Length <= LengthOfGroup(shortestFirst, PathCount))
                    : shortestFirst.Take(PathCount);
                foreach (var (_, match) in chosen)
                {
                    yield return match;
                }
            }

            // Both ends bound before the MATCH: one partition, so once it is selected no longer walk can matter.
            if (!walked.CutOff || (StartBound && EndBound && selected.Count > 0))
            {
                yield break;
            }
        }
    }

    /// <summary>The matches within <paramref name="walked"/>'s cap that pass the filter, by start and end node, in the order first found.</summary>
    private (Dictionary<(long Start, long End), List<(int Length, object?[] Match)>> Partitions, List<(long Start, long End)> Order) Partitions(
        object?[] row, QueryContext ctx, WalkedRelationships walked)
    {
        var partitions = new Dictionary<(long Start, long End), List<(int Length, object?[] Match)>>();
        var order = new List<(long Start, long End)>();
        foreach (var match in EveryMatch(row, ctx, walked))
        {
            if ((Conditions.Path is { } filter && !filter(match, ctx))
                || match[Nodes[0].Slot] is not NodeValue start || match[Nodes[^1].Slot] is not NodeValue end)
            {
                continue;
            }

            var key = (start.Id, end.Id);
            if (!partitions.TryGetValue(key, out var paths))
            {
                partitions[key] = paths = [];
                order.Add(key);
            }

            paths.Add((PathLength(match), match));
        }

        return (partitions, order);
    }

    /// <summary>
    /// True when the paths of a partition within <paramref name="cap"/> relationships already fix the selection: k of
    /// them (SHORTEST k, ANY k), or k distinct lengths (GROUPS); every path not seen yet is longer than the cap.
    /// </summary>
    private bool Decided(List<(int Length, object?[] Match)> shortestFirst, int cap)
    {
        var within = shortestFirst.Where(path => path.Length <= cap);
        return Selector == PathSelector.AllShortestPaths
            ? within.Select(path => path.Length).Distinct().Count() >= PathCount
            : within.Count() >= PathCount;
    }

    /// <summary>The length of the <paramref name="groups"/>-th distinct length among paths sorted by length (the longest when fewer).</summary>
    private static int LengthOfGroup(List<(int Length, object?[] Match)> shortestFirst, int groups) =>
        shortestFirst.Select(path => path.Length).Distinct().Take(groups).Last();

    /// <summary>The number of relationships of the part's path in a match.</summary>
    private int PathLength(object?[] match)
    {
        var length = 0;
        foreach (var step in Relationships)
        {
            length += match[step.Slot] switch
            {
                RelationshipValue => 1,
                List<object?> list => list.Count,
                _ => 0,
            };
        }

        return length;
    }
}
