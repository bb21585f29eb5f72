using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Equality of stored property values as Cypher's <c>=</c> sees them, for index keys: numbers compare by value across
/// Integer and Float (<c>1 = 1.0</c>), lists element-wise, everything else by its own equality. NaN equals nothing and
/// is therefore never looked up (callers skip it).
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal sealed class IndexKeyComparer : IEqualityComparer<object>
{
    public static readonly IndexKeyComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        switch (x)
        {
            case long lx when y is long ly:
                return lx == ly;
            case long lx when y is double dy:
                return NumbersEqual(lx, dy);
            case double dx when y is long ly:
                return NumbersEqual(ly, dx);
            case double dx when y is double dy:
                return dx == dy;
            case IReadOnlyList<object?> xl when y is IReadOnlyList<object?> yl:
                if (xl.Count != yl.Count)
                {
                    return false;
                }

                for (var i = 0; i < xl.Count; i++)
                {
                    if (xl[i] is null || yl[i] is null || !Equals(xl[i], yl[i]))
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

    public int GetHashCode(object obj)
    {
        switch (obj)
        {
            case long l:
                return ((double)l).GetHashCode();
            case double d:
                return d.GetHashCode();
            case IReadOnlyList<object?> list:
                var hash = new HashCode();
                foreach (var item in list)
                {
                    hash.Add(item is null ? 0 : GetHashCode(item));
                }

                return hash.ToHashCode();
            case CypherDuration or string or bool:
                return obj.GetHashCode();
            default:
                return obj.GetHashCode();
        }
    }

    private static bool NumbersEqual(long l, double d) =>
        d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 && Math.Floor(d) == d && (long)d == l;
}
