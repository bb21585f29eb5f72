namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// An edit of a list a steward can change (aliases, sectors, parties, …): <see cref="Replace"/> makes it exactly the
/// given items; otherwise <see cref="Remove"/> takes items out and <see cref="Add"/> puts new ones at the end (kept
/// once; adding an item already there changes nothing). Replacing and adding/removing in one edit is refused (the
/// steward's intent would be ambiguous). Items are matched by the key the caller gives (ids; aliases as written).
/// Immutable.
/// </summary>
public sealed record ListEdit<T>(IReadOnlyList<T>? Replace = null, IReadOnlyList<T>? Add = null, IReadOnlyList<string>? Remove = null)
{
    public static ListEdit<T> Replacing(params IReadOnlyList<T> items) => new(Replace: items);

    public static ListEdit<T> Adding(params IReadOnlyList<T> items) => new(Add: items);

    public static ListEdit<T> Removing(params IReadOnlyList<string> keys) => new(Remove: keys);

    /// <summary>The list after the edit.</summary>
    /// <param name="current">The stored items, in order.</param>
    /// <param name="key">What identifies an item (two items with the same key are the same item).</param>
    /// <param name="path">The input field, for the error when the edit both replaces and adds or removes.</param>
    public IReadOnlyList<T> Apply(IReadOnlyList<T> current, Func<T, string> key, string path)
    {
        if (Replace is not null && (Add is not null || Remove is not null))
        {
            throw Domain.ApplicationErrors.ValidationFailed(path, "give either the whole list or items to add and remove, not both");
        }

        if (Replace is not null)
        {
            return [.. Replace.DistinctBy(key)];
        }

        var removed = new HashSet<string>(Remove ?? [], StringComparer.Ordinal);
        var result = current.Where(item => !removed.Contains(key(item))).ToList();
        foreach (var item in Add ?? [])
        {
            if (!result.Any(existing => key(existing) == key(item)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Every item the edit names as kept or added (for checking that the ids exist).</summary>
    public IEnumerable<T> Named => [.. Replace ?? [], .. Add ?? []];
}
