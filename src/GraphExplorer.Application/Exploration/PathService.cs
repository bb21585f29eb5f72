using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Shortest connecting paths between two entities over drawable relationships (never through provenance).
/// </summary>
/// <remarks>
/// Uses <c>allShortestPaths</c> with a typed relationship pattern (the allowed types, so sources are unreachable:
/// only <c>CITED_IN</c> leads to them). The embedded engine applies path predicates only after picking shortest
/// paths, so the filter is applied afterwards to the intermediate nodes (the ends are what the user asked for):
/// with a filter, fewer paths may come back than exist at a greater length. Thread-safe (stateless).
/// </remarks>
public sealed class PathService(IGraphDatabase database)
{
    public const int MaxLength = 8;

    private readonly NodeCards cards = new(database);

    public async Task<IReadOnlyList<GraphPath>> PathsAsync(
        string from,
        string to,
        int maxLength = 6,
        GraphFilter? filter = null,
        int first = 5,
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

        filter ??= GraphFilter.None;
        filter.Validate();
        var fromType = GraphModel.RequireTypeOfKey(from);
        var toType = GraphModel.RequireTypeOfKey(to);
        var ends = await cards.EntitiesAsync([from, to], cancellationToken);
        foreach (var id in new[] { from, to }.Where(id => !ends.ContainsKey(id)))
        {
            throw ApplicationErrors.UnknownId(id);
        }

        if (from == to)
        {
            var only = await cards.GraphNodesAsync([from], cancellationToken);
            return [new GraphPath([only[from]], [])];
        }

        // maxLength is an int checked above: it is part of the pattern, not a value from the user's text.
        var types = string.Join('|', GraphModel.DrawableRelationshipTypes);
        var rows = await database.ReadAsync(
            $"MATCH (a:{GraphModel.Label(fromType)} {{key: $from}}), (b:{GraphModel.Label(toType)} {{key: $to}}) " +
            $"MATCH p = allShortestPaths((a)-[:{types}*..{maxLength}]-(b)) RETURN p",
            GraphQueries.Parameters(("from", from), ("to", to)),
            cancellationToken);
        var paths = rows.Select(r => r.Get<CypherPath>("p"))
            .Select(p => (Keys: p.Nodes.Select(n => n.Properties.GetValueOrDefault("key") as string ?? "").ToList(), Path: p))
            .Where(p => p.Keys.All(k => k.Length > 0))
            .OrderBy(p => string.Join(' ', p.Keys), StringComparer.Ordinal)
            .ToList();
        if (!filter.IsEmpty)
        {
            var inner = paths.SelectMany(p => p.Keys.Skip(1).SkipLast(1)).Distinct().ToList();
            var accepted = await AcceptedAsync(inner, filter, cancellationToken);
            paths = paths.Where(p => p.Keys.Skip(1).SkipLast(1).All(accepted.Contains)).ToList();
        }

        paths = paths.Take(first).ToList();
        var nodes = await cards.GraphNodesAsync(paths.SelectMany(p => p.Keys), cancellationToken);
        var result = new List<GraphPath>();
        foreach (var (keys, path) in paths)
        {
            var byElement = path.Nodes.ToDictionary(n => n.ElementId, n => (string)n.Properties["key"]!);
            var relationships = path.Relationships
                .Select(r => (byElement[r.StartElementId], byElement[r.EndElementId], r))
                .ToList();
            var edges = await GraphEdges.BuildAsync(cards, relationships, cancellationToken);
            var inOrder = path.Relationships.Select(r => edges.First(e => e.Id == GraphEdges.EdgeId(byElement[r.StartElementId], r.Type, byElement[r.EndElementId]))).ToList();
            result.Add(new GraphPath([.. keys.Select(k => nodes[k])], inOrder));
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
}
