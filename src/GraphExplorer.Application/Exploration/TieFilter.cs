using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Keeps the ties that meet a filter's bar for ties: stated by at least <see cref="GraphFilter.MinSources"/>
/// independent sources (<see cref="EvidenceWeight"/>), with <see cref="GraphFilter.StatedOnly"/> stated rather than
/// inferred, and with <see cref="GraphFilter.AsOf"/> holding on that day by their <c>since</c> / <c>until</c>
/// (<see cref="Domain.AsOf.TieHolds"/>). A neighbourhood loses the other ties and then the nodes no kept tie joins to
/// its centre (they were shown only because of those ties); connections lose the paths that pass through such a tie.
/// </summary>
public static class TieFilter
{
    public static bool Applies(GraphFilter? filter) => filter is { MinSources: > 1 } or { StatedOnly: true } or { AsOf: not null };

    public static bool Keeps(GraphEdge edge, GraphFilter filter) =>
        edge.IndependentSourceCount >= (filter.MinSources ?? 0)
        && !(filter.StatedOnly && Inference.Of(edge.Properties).Inferred)
        && (filter.AsOf is not { } day || AsOf.TieHolds(edge.Since, edge.Until, day));

    /// <summary>The neighbourhood of <paramref name="centre"/> with only the kept ties and what they still join to it.</summary>
    public static Subgraph Apply(Subgraph graph, string centre, GraphFilter? filter)
    {
        if (filter is null || !Applies(filter))
        {
            return graph;
        }

        var edges = graph.Edges.Where(e => Keeps(e, filter)).ToList();
        var joined = new HashSet<string>(StringComparer.Ordinal) { centre };
        var frontier = new Queue<string>([centre]);
        var byNode = edges.SelectMany(e => new[] { (From: e.Source, To: e.Target), (From: e.Target, To: e.Source) })
            .ToLookup(p => p.From, p => p.To, StringComparer.Ordinal);
        while (frontier.TryDequeue(out var node))
        {
            foreach (var next in byNode[node].Where(joined.Add))
            {
                frontier.Enqueue(next);
            }
        }

        return graph with
        {
            Nodes = [.. graph.Nodes.Where(n => joined.Contains(n.Id))],
            Edges = [.. edges.Where(e => joined.Contains(e.Source) && joined.Contains(e.Target))],
        };
    }

    /// <summary>The connections without the paths through a tie below the bar.</summary>
    public static PathAnswer Apply(PathAnswer answer, GraphFilter? filter) =>
        filter is null || !Applies(filter)
            ? answer
            : answer with
            {
                Paths = [.. answer.Paths.Where(p => p.Edges.All(e => Keeps(e, filter)))],
                WeakerPaths = [.. answer.WeakerPaths.Where(p => p.Edges.All(e => Keeps(e, filter)))],
            };
}
