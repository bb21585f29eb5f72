using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Values;

/// <summary>The total order of ORDER BY.</summary>
internal static partial class ValueComparer
{
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
                return OrderCompareLists(la, (IReadOnlyList<object?>)b!);

            case IReadOnlyDictionary<string, object?> ma:
                return OrderCompareMaps(ma, (IReadOnlyDictionary<string, object?>)b!);

            case NodeValue na:
                return na.Id.CompareTo(((NodeValue)b!).Id);
            case RelationshipValue relA:
                return relA.Id.CompareTo(((RelationshipValue)b!).Id);
            case PathValue pa:
                return OrderComparePaths(pa, (PathValue)b!);

            case CypherDuration da:
                {
                    var db = (CypherDuration)b!;
                    var c = TemporalInstants.ApproximateNanos(da).CompareTo(TemporalInstants.ApproximateNanos(db));
                    return c;
                }

            case CypherPoint pointA:
                {
                    // Neo4j's PointValue order: by CRS code, then coordinate by coordinate.
                    var pointB = (CypherPoint)b!;
                    var c = pointA.Srid.CompareTo(pointB.Srid);
                    c = c != 0 ? c : pointA.X.CompareTo(pointB.X);
                    c = c != 0 ? c : pointA.Y.CompareTo(pointB.Y);
                    return c != 0 ? c : Nullable.Compare(pointA.Z, pointB.Z);
                }

            default:
                return CompareOperands(a, b) ?? 0;
        }
    }

    /// <summary>Lists order element by element, a prefix first.</summary>
    private static int OrderCompareLists(IReadOnlyList<object?> la, IReadOnlyList<object?> lb)
    {
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

    /// <summary>Maps order by their sorted keys, then by the values under them, key by key.</summary>
    private static int OrderCompareMaps(IReadOnlyDictionary<string, object?> ma, IReadOnlyDictionary<string, object?> mb)
    {
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

    /// <summary>Paths order by their alternating node and relationship ids, a shorter path first.</summary>
    private static int OrderComparePaths(PathValue pa, PathValue pb)
    {
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

    private static int OrderRank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeValue => 1,
        RelationshipValue => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        CypherPoint => 5,
        CypherDateTime => 6,
        CypherLocalDateTime => 7,
        CypherDate => 8,
        CypherTime => 9,
        CypherLocalTime => 10,
        CypherDuration => 11,
        string => 12,
        bool => 13,
        long or double => 14,
        null => 16,
        _ => 15,
    };
}
