namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The immutable properties of an entity: a small array of key/value pairs searched linearly (entities have few
/// properties, and a linear scan over a handful of keys beats hashing). Null values are never stored.
/// </summary>
internal sealed class PropertyMap
{
    public static readonly PropertyMap Empty = new(Array.Empty<KeyValuePair<string, object>>());

    private readonly KeyValuePair<string, object>[] entries;

    private PropertyMap(KeyValuePair<string, object>[] entries) => this.entries = entries;

    public int Count => entries.Length;

    public ReadOnlySpan<KeyValuePair<string, object>> Entries => entries;

    public static PropertyMap From(IEnumerable<KeyValuePair<string, object>> pairs)
    {
        var map = Empty;
        foreach (var (key, value) in pairs)
        {
            map = map.With(key, value);
        }

        return map;
    }

    /// <summary>The map of a journalled dictionary (distinct keys, no null values): one array, no intermediate copies.</summary>
    public static PropertyMap From(System.Collections.Immutable.ImmutableDictionary<string, object> pairs)
    {
        if (pairs.IsEmpty)
        {
            return Empty;
        }

        var array = new KeyValuePair<string, object>[pairs.Count];
        var i = 0;
        foreach (var pair in pairs)
        {
            if (pair.Value is null)
            {
                return From((IEnumerable<KeyValuePair<string, object>>)pairs);
            }

            array[i++] = pair;
        }

        return new PropertyMap(array);
    }

    /// <summary>The map of entries with distinct keys and no null value, taking ownership of the array.</summary>
    internal static PropertyMap FromDistinct(KeyValuePair<string, object>[] entries) =>
        entries.Length == 0 ? Empty : new PropertyMap(entries);

    public object? Get(string key)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    public bool ContainsKey(string key) => Get(key) is not null;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>, or removed when it is null.</summary>
    public PropertyMap With(string key, object? value)
    {
        var index = -1;
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        if (value is null)
        {
            if (index < 0)
            {
                return this;
            }

            var smaller = new KeyValuePair<string, object>[entries.Length - 1];
            Array.Copy(entries, 0, smaller, 0, index);
            Array.Copy(entries, index + 1, smaller, index, entries.Length - index - 1);
            return new PropertyMap(smaller);
        }

        if (index >= 0)
        {
            var same = (KeyValuePair<string, object>[])entries.Clone();
            same[index] = new(key, value);
            return new PropertyMap(same);
        }

        var bigger = new KeyValuePair<string, object>[entries.Length + 1];
        Array.Copy(entries, bigger, entries.Length);
        bigger[^1] = new(key, value);
        return new PropertyMap(bigger);
    }

    public System.Collections.Immutable.ImmutableDictionary<string, object> ToImmutableDictionary()
    {
        var builder = System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            builder[entry.Key] = entry.Value;
        }

        return builder.ToImmutable();
    }
}
