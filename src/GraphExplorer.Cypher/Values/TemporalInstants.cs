using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Values;

/// <summary>
/// The instants and lengths by which temporal values are compared: zoned values compare by the instant they denote,
/// durations (for ordering only) by an approximate length. Nanosecond precision.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class TemporalInstants
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerDay = 86_400L * NanosPerSecond;

    /// <summary>Nanoseconds since 0001-01-01T00:00Z (128-bit: the range of years overflows 64 bits).</summary>
    public static Int128 ToInstantNanos(CypherDateTime value) =>
        ((Int128)value.Date.DayNumber * 86_400L - value.OffsetSeconds) * NanosPerSecond + value.NanosecondOfDay;

    /// <summary>A zoned time's nanosecond of the UTC day (may fall outside 0..1 day: it is only compared).</summary>
    public static long TimeUtcNanos(CypherTime value) => value.NanosecondOfDay - value.OffsetSeconds * NanosPerSecond;

    /// <summary>A duration's length with a month of 30.436875 days and a day of 86,400 s, for ordering only.</summary>
    public static double ApproximateNanos(CypherDuration d) =>
        d.Months * 2_629_746.0 * NanosPerSecond + d.Days * (double)NanosPerDay + d.Seconds * (double)NanosPerSecond + d.Nanoseconds;
}
