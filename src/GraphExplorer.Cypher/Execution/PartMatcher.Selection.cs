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
    /// every match of the part (trails, relationships unique, so an unbounded quantifier ends) that passes the
    /// selection filter (<see cref="ShortestPathConditions.Path"/>), partitioned by its start and end nodes; per
    /// partition, shortest first, the first k paths (SHORTEST k, ANY k) or the paths of the k shortest lengths (GROUPS).
    /// Every match from the part's start nodes is found before any is selected: the cost is the whole enumeration.
    /// </summary>
    private IEnumerable<object?[]> SelectedPaths(object?[] row, QueryContext ctx)
    {
        var partitions = new Dictionary<(long Start, long End), List<(int Length, object?[] Match)>>();
        var order = new List<(long Start, long End)>();
        foreach (var match in EveryMatch(row, ctx))
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

        foreach (var key in order)
        {
            var shortestFirst = partitions[key].OrderBy(path => path.Length).ToList();
            var selected = Selector == PathSelector.AllShortestPaths
                ? shortestFirst.TakeWhile(path => path.Length <= LengthOfGroup(shortestFirst, PathCount))
                : shortestFirst.Take(PathCount);
            foreach (var (_, match) in selected)
            {
                yield return match;
            }
        }
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
