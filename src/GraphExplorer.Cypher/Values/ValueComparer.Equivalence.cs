using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Values;

/// <summary>Equivalence (DISTINCT, grouping, UNION), hashing, and the equality of property keys.</summary>
internal static partial class ValueComparer
{
    /// <summary>Equivalence, as used by DISTINCT, grouping keys and UNION.</summary>
    public static new bool Equals(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        switch (a)
        {
            case double da when b is double db:
                return da == db || (double.IsNaN(da) && double.IsNaN(db));
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                {
                    if (la.Count != lb.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < la.Count; i++)
                    {
                        if (!Equals(la[i], lb[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
                {
                    if (ma.Count != mb.Count)
                    {
                        return false;
                    }

                    foreach (var (key, value) in ma)
                    {
                        if (!mb.TryGetValue(key, out var other) || !Equals(value, other))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return Equal(a, b) == true;
        }
    }

    public static int HashOf(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return ((double)l).GetHashCode();
            case double d:
                return d.GetHashCode();
            case IReadOnlyList<object?> list:
                {
                    var hash = new HashCode();
                    foreach (var item in list)
                    {
                        hash.Add(HashOf(item));
                    }

                    return hash.ToHashCode();
                }

            case IReadOnlyDictionary<string, object?> map:
                {
                    var h = 17;
                    foreach (var (key, item) in map)
                    {
                        h ^= HashCode.Combine(key, HashOf(item));
                    }

                    return h;
                }

            case CypherDateTime dt:
                return TemporalInstants.ToInstantNanos(dt).GetHashCode();
            case CypherTime t:
                return TemporalInstants.TimeUtcNanos(t).GetHashCode();
            default:
                return value.GetHashCode();
        }
    }

    /// <summary>Equivalence as an <see cref="IEqualityComparer{T}"/> over single values.</summary>
    public static readonly IEqualityComparer<object?> Equivalence = new EquivalenceComparer();

    /// <summary>Equivalence over rows of values (DISTINCT and grouping keys).</summary>
    public static readonly IEqualityComparer<object?[]> RowEquivalence = new RowComparer();

    /// <summary>
    /// Equality of stored property values as index keys and uniqueness keys: numbers by value across Integer and Float
    /// (<c>1 = 1.0</c>), lists element-wise (a list holding null equals nothing), everything else by its own equality
    /// (so zoned temporal values must agree in offset as well as instant). NaN equals nothing and is therefore never
    /// looked up (callers skip it). Hashes with <see cref="HashOf"/>, which equal keys share.
    /// </summary>
    public static readonly IEqualityComparer<object> PropertyKeyEquality = new PropertyKeyComparer();

    private static bool KeyEquals(object? x, object? y)
    {
        switch (x)
        {
            case long or double when y is long or double:
                return Equal(x, y) == true;
            case IReadOnlyList<object?> xl when y is IReadOnlyList<object?> yl:
                if (xl.Count != yl.Count)
                {
                    return false;
                }

                for (var i = 0; i < xl.Count; i++)
                {
                    if (xl[i] is null || yl[i] is null || !KeyEquals(xl[i], yl[i]))
                    {
                        return false;
                    }
                }

                return true;
            case null:
                return y is null;
            default:
                return x.Equals(y);
        }
    }


    private sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => ValueComparer.Equals(x, y);

        public int GetHashCode(object? obj) => HashOf(obj);
    }

    private sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return x is null && y is null;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!ValueComparer.Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(HashOf(item));
            }

            return hash.ToHashCode();
        }
    }

    private sealed class PropertyKeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => KeyEquals(x, y);

        public int GetHashCode(object obj) => HashOf(obj);
    }
}
