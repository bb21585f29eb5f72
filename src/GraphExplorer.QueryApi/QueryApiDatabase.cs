using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>
/// One database the Query API serves: its name in the URL, the database abstraction behind it, and the ledger its
/// bookmarks are made from (shared with Bolt when both serve the same database, so a bookmark of one is good on the other).
/// </summary>
public sealed class QueryApiDatabase(string name, IGraphDatabase database, BookmarkLedger bookmarks)
{
    public string Name { get; } = name;

    public IGraphDatabase Database { get; } = database;

    public BookmarkLedger Bookmarks { get; } = bookmarks;

    /// <summary>Checks bookmarks sent with a request: each must be one this server gave out (every commit is visible at
    /// once, so a valid bookmark never needs waiting for).</summary>
    internal void CheckBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (Bookmarks.FindUnsatisfied(bookmarks) is { } unsatisfied)
        {
            throw new QueryApiErrorException(QueryApiError.InvalidBookmark(unsatisfied.Bookmark, unsatisfied.Malformed));
        }
    }
}
