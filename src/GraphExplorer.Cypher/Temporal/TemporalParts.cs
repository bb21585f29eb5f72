using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// A temporal value taken apart: what it has of a date, a time of day and a zone. Every instant type converts to
/// and from this shape, so construction, truncation and "between" are written once for all of them.
/// </summary>
internal readonly record struct TemporalParts(DateOnly? Date, long? Nanos, int? Offset, string? ZoneId)
{
    public bool HasZone => Offset is not null;

    public static bool TryFrom(object? value, out TemporalParts parts)
    {
        parts = value switch
        {
            CypherDate d => new TemporalParts(d.Value, null, null, null),
            CypherLocalTime t => new TemporalParts(null, t.NanosecondOfDay, null, null),
            CypherTime t => new TemporalParts(null, t.NanosecondOfDay, t.OffsetSeconds, null),
            CypherLocalDateTime dt => new TemporalParts(dt.Date, dt.NanosecondOfDay, null, null),
            CypherDateTime dt => new TemporalParts(dt.Date, dt.NanosecondOfDay, dt.OffsetSeconds, dt.ZoneId),
            _ => default,
        };
        return value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;
    }

    /// <summary>Nanoseconds since the epoch of the local date and time read with the offset (date defaults to the epoch).</summary>
    public Int128 EpochNanos()
    {
        var days = (Date ?? DateOnly.FromDayNumber(Temporal.Nanos.EpochDayNumber)).DayNumber - Temporal.Nanos.EpochDayNumber;
        return (Int128)days * Temporal.Nanos.PerDay + (Nanos ?? 0) - (Int128)(Offset ?? 0) * Temporal.Nanos.PerSecond;
    }

    /// <summary>The same instant seen in another zone (offset, and region id when named).</summary>
    public TemporalParts WithZoneSameInstant(int? fixedOffset, string? zoneId)
    {
        if (Date is null)
        {
            // A time of day alone: shift it by the difference of offsets, around the clock.
            var target = fixedOffset ?? (zoneId is null ? 0 : TimeZones.OffsetAtInstant(TimeZones.FindRegion(zoneId), 0));
            var shifted = Temporal.Nanos.FloorMod((Nanos ?? 0) + (long)(target - (Offset ?? 0)) * Temporal.Nanos.PerSecond, Temporal.Nanos.PerDay);
            return new TemporalParts(null, shifted, target, zoneId);
        }

        var epochNanos = EpochNanos();
        var epochSeconds = (long)(epochNanos / Temporal.Nanos.PerSecond) - (epochNanos % Temporal.Nanos.PerSecond < 0 ? 1 : 0);
        var offset = fixedOffset ?? (zoneId is null ? 0 : TimeZones.OffsetAtInstant(TimeZones.FindRegion(zoneId), epochSeconds));
        return FromEpochNanos(epochNanos, offset, zoneId);
    }

    public static TemporalParts FromEpochNanos(Int128 epochNanos, int offset, string? zoneId)
    {
        var local = epochNanos + (Int128)offset * Temporal.Nanos.PerSecond;
        var day = (long)(local / Temporal.Nanos.PerDay);
        var nanos = (long)(local % Temporal.Nanos.PerDay);
        if (nanos < 0)
        {
            nanos += Temporal.Nanos.PerDay;
            day--;
        }

        return new TemporalParts(DateOnly.FromDayNumber((int)(day + Temporal.Nanos.EpochDayNumber)), nanos, offset, zoneId);
    }

    public object To(TemporalType type) => type switch
    {
        TemporalType.Date => new CypherDate(Date!.Value),
        TemporalType.LocalTime => new CypherLocalTime(Nanos ?? 0),
        TemporalType.Time => new CypherTime(Nanos ?? 0, Offset ?? 0),
        TemporalType.LocalDateTime => new CypherLocalDateTime(Date!.Value, Nanos ?? 0),
        _ => new CypherDateTime(Date!.Value, Nanos ?? 0, Offset ?? 0, ZoneId),
    };
}
