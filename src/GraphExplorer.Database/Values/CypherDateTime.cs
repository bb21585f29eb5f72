namespace GraphExplorer.Database.Values;

/// <summary>
/// A Cypher <c>DateTime</c>: a local date and time with nanosecond precision, the UTC offset in force
/// at that instant and, when the value was built with a named zone, the IANA zone id (e.g. "Europe/Luxembourg").
/// </summary>
public readonly record struct CypherDateTime(CivilDate Date, long NanosecondOfDay, int OffsetSeconds, string? ZoneId)
{
    /// <summary>The same instant at the same offset, to the tick (100 ns): the inverse of how a <see cref="DateTimeOffset"/>
    /// parameter is stored (see <see cref="CypherValues"/>). The zone id, if any, is not kept; years beyond 1–9999 are refused.</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new(Date.ToDateOnly().ToDateTime(TimeOnly.MinValue).AddTicks(NanosecondOfDay / 100), TimeSpan.FromSeconds(OffsetSeconds));
}
