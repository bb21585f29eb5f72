using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Database.Values;
using static GraphExplorer.Cypher.Values.TemporalInstants;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>The unit a duration between two temporals is measured in: duration.between, inMonths, inDays, inSeconds.</summary>
internal enum DurationUnit
{
    /// <summary>duration.between: whole months, then whole days, then the rest in seconds.</summary>
    All,

    /// <summary>duration.inMonths: whole months only.</summary>
    Months,

    /// <summary>duration.inDays: whole days only.</summary>
    Days,

    /// <summary>duration.inSeconds: the elapsed time, in seconds and nanoseconds.</summary>
    Seconds,
}

/// <summary>
/// Durations between two temporal values, with the semantics of the Cypher manual (and Neo4j): a value lacking a part
/// takes it from the other one — a time is read on the other value's date, a date at midnight, and a local value in the
/// other value's time zone (a named zone resolved at the local date-time, so daylight-saving days have 23 or 25 hours).
/// Months and days are counted on local date-times after the end is moved into the start's zone; the rest is elapsed time.
/// </summary>
internal static partial class Temporal
{
    /// <summary>A temporal value's parts; null where the kind has no such part (a date has no time, a local value no zone).</summary>
    private readonly record struct TemporalParts(CivilDate? Date, long? Nanos, int? Offset, string? Zone);

    /// <summary>duration.between(from, to) and its single-unit forms.</summary>
    public static CypherDuration Between(object from, object to, DurationUnit unit = DurationUnit.All)
    {
        var (start, end) = (PartsOf(from), PartsOf(to));
        (start, end) = (CompleteFrom(start, end), CompleteFrom(end, start));
        if (start.Date is not { } startDate || end.Date is not { } endDate)
        {
            // Neither has a date: times of day, compared at UTC when both have offsets.
            var elapsed = end.Nanos!.Value - end.Offset.GetValueOrDefault() * NanosPerSecond
                - (start.Nanos!.Value - start.Offset.GetValueOrDefault() * NanosPerSecond);
            return unit is DurationUnit.All or DurationUnit.Seconds ? Normalize(0, 0, elapsed) : default;
        }

        var startNanos = start.Nanos!.Value;
        var endInstant = InstantOf(endDate, end.Nanos!.Value, end.Offset);
        if (unit == DurationUnit.Seconds)
        {
            return Normalize(0, 0, (decimal)(endInstant - InstantOf(startDate, startNanos, start.Offset)));
        }

        // The end as a local date-time in the start's zone (same instant).
        var (localEndDate, localEndNanos) = (endDate, end.Nanos!.Value);
        if (start.Offset is { } startOffset && end.Offset is not null)
        {
            var offset = start.Zone is null ? startOffset : OffsetAtInstant(start.Zone, endInstant);
            (localEndDate, localEndNanos) = LocalOf(endInstant, offset);
        }

        if (unit == DurationUnit.Days)
        {
            return new CypherDuration(0, LocalDaysUntil(startDate, startNanos, localEndDate, localEndNanos), 0, 0);
        }

        var months = LocalMonthsUntil(startDate, startNanos, localEndDate, localEndNanos);
        if (unit == DurationUnit.Months)
        {
            return new CypherDuration(months, 0, 0, 0);
        }

        var afterMonths = startDate.AddMonths(months);
        var days = LocalDaysUntil(afterMonths, startNanos, localEndDate, localEndNanos);
        var afterDays = afterMonths.AddDays(days);
        var offsetAfter = start.Zone is null ? start.Offset : OffsetAtLocal(start.Zone, afterDays, startNanos);
        return Normalize(months, days, (decimal)(endInstant - InstantOf(afterDays, startNanos, offsetAfter)));
    }

    private static TemporalParts PartsOf(object value) => value switch
    {
        CypherDate d => new(d.Date, null, null, null),
        CypherLocalTime t => new(null, t.NanosecondOfDay, null, null),
        CypherTime t => new(null, t.NanosecondOfDay, t.OffsetSeconds, null),
        CypherLocalDateTime l => new(l.Date, l.NanosecondOfDay, null, null),
        CypherDateTime z => new(z.Date, z.NanosecondOfDay, z.OffsetSeconds, z.ZoneId),
        _ => throw CypherErrors.InvalidArgumentType($"duration.between needs temporal values, not {Database.CypherValues.TypeName(value)}"),
    };

    /// <summary>Fills what <paramref name="parts"/> lacks from <paramref name="other"/>: its date, midnight, its zone.</summary>
    private static TemporalParts CompleteFrom(TemporalParts parts, TemporalParts other)
    {
        var date = parts.Date ?? other.Date;
        var nanos = parts.Nanos ?? 0;
        if (parts.Offset is not null || other.Offset is not { } otherOffset)
        {
            return parts with { Date = date, Nanos = nanos };
        }

        var offset = other.Zone is not null && date is { } d ? OffsetAtLocal(other.Zone, d, nanos) : otherOffset;
        return new TemporalParts(date, nanos, offset, other.Zone);
    }

    /// <summary>Nanoseconds since 0001-01-01T00:00Z of a local date-time at an offset (none: read as UTC).</summary>
    private static Int128 InstantOf(CivilDate date, long nanos, int? offset) =>
        ((Int128)date.DayNumber * 86_400L - offset.GetValueOrDefault()) * NanosPerSecond + nanos;

    /// <summary>The local date and time of an instant (nanoseconds since 0001-01-01T00:00Z) at an offset.</summary>
    public static (CivilDate Date, long Nanos) LocalOf(Int128 instant, int offset)
    {
        var local = instant + (Int128)offset * NanosPerSecond;
        var day = (long)(local / NanosPerDay);
        if (local < 0 && local % NanosPerDay != 0)
        {
            day--;
        }

        return (CivilDate.FromDayNumber(day), (long)(local - day * (Int128)NanosPerDay));
    }

    /// <summary>The end date, moved one day towards the start when the time of day has not yet reached the start's (ISO until).</summary>
    private static CivilDate WholeDayEnd(CivilDate startDate, long startNanos, CivilDate endDate, long endNanos) =>
        endDate > startDate && endNanos < startNanos ? endDate.AddDays(-1)
        : endDate < startDate && endNanos > startNanos ? endDate.AddDays(1)
        : endDate;

    private static long LocalDaysUntil(CivilDate startDate, long startNanos, CivilDate endDate, long endNanos) =>
        WholeDayEnd(startDate, startNanos, endDate, endNanos).DayNumber - startDate.DayNumber;

    /// <summary>Whole months from a local date-time to another, truncated towards zero (a month is complete on its day of month).</summary>
    private static long LocalMonthsUntil(CivilDate startDate, long startNanos, CivilDate endDate, long endNanos)
    {
        static long Packed(CivilDate d) => ((long)d.Year * 12 + d.Month - 1) * 32 + d.Day;
        return (Packed(WholeDayEnd(startDate, startNanos, endDate, endNanos)) - Packed(startDate)) / 32;
    }
}
