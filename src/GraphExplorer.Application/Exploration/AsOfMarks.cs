using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Marks the agreements and events of an answer asked « as of » a day with where they stand then
/// (<see cref="AsOfStanding"/>, the rule in <see cref="AsOf"/>), so a reader sees which were only possibly signed or
/// held by then and which are undated. Answers asked without a day are returned unchanged. The filter's condition has
/// already left out what came after the day; a node marked null here is one that is not dated by nature (an
/// organisation, a person, a place).
/// </summary>
public static class AsOfMarks
{
    public static Subgraph Mark(Subgraph graph, DateOnly? day) =>
        day is null ? graph : graph with { Nodes = [.. graph.Nodes.Select(n => Mark(n, day))] };

    public static PathAnswer Mark(PathAnswer answer, DateOnly? day) =>
        day is null
            ? answer
            : answer with { Paths = [.. answer.Paths.Select(p => Mark(p, day))], WeakerPaths = [.. answer.WeakerPaths.Select(p => Mark(p, day))] };

    public static IReadOnlyList<TimelineItem> Mark(IReadOnlyList<TimelineItem> items, DateOnly? day) =>
        day is not { } d ? items : [.. items.Select(i => i with { StandingAsOf = AsOf.Standing(i.Start, d) })];

    private static GraphPath Mark(GraphPath path, DateOnly? day) => path with { Nodes = [.. path.Nodes.Select(n => Mark(n, day))] };

    private static GraphNode Mark(GraphNode node, DateOnly? day) =>
        day is { } d && node.EntityType is EntityType.Agreement or EntityType.Event
            ? node with { StandingAsOf = AsOf.Standing(node.Start, d) }
            : node;
}
