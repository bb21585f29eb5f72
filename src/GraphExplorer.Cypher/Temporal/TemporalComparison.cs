using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// Ordering and equality of temporal values of the same type. Zoned values compare by instant (times by their time
/// of day in UTC), and equal only when instant and zone agree; durations are equal when all components are, and have
/// no order (comparison yields null).
/// </summary>
public static class TemporalComparison
{
    /// <summary>Compares two values of the same temporal type; null when they are not comparable.</summary>
    public static int? Compare(object a, object b) => (a, b) switch
    {
        (CypherDate x, CypherDate y) => x.Value.CompareTo(y.Value),
        (CypherLocalTime x, CypherLocalTime y) => x.NanosecondOfDay.CompareTo(y.NanosecondOfDay),
        (CypherTime x, CypherTime y) => CompareTimes(x, y),
        (CypherLocalDateTime x, CypherLocalDateTime y) => (x.Date, x.NanosecondOfDay).CompareTo((y.Date, y.NanosecondOfDay)),
        (CypherDateTime x, CypherDateTime y) => CompareDateTimes(x, y),
        _ => null,
    };

    /// <summary>Cypher equality of two temporal values (false across types).</summary>
    public static bool AreEqual(object a, object b) => (a, b) switch
    {
        (CypherDuration x, CypherDuration y) => x == y,
        (CypherTime x, CypherTime y) => x == y,
        (CypherDateTime x, CypherDateTime y) => CompareDateTimes(x, y) == 0 && x.OffsetSeconds == y.OffsetSeconds
            && string.Equals(x.ZoneId, y.ZoneId, StringComparison.Ordinal),
        _ => Compare(a, b) == 0,
    };

    /// <summary>A total order used by ORDER BY within one temporal type (durations by their components).</summary>
    public static int OrderWithinType(object a, object b)
    {
        if (a is CypherDuration x && b is CypherDuration y)
        {
            var byApproximateLength = ApproximateNanos(x).CompareTo(ApproximateNanos(y));
            return byApproximateLength != 0 ? byApproximateLength : (x.Months, x.Days, x.Seconds, x.Nanoseconds).CompareTo((y.Months, y.Days, y.Seconds, y.Nanoseconds));
        }

        var compared = Compare(a, b) ?? 0;
        if (compared != 0)
        {
            return compared;
        }

        return (a, b) switch
        {
            (CypherTime t1, CypherTime t2) => t1.OffsetSeconds.CompareTo(t2.OffsetSeconds),
            (CypherDateTime d1, CypherDateTime d2) => string.CompareOrdinal(d1.ZoneId, d2.ZoneId),
            _ => 0,
        };
    }

    private static int CompareTimes(CypherTime x, CypherTime y) =>
        (x.NanosecondOfDay - (long)x.OffsetSeconds * Nanos.PerSecond).CompareTo(y.NanosecondOfDay - (long)y.OffsetSeconds * Nanos.PerSecond);

    private static int CompareDateTimes(CypherDateTime x, CypherDateTime y) =>
        new TemporalParts(x.Date, x.NanosecondOfDay, x.OffsetSeconds, x.ZoneId).EpochNanos()
            .CompareTo(new TemporalParts(y.Date, y.NanosecondOfDay, y.OffsetSeconds, y.ZoneId).EpochNanos());

    private static Int128 ApproximateNanos(CypherDuration d) =>
        ((Int128)d.Months * Nanos.AverageSecondsPerMonth + (Int128)d.Days * Nanos.SecondsPerDay + d.Seconds) * Nanos.PerSecond + d.Nanoseconds;
}
