using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Listing;

/// <summary>A Relay connection page: the entities with their cursors, page info and the total count.</summary>
public sealed record Connection(IReadOnlyList<ConnectionEdge> Edges, PageInfo PageInfo, int TotalCount)
{
    public IReadOnlyList<EntityRecord> Nodes => [.. Edges.Select(e => e.Node)];
}

public sealed record ConnectionEdge(string Cursor, EntityRecord Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A sort criterion of a list; <see cref="Field"/> is one of the list's sort fields (see <see cref="ListService"/>).</summary>
public sealed record SortOrder(string Field, bool Descending = false);
