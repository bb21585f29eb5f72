using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Connecting paths between two entities, ranked by what they mean (see <see cref="PathRanking"/>) and diverse, over
/// drawable relationships (never through provenance).
/// </summary>
/// <remarks>
/// By default a path passes only through organisations, people, agreements and events; places, sectors and facts are
/// walked only when asked (<c>through</c>), and a path through them is marked <see cref="GraphPath.ThroughReference"/>.
/// The search is done here rather than in Cypher so both backends answer alike: the neighbourhoods of the two ends
/// (half the step limit each, over the allowed types) are read level by level, then paths are enumerated cheapest
/// first (A* over paths, the remaining steps as estimate), so longer paths come back too when the limit allows them.
/// At most <see cref="NodeBudget"/> nodes are read and <see cref="ExpansionBudget"/> partial paths extended; an answer
/// cut short by either says so in its reason. Thread-safe (stateless).
/// </remarks>
public sealed class PathService(IGraphDatabase database)
{
    public const int MaxLength = 8;

    /// <summary>How many nodes the two neighbourhoods may hold before the search stops reading.</summary>
    public const int NodeBudget = 20_000;

    // Candidates enumerated per path asked for, from which the diverse answer is picked.
    private const int CandidatesPerPath = 20;
    /// <summary>How many partial paths the search may extend before it stops.</summary>
    public const int ExpansionBudget = 200_000;

    private readonly NodeCards cards = new(database);

    /// <summary>The ranked paths only (see <see cref="ConnectionsAsync"/>).</summary>
    public async Task<IReadOnlyList<GraphPath>> PathsAsync(
        string from,
        string to,
        int maxLength = 6,
        GraphFilter? filter = null,
        int first = 5,
        IReadOnlyCollection<EntityType>? through = null,
        CancellationToken cancellationToken = default) =>
        (await ConnectionsAsync(from, to, maxLength, filter, first, through, cancellationToken)).Paths;

    /// <summary>
    /// The ranked paths of at most <paramref name="maxLength"/> steps through documented entities and the reference
    /// types named in <paramref name="through"/>; when none avoids reference nodes, says so, and when no reference type
    /// was asked for, offers the links through places, sectors and facts as weaker paths.
    /// </summary>
    public async Task<PathAnswer> ConnectionsAsync(
        string from,
        string to,
        int maxLength = 6,
        GraphFilter? filter = null,
        int first = 5,
        IReadOnlyCollection<EntityType>? through = null,
        CancellationToken cancellationToken = default)
    {
        if (maxLength is < 1 or > MaxLength)
        {
            throw ApplicationErrors.InvalidArgument("maxLength", $"must be between 1 and {MaxLength}, got {maxLength}");
        }

        if (first is < 1 or > 100)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and 100, got {first}");
        }

        through ??= [];
        if (through.Contains(EntityType.Source))
        {
            throw ApplicationErrors.InvalidArgument("through", "SOURCE cannot be walked through: sources are provenance, not links");
        }

        filter ??= GraphFilter.None;
        filter.Validate();
        GraphModel.RequireTypeOfKey(from);
        GraphModel.RequireTypeOfKey(to);
        var ends = await cards.EntitiesAsync([from, to], cancellationToken);
        foreach (var id in new[] { from, to }.Where(id => !ends.ContainsKey(id)))
        {
            throw ApplicationErrors.UnknownId(id);
        }

        if (from == to)
        {
            var only = await cards.GraphNodesAsync([from], cancellationToken);
            return new PathAnswer([new GraphPath([only[from]], [])], false, null, [], maxLength);
        }

        var allowed = PathRanking.DocumentedTypes.Concat(through).ToHashSet();
        var (found, truncated) = await SearchAsync(from, to, maxLength, filter, first, allowed, cancellationToken);
        var paths = await ToGraphPathsAsync(found, cancellationToken);
        if (paths.Any(p => !p.ThroughReference))
        {
            return new PathAnswer(paths, false, null, [], maxLength);
        }

        var reason = $"No documented link within {maxLength} steps: no chain of organisations, people, agreements and events joins them" +
            (truncated ? $" among the nodes read before the search reached its limit ({NodeBudget} nodes, {ExpansionBudget} expansions)." : ".");
        // Asked for reference nodes, the user already has the weaker links among the paths, marked as such.
        IReadOnlyList<GraphPath> weaker = [];
        if (through.Count == 0)
        {
            var (weak, _) = await SearchAsync(
                from, to, maxLength, filter, first, [.. PathRanking.DocumentedTypes, .. PathRanking.ReferenceTypes], cancellationToken);
            weaker = await ToGraphPathsAsync(weak, cancellationToken);
        }

        return new PathAnswer(paths, true, reason, weaker, maxLength);
    }

    private async Task<(List<FoundPath> Paths, bool Truncated)> SearchAsync(
        string from,
        string to,
        int maxLength,
        GraphFilter filter,
        int first,
        HashSet<EntityType> allowed,
        CancellationToken cancellationToken)
    {
        var graph = new Dictionary<string, Dictionary<string, Step>>(StringComparer.Ordinal);
        bool Walkable(string key) => key == from || key == to || GraphModel.TypeOfKey(key) is { } type && allowed.Contains(type);

        // Every path of at most maxLength steps lies within (maxLength + 1) / 2 steps of one end or maxLength / 2 of the other.
        var nearFrom = await BallAsync(from, (maxLength + 1) / 2, graph, Walkable, cancellationToken);
        var nearTo = await BallAsync(to, maxLength / 2, graph, Walkable, cancellationToken);
        var truncated = nearFrom.Truncated || nearTo.Truncated;
        var inside = nearFrom.Keys.Concat(nearTo.Keys).ToHashSet(StringComparer.Ordinal);
        await ReadStepsAsync([.. inside.Where(k => !graph.ContainsKey(k))], graph, cancellationToken);
        if (!filter.IsEmpty)
        {
            var accepted = await AcceptedAsync([.. inside.Where(k => k != from && k != to)], filter, cancellationToken);
            inside.RemoveWhere(k => k != from && k != to && !accepted.Contains(k));
        }

        var stepsToEnd = Distances(to, graph, inside, maxLength);
        var (candidates, stopped) = Enumerate(from, to, maxLength, first * CandidatesPerPath, graph, inside, stepsToEnd);
        return (PathRanking.PickDiverse(candidates, p => p.Cost, p => p.Keys, first), truncated || stopped);
    }

    private async Task<(HashSet<string> Keys, bool Truncated)> BallAsync(
        string centre,
        int radius,
        Dictionary<string, Dictionary<string, Step>> graph,
        Func<string, bool> walkable,
        CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { centre };
        List<string> frontier = [centre];
        for (var depth = 0; depth < radius && frontier.Count > 0; depth++)
        {
            await ReadStepsAsync([.. frontier.Where(k => !graph.ContainsKey(k))], graph, cancellationToken);
            var next = new List<string>();
            foreach (var key in frontier)
            {
                foreach (var neighbour in graph[key].Keys.Where(k => walkable(k) && seen.Add(k)))
                {
                    next.Add(neighbour);
                    if (seen.Count >= NodeBudget)
                    {
                        return (seen, true);
                    }
                }
            }

            frontier = next;
        }

        return (seen, false);
    }

    /// <summary>Reads the drawable relationships of these nodes, keeping per neighbour the strongest one.</summary>
    private async Task ReadStepsAsync(List<string> keys, Dictionary<string, Dictionary<string, Step>> graph, CancellationToken cancellationToken)
    {
        var types = string.Join('|', GraphModel.DrawableRelationshipTypes);
        foreach (var key in keys)
        {
            graph.TryAdd(key, new Dictionary<string, Step>(StringComparer.Ordinal));
        }

        foreach (var (type, group) in NodeCards.GroupByType(keys))
        {
            foreach (var outgoing in new[] { true, false })
            {
                var pattern = outgoing ? $"-[r:{types}]->" : $"<-[r:{types}]-";
                var rows = await database.ReadAsync(
                    $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}){pattern}(m) WHERE {Visible.And("m.key IS NOT NULL", "n", "r", "m")} " +
                    "RETURN k AS key, m.key AS other, r",
                    GraphQueries.Parameters(("keys", group)),
                    cancellationToken);
                foreach (var row in rows)
                {
                    var key = row.Get<string>("key");
                    var other = row.Get<string>("other");
                    var relationship = row.Get<CypherRelationship>("r");
                    var inferred = Inference.Of(relationship.Properties).Inferred;
                    var step = new Step(
                        outgoing ? key : other,
                        outgoing ? other : key,
                        relationship,
                        PathRanking.StepCost(relationship.Type, inferred),
                        inferred);
                    var steps = graph[key];
                    if (!steps.TryGetValue(other, out var known) || step.Cost < known.Cost)
                    {
                        steps[other] = step;
                    }
                }
            }
        }
    }

    private static Dictionary<string, int> Distances(
        string origin,
        Dictionary<string, Dictionary<string, Step>> graph,
        HashSet<string> inside,
        int maxLength)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [origin] = 0 };
        var queue = new Queue<string>([origin]);
        while (queue.TryDequeue(out var key))
        {
            if (distances[key] >= maxLength || !graph.TryGetValue(key, out var steps))
            {
                continue;
            }

            foreach (var neighbour in steps.Keys.Where(k => inside.Contains(k) && !distances.ContainsKey(k)))
            {
                distances[neighbour] = distances[key] + 1;
                queue.Enqueue(neighbour);
            }
        }

        return distances;
    }

    /// <summary>
    /// Simple paths from <paramref name="from"/> to <paramref name="to"/>, cheapest first, at most <paramref name="limit"/>;
    /// <c>Stopped</c> when the expansion budget ran out before the search was done.
    /// </summary>
    private static (List<FoundPath> Found, bool Stopped) Enumerate(
        string from,
        string to,
        int maxLength,
        int limit,
        Dictionary<string, Dictionary<string, Step>> graph,
        HashSet<string> inside,
        Dictionary<string, int> stepsToEnd)
    {
        var found = new List<FoundPath>();
        if (!stepsToEnd.TryGetValue(from, out var fromDistance))
        {
            return (found, false);
        }

        var open = new PriorityQueue<FoundPath, (double, int)>();
        open.Enqueue(new FoundPath([from], [], 0), (fromDistance * PathRanking.MinimumStepCost, 0));
        var expansions = 0;
        while (found.Count < limit && expansions++ < ExpansionBudget && open.TryDequeue(out var path, out _))
        {
            var last = path.Keys[^1];
            if (last == to)
            {
                found.Add(path);
                continue;
            }

            foreach (var (next, step) in graph.GetValueOrDefault(last) ?? [])
            {
                if (!inside.Contains(next) || path.Keys.Contains(next) ||
                    !stepsToEnd.TryGetValue(next, out var remaining) || path.Steps.Count + 1 + remaining > maxLength)
                {
                    continue;
                }

                var extended = new FoundPath([.. path.Keys, next], [.. path.Steps, step], path.Cost + step.Cost);
                open.Enqueue(extended, (extended.Cost + remaining * PathRanking.MinimumStepCost, extended.Steps.Count));
            }
        }

        return (found, found.Count < limit && expansions > ExpansionBudget && open.Count > 0);
    }

    private async Task<List<GraphPath>> ToGraphPathsAsync(List<FoundPath> found, CancellationToken cancellationToken)
    {
        var nodes = await cards.GraphNodesAsync(found.SelectMany(p => p.Keys).Distinct(), cancellationToken);
        var result = new List<GraphPath>();
        foreach (var path in found)
        {
            var edges = await GraphEdges.BuildAsync(
                cards, [.. path.Steps.Select(s => (s.Start, s.End, s.Relationship))], cancellationToken);
            var inOrder = path.Steps.Select(s => edges.First(e => e.Id == GraphEdges.EdgeId(s.Start, s.Relationship.Type, s.End))).ToList();
            result.Add(new GraphPath([.. path.Keys.Select(k => nodes[k])], inOrder)
            {
                ThroughReference = path.Keys.Skip(1).SkipLast(1).Any(k => GraphModel.TypeOfKey(k) is { } type && PathRanking.IsReference(type)),
                Inferred = path.Steps.Any(s => s.Inferred),
            });
        }

        return result;
    }

    private async Task<HashSet<string>> AcceptedAsync(List<string> keys, GraphFilter filter, CancellationToken cancellationToken)
    {
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, group) in NodeCards.GroupByType(keys))
        {
            var parameters = GraphQueries.Parameters(("keys", group));
            var condition = filter.ToCypher("n", type, parameters);
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}) WHERE {condition} RETURN k AS key",
                parameters,
                cancellationToken);
            accepted.UnionWith(rows.Select(r => r.Get<string>("key")));
        }

        return accepted;
    }

    /// <summary>One relationship walked, in its stored direction, with its cost.</summary>
    private sealed record Step(string Start, string End, CypherRelationship Relationship, double Cost, bool Inferred);

    private sealed record FoundPath(IReadOnlyList<string> Keys, IReadOnlyList<Step> Steps, double Cost);
}
