using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Values;

/// <summary>
/// Cypher's three notions of sameness and order over runtime values (openCypher 9 §"Comparability and equality"):
/// <list type="bullet">
/// <item><see cref="Equal"/>: the <c>=</c> operator, three-valued (null when either side is or contains null in a way that decides);</item>
/// <item><see cref="CompareOperands"/>: <c>&lt;</c> and friends, null for incomparable types;</item>
/// <item><see cref="OrderCompare"/>: the total order of ORDER BY across all types, nulls last;</item>
/// <item><see cref="Equivalence"/>: the equality of DISTINCT, grouping and UNION (null ≡ null, NaN ≡ NaN, 1 ≡ 1.0).</item>
/// <item><see cref="PropertyKeyEquality"/>: the equality of stored property values as index and uniqueness keys.</item>
/// </list>
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static partial class ValueComparer
{
    /// <summary>The <c>=</c> operator: true, false or null (unknown).</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la == lb;
            case long la when b is double db:
                return NumberEquals(la, db);
            case double da when b is long lb:
                return NumberEquals(lb, da);
            case double da when b is double db:
                return da == db;
            case string sa when b is string sb:
                return string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba when b is bool bb:
                return ba == bb;
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                return EqualLists(la, lb);
            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
                return EqualMaps(ma, mb);

            case NodeValue na when b is NodeValue nb:
                return na.Id == nb.Id;
            case RelationshipValue ra when b is RelationshipValue rb:
                return ra.Id == rb.Id;
            case PathValue pa when b is PathValue pb:
                return pa.Equals(pb);
            case CypherDuration da when b is CypherDuration db:
                return da == db;
            case CypherDateTime da when b is CypherDateTime db:
                return TemporalInstants.ToInstantNanos(da) == TemporalInstants.ToInstantNanos(db);
            case CypherTime ta when b is CypherTime tb:
                return TemporalInstants.TimeUtcNanos(ta) == TemporalInstants.TimeUtcNanos(tb);
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    /// <summary>Lists are equal when every pair of elements is; unknown when none differs but some pair is unknown.</summary>
    private static bool? EqualLists(IReadOnlyList<object?> la, IReadOnlyList<object?> lb)
    {
        if (la.Count != lb.Count)
        {
            return false;
        }

        bool? result = true;
        for (var i = 0; i < la.Count; i++)
        {
            var e = Equal(la[i], lb[i]);
            if (e == false)
            {
                return false;
            }

            if (e is null)
            {
                result = null;
            }
        }

        return result;
    }

    /// <summary>Maps are equal when they have the same keys and equal values; unknown as for lists.</summary>
    private static bool? EqualMaps(IReadOnlyDictionary<string, object?> ma, IReadOnlyDictionary<string, object?> mb)
    {
        if (ma.Count != mb.Count)
        {
            return false;
        }

        bool? result = true;
        foreach (var (key, value) in ma)
        {
            if (!mb.TryGetValue(key, out var other))
            {
                return false;
            }

            var e = Equal(value, other);
            if (e == false)
            {
                return false;
            }

            if (e is null)
            {
                result = null;
            }
        }

        return result;
    }

    /// <summary>
    /// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>: the sign of a compared to b, or null when the values are not
    /// comparable (different types, nulls, NaN).
    /// </summary>
    public static int? CompareOperands(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                return la.CompareTo(lb);
            case long or double when b is long or double:
                {
                    if (a is double da0 && double.IsNaN(da0) || b is double db0 && double.IsNaN(db0))
                    {
                        return null;
                    }

                    return CompareNumbers(a, b);
                }

            case string sa when b is string sb:
                return Math.Sign(string.CompareOrdinal(sa, sb));
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                {
                    var n = Math.Min(la.Count, lb.Count);
                    for (var i = 0; i < n; i++)
                    {
                        var c = CompareOperands(la[i], lb[i]);
                        if (c is null)
                        {
                            if (Equal(la[i], lb[i]) == false || la[i] is null || lb[i] is null)
                            {
                                return null;
                            }

                            continue;
                        }

                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return la.Count.CompareTo(lb.Count);
                }

            case CypherDate da when b is CypherDate db:
                return da.Date.CompareTo(db.Date);
            case CypherLocalTime ta when b is CypherLocalTime tb:
                return ta.NanosecondOfDay.CompareTo(tb.NanosecondOfDay);
            case CypherTime ta when b is CypherTime tb:
                return TemporalInstants.TimeUtcNanos(ta).CompareTo(TemporalInstants.TimeUtcNanos(tb));
            case CypherLocalDateTime la when b is CypherLocalDateTime lb:
                return la.Date != lb.Date ? la.Date.CompareTo(lb.Date) : la.NanosecondOfDay.CompareTo(lb.NanosecondOfDay);
            case CypherDateTime da when b is CypherDateTime db:
                return TemporalInstants.ToInstantNanos(da).CompareTo(TemporalInstants.ToInstantNanos(db));
            default:
                return null;
        }
    }

    private static bool NumberEquals(long l, double d) =>
        !double.IsNaN(d) && CompareNumbers(l, d) == 0;

    /// <summary>Compares two numbers exactly, even integers beyond 2^53 against floats.</summary>
    private static int CompareNumbers(object a, object b)
    {
        if (a is long la && b is long lb)
        {
            return la.CompareTo(lb);
        }

        if (a is double da && b is double db)
        {
            return da.CompareTo(db);
        }

        if (a is long l && b is double d)
        {
            return -CompareDoubleLong(d, l);
        }

        return CompareDoubleLong((double)a, (long)b);
    }

    private static int CompareDoubleLong(double d, long l)
    {
        if (d < -9.2233720368547758E18)
        {
            return -1;
        }

        if (d >= 9.2233720368547758E18)
        {
            return 1;
        }

        var truncated = (long)Math.Floor(d);
        if (truncated != l)
        {
            return truncated.CompareTo(l);
        }

        return d > Math.Floor(d) ? 1 : 0;
    }
}
