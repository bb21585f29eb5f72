using System.Globalization;

namespace GraphExplorer.Database;

/// <summary>
/// Bookmarks of this server: "graphexplorer:{run}:{n}", where run identifies this server process and n counts the
/// transactions committed through it. The one database applies every commit before it answers, so a bookmark never has to
/// be waited for: a bookmark of this run up to the current count, or of an earlier run (whose commits are durable), is
/// satisfied; a malformed one, or one of this run past the count, is refused as Neo4j refuses an invalid bookmark.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class BookmarkLedger
{
    private const string Prefix = "graphexplorer:";
    private readonly string run = DateTime.UtcNow.Ticks.ToString("x", CultureInfo.InvariantCulture);
    private long committed;

    /// <summary>The bookmark of the latest commit, for work that committed nothing.</summary>
    public string Current => Format(Interlocked.Read(ref committed));

    /// <summary>Records a commit and returns its bookmark.</summary>
    public string Commit() => Format(Interlocked.Increment(ref committed));

    /// <summary>Null when every bookmark is satisfied, else the first that is not, with whether it is malformed.</summary>
    public (string Bookmark, bool Malformed)? FindUnsatisfied(IEnumerable<string> bookmarks)
    {
        foreach (var bookmark in bookmarks)
        {
            var parts = bookmark.Split(':');
            if (parts.Length != 3 || parts[0] + ":" != Prefix
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return (bookmark, true);
            }

            if (parts[1] == run && count > Interlocked.Read(ref committed))
            {
                return (bookmark, false);
            }
        }

        return null;
    }

    private string Format(long count) => $"{Prefix}{run}:{count.ToString(CultureInfo.InvariantCulture)}";
}
