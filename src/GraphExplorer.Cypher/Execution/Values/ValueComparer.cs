using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// Cypher's three notions of sameness and order over runtime values (openCypher 9 §"Comparability and equality"):
/// <list type="bullet">
/// <item><see cref="Equal"/>: the <c>=</c> operator, three-valued (null when either side is or contains null in a way that decides);</item>
/// <item><see cref="CompareOperands"/>: <c>&lt;</c> and friends, null for incomparable types;</item>
/// <item><see cref="OrderCompare"/>: the total order of ORDER BY across all types, nulls last;</item>
/// <item><see cref="Equivalence"/>: the equality of DISTINCT, grouping and UNION (null ≡ null, NaN ≡ NaN, 1 ≡ 1.0).</item>
/// </list>
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class ValueComparer
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

            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
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

            case NodeValue na when b is NodeValue nb:
                return na.Id == nb.Id;
            case RelationshipValue ra when b is RelationshipValue rb:
                return ra.Id == rb.Id;
            case PathValue pa when b is PathValue pb:
                return pa.Equals(pb);
            case CypherDuration da when b is CypherDuration db:
                return da == db;
            case CypherDateTime da when b is CypherDateTime db:
                return Temporal.ToInstantNanos(da) == Temporal.ToInstantNanos(db);
            case CypherTime ta when b is CypherTime tb:
                return Temporal.TimeUtcNanos(ta) == Temporal.TimeUtcNanos(tb);
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
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
                return da.Value.CompareTo(db.Value);
            case CypherLocalTime ta when b is CypherLocalTime tb:
                return ta.NanosecondOfDay.CompareTo(tb.NanosecondOfDay);
            case CypherTime ta when b is CypherTime tb:
                return Temporal.TimeUtcNanos(ta).CompareTo(Temporal.TimeUtcNanos(tb));
            case CypherLocalDateTime la when b is CypherLocalDateTime lb:
                return la.Date != lb.Date ? la.Date.CompareTo(lb.Date) : la.NanosecondOfDay.CompareTo(lb.NanosecondOfDay);
            case CypherDateTime da when b is CypherDateTime db:
                return Temporal.ToInstantNanos(da).CompareTo(Temporal.ToInstantNanos(db));
            default:
                return null;
        }
    }

    /// <summary>The ORDER BY order: a total order over every value; nulls sort last.</summary>
    public static int OrderCompare(object? a, object? b)
    {
        var ra = OrderRank(a);
        var rb = OrderRank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        switch (a)
        {
            case null:
                return 0;
            case long or double:
                {
                    var nanA = a is double da && double.IsNaN(da);
                    var nanB = b is double db && double.IsNaN(db);
                    if (nanA || nanB)
                    {
                        return nanA.CompareTo(nanB);
                    }

                    return a is long la && b is long lb ? la.CompareTo(lb) : CompareNumbers(a, b!);
                }

            case string sa:
                return string.CompareOrdinal(sa, (string)b!);
            case bool ba:
                return ba.CompareTo((bool)b!);
            case IReadOnlyList<object?> la:
                {
                    var lb = (IReadOnlyList<object?>)b!;
                    var n = Math.Min(la.Count, lb.Count);
                    for (var i = 0; i < n; i++)
                    {
                        var c = OrderCompare(la[i], lb[i]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return la.Count.CompareTo(lb.Count);
                }

            case IReadOnlyDictionary<string, object?> ma:
                {
                    var mb = (IReadOnlyDictionary<string, object?>)b!;
                    var ka = ma.Keys.Order(StringComparer.Ordinal).ToList();
                    var kb = mb.Keys.Order(StringComparer.Ordinal).ToList();
                    var n = Math.Min(ka.Count, kb.Count);
                    for (var i = 0; i < n; i++)
                    {
                        var c = string.CompareOrdinal(ka[i], kb[i]);
                        if (c != 0)
                        {
                            return c;
                        }

                        c = OrderCompare(ma[ka[i]], mb[kb[i]]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return ka.Count.CompareTo(kb.Count);
                }

            case NodeValue na:
                return na.Id.CompareTo(((NodeValue)b!).Id);
            case RelationshipValue relA:
                return relA.Id.CompareTo(((RelationshipValue)b!).Id);
            case PathValue pa:
                {
                    var pb = (PathValue)b!;
                    var n = Math.Min(pa.Relationships.Length, pb.Relationships.Length);
                    var c = pa.Nodes[0].Id.CompareTo(pb.Nodes[0].Id);
                    for (var i = 0; c == 0 && i < n; i++)
                    {
                        c = pa.Relationships[i].Id.CompareTo(pb.Relationships[i].Id);
                        if (c == 0)
                        {
                            c = pa.Nodes[i + 1].Id.CompareTo(pb.Nodes[i + 1].Id);
                        }
                    }

                    return c != 0 ? c : pa.Relationships.Length.CompareTo(pb.Relationships.Length);
                }

            case CypherDuration da:
                {
                    var db = (CypherDuration)b!;
                    var c = Temporal.ApproximateNanos(da).CompareTo(Temporal.ApproximateNanos(db));
                    return c;
                }

            default:
                return CompareOperands(a, b) ?? 0;
        }
    }

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
                return Temporal.ToInstantNanos(dt).GetHashCode();
            case CypherTime t:
                return Temporal.TimeUtcNanos(t).GetHashCode();
            default:
                return value.GetHashCode();
        }
    }

    /// <summary>Equivalence as an <see cref="IEqualityComparer{T}"/> over single values.</summary>
    public static readonly IEqualityComparer<object?> Equivalence = new EquivalenceComparer();

    /// <summary>Equivalence over rows of values (DISTINCT and grouping keys).</summary>
    public static readonly IEqualityComparer<object?[]> RowEquivalence = new RowComparer();

    private static int OrderRank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeValue => 1,
        RelationshipValue => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        CypherDateTime => 5,
        CypherLocalDateTime => 6,
        CypherDate => 7,
        CypherTime => 8,
        CypherLocalTime => 9,
        CypherDuration => 10,
        string => 11,
        bool => 12,
        long or double => 13,
        null => 15,
        _ => 14,
    };

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
}
