using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Visibility;

/// <summary>
/// The ordered visibility levels a node or relationship may carry in its <see cref="Property"/> property, lowest first
/// (configured as <c>Access:Visibility:Levels</c>, default just <c>public</c>). An item without the property is at the
/// lowest level. Immutable and thread-safe.
/// </summary>
public sealed class VisibilityLevels
{
    /// <summary>The property that carries an item's level.</summary>
    public const string Property = "visibility";

    /// <summary>The zero-setup levels: one level, so every reader sees everything.</summary>
    public static VisibilityLevels Default { get; } = new(["public"]);

    public VisibilityLevels(IReadOnlyList<string> ordered)
    {
        if (ordered.Count == 0)
        {
            throw new ArgumentException("At least one visibility level is needed (the lowest is what anonymous readers see).", nameof(ordered));
        }

        var duplicate = ordered.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null || ordered.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Visibility levels must be distinct and non-empty, got [{string.Join(", ", ordered)}].", nameof(ordered));
        }

        Ordered = ordered;
    }

    /// <summary>The levels, lowest first.</summary>
    public IReadOnlyList<string> Ordered { get; }

    public string Lowest => Ordered[0];

    public string Highest => Ordered[^1];

    /// <summary>Whether <paramref name="level"/> is one of the configured levels.</summary>
    public bool Contains(string level) => Ordered.Contains(level, StringComparer.Ordinal);

    /// <summary>
    /// What a reader whose highest level is <paramref name="highest"/> may see: unrestricted at the highest level (so with
    /// one level, the default, nobody's reads are filtered), otherwise the levels up to and including it.
    /// </summary>
    public ReaderVisibility UpTo(string highest)
    {
        var index = IndexOf(highest, "highest");
        return index == Ordered.Count - 1 ? ReaderVisibility.Unrestricted : ReaderVisibility.Restricted([.. Ordered.Take(index + 1)]);
    }

    /// <summary>The level a steward gives in a mutation, checked against the configured levels.</summary>
    /// <exception cref="ExplorerException">Not a configured level (the error names the field and the levels).</exception>
    public string Check(string level, string path)
    {
        if (!Contains(level))
        {
            throw ApplicationErrors.InvalidArgument(path, $"'{level}' is not a visibility level (expected one of {string.Join(", ", Ordered)})");
        }

        return level;
    }

    /// <summary>The higher of two configured levels.</summary>
    public string Max(string a, string b) => IndexOf(a, "a") >= IndexOf(b, "b") ? a : b;

    private int IndexOf(string level, string what)
    {
        var index = Ordered.ToList().IndexOf(level);
        return index >= 0
            ? index
            : throw new ArgumentException($"'{level}' is not a configured visibility level (expected one of {string.Join(", ", Ordered)}).", what);
    }
}
