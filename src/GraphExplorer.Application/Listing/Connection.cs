using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Listing;

/// <summary>A Relay connection page: the entities with their cursors, page info and the total count.</summary>
public sealed record Connection(IReadOnlyList<ConnectionEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>The list this is a page of, for its aggregates (null when built by hand).</summary>
    public ListQuery? Query { get; init; }

    public IReadOnlyList<EntityRecord> Nodes => [.. Edges.Select(e => e.Node)];
}

/// <summary>An item of a connection and its cursor.</summary>
public sealed record ConnectionEdge(string Cursor, EntityRecord Node)
{
    /// <summary>In a nested connection (<see cref="ListScope"/>), the relationships that tie the item to the parent
    /// (e.g. ORGANIZED and PARTICIPATED_IN for an organisation's events); empty in top-level lists.</summary>
    public IReadOnlyList<ParentLink> Links { get; init; } = [];
}

/// <summary>A relationship between a nested connection's parent and one of its items: its type and properties.</summary>
public sealed record ParentLink(string Type, IReadOnlyDictionary<string, object?> Properties);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A sort criterion of a list; <see cref="Field"/> is one of the list's sort fields (see <see cref="ListService"/>).</summary>
public sealed record SortOrder(string Field, bool Descending = false);
