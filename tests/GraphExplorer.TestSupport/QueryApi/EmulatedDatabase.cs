using System.Globalization;
using GraphExplorer.Cypher;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>
/// One database of the emulator: an in-memory embedded engine and the number of write commits it has seen, from which
/// its bookmarks are made (<c>FB:gx-emulator:{database}:{commit}</c>).
/// </summary>
/// <remarks>Thread-safe: the commit count is only changed with <see cref="Interlocked"/>.</remarks>
internal sealed class EmulatedDatabase(string name, EmbeddedGraphDatabase engine)
{
    private long commits;

    public string Name { get; } = name;

    public EmbeddedGraphDatabase Engine { get; } = engine;

    /// <summary>The bookmark of the latest committed write (one exists from the start: the empty database).</summary>
    public string Bookmark => Format(Interlocked.Read(ref commits));

    /// <summary>Records a committed write and returns its bookmark.</summary>
    public string Committed() => Format(Interlocked.Increment(ref commits));

    /// <summary>
    /// Checks bookmarks sent with a request: each must be one this database gave out. (Every commit is visible at once
    /// here, so a valid bookmark never needs waiting for.)
    /// </summary>
    public void CheckBookmarks(IReadOnlyList<string> bookmarks)
    {
        var prefix = $"FB:gx-emulator:{Name}:";
        foreach (var bookmark in bookmarks)
        {
            if (!bookmark.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || !long.TryParse(bookmark.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var commit)
                || commit > Interlocked.Read(ref commits))
            {
                throw new EmulatorErrorException(EmulatorError.InvalidBookmark(bookmark));
            }
        }
    }

    private string Format(long commit) => $"FB:gx-emulator:{Name}:{commit.ToString(CultureInfo.InvariantCulture)}";
}
