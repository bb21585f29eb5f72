using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// Instant ± duration and the duration between two instants, with java.time's (and so Neo4j's) rules: months and
/// days move along the local calendar, seconds along the instant time-line; <c>between</c> counts whole months, then
/// whole days, then the remaining time.
/// </summary>
internal static class TemporalArithmetic
{
    public static object Add(object temporal, CypherDuration duration)
    {
        if (!TemporalParts.TryFrom(temporal, out var parts))
        {
            throw TemporalErrors.InvalidType("+", temporal);
        }

        try
        {
            var timeNanos = (Int128)duration.Seconds * Nanos.PerSecond + duration.Nanoseconds;
            switch (temporal)
            {
                case CypherDate d:
                    return new CypherDate(d.Value.AddMonths(checked((int)duration.Months))
                        .AddDays(checked((int)(duration.Days + (long)(timeNanos / Nanos.PerDay)))));
                case CypherLocalTime t:
                    return new CypherLocalTime(ShiftTime(t.NanosecondOfDay, timeNanos));
                case CypherTime t:
                    return new CypherTime(ShiftTime(t.NanosecondOfDay, timeNanos), t.OffsetSeconds);
            }

            var date = parts.Date!.Value.AddMonths(checked((int)duration.Months)).AddDays(checked((int)duration.Days));
            if (temporal is CypherLocalDateTime)
            {
                var shifted = TemporalParts.FromEpochNanos(
                    new TemporalParts(date, parts.Nanos, 0, null).EpochNanos() + timeNanos, 0, null);
                return new CypherLocalDateTime(shifted.Date!.Value, shifted.Nanos!.Value);
            }

            var dateTime = (CypherDateTime)temporal;
            var offset = dateTime.OffsetSeconds;
            var nanos = parts.Nanos!.Value;
            if (dateTime.ZoneId is { } zoneId)
            {
                offset = TimeZones.OffsetAtLocal(TimeZones.FindRegion(zoneId), date, nanos, out nanos, out date);
            }

            var instant = new TemporalParts(date, nanos, offset, null).EpochNanos() + timeNanos;
            if (dateTime.ZoneId is { } region)
            {
                var epochSeconds = (long)(instant / Nanos.PerSecond);
                offset = TimeZones.OffsetAtInstant(TimeZones.FindRegion(region), epochSeconds);
            }

            var result = TemporalParts.FromEpochNanos(instant, offset, dateTime.ZoneId);
            return new CypherDateTime(result.Date!.Value, result.Nanos!.Value, offset, dateTime.ZoneId);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            throw TemporalErrors.Overflow("Temporal arithmetic result");
        }
    }

    public static object Subtract(object temporal, CypherDuration duration) => Add(temporal, DurationMath.Negate(duration));

    /// <summary>What <c>duration.between</c> and its <c>inMonths</c>, <c>inDays</c>, <c>inSeconds</c> variants measure.</summary>
    public enum BetweenUnit
    {
        All,
        Months,
        Days,
        Seconds,
    }

    public static CypherDuration Between(object fromValue, object toValue, BetweenUnit unit, string function)
    {
        if (!TemporalParts.TryFrom(fromValue, out var from))
        {
            throw TemporalErrors.InvalidType(function, fromValue);
        }

        if (!TemporalParts.TryFrom(toValue, out var to))
        {
            throw TemporalErrors.InvalidType(function, toValue);
        }

        // Read both in the first one's zone: a zoned end moves to it, a local end is taken as being in it.
        if (from.HasZone && to.HasZone)
        {
            to = to.Date is null
                ? to.WithZoneSameInstant(from.Offset, null)
                : to.WithZoneSameInstant(from.ZoneId is null ? from.Offset : null, from.ZoneId);
        }

        var fromNanos = from.Nanos ?? 0;
        var toNanos = to.Nanos ?? 0;
        if (from.Date is null || to.Date is null)
        {
            // No calendar on one side: only the times of day are compared.
            return unit is BetweenUnit.Months or BetweenUnit.Days
                ? new CypherDuration(0, 0, 0, 0)
                : DurationMath.Normalize(0, 0, 0, toNanos - fromNanos);
        }

        var fromDate = from.Date.Value;
        var toDate = to.Date.Value;
        long months = 0;
        long days = 0;
        if (unit is BetweenUnit.All or BetweenUnit.Months)
        {
            months = MonthsUntil(fromDate, fromNanos, toDate, toNanos);
            fromDate = fromDate.AddMonths((int)months);
            if (unit == BetweenUnit.Months)
            {
                return new CypherDuration(months, 0, 0, 0);
            }
        }

        if (unit is BetweenUnit.All or BetweenUnit.Days)
        {
            days = DaysUntil(fromDate, fromNanos, toDate, toNanos);
            fromDate = fromDate.AddDays((int)days);
            if (unit == BetweenUnit.Days)
            {
                return new CypherDuration(0, days, 0, 0);
            }
        }

        var fromOffset = from.Offset ?? 0;
        if (from.ZoneId is { } zoneId)
        {
            fromOffset = TimeZones.OffsetAtLocal(TimeZones.FindRegion(zoneId), fromDate, fromNanos, out _, out _);
        }

        var startInstant = new TemporalParts(fromDate, fromNanos, fromOffset, null).EpochNanos();
        var endInstant = new TemporalParts(toDate, toNanos, to.Offset ?? fromOffset, null).EpochNanos();
        if (!from.HasZone || !to.HasZone)
        {
            startInstant = new TemporalParts(fromDate, fromNanos, 0, null).EpochNanos();
            endInstant = new TemporalParts(toDate, toNanos, 0, null).EpochNanos();
        }

        var remaining = endInstant - startInstant;
        return DurationMath.Normalize(months, days, (long)(remaining / Nanos.PerSecond), (long)(remaining % Nanos.PerSecond));
    }

    private static long ShiftTime(long nanosOfDay, Int128 delta) =>
        (long)(((nanosOfDay + delta) % Nanos.PerDay + Nanos.PerDay) % Nanos.PerDay);

    /// <summary>java.time LocalDateTime.until(MONTHS): whole months, not counting a last month whose day and time are not reached.</summary>
    private static long MonthsUntil(DateOnly fromDate, long fromNanos, DateOnly toDate, long toNanos)
    {
        var end = AdjustEndForTime(fromDate, fromNanos, toDate, toNanos);
        var total = (end.Year * 12L + end.Month - 1) - (fromDate.Year * 12L + fromDate.Month - 1);
        var dayDifference = end.Day - fromDate.Day;
        if (total > 0 && dayDifference < 0)
        {
            total--;
        }
        else if (total < 0 && dayDifference > 0)
        {
            total++;
        }

        return total;
    }

    private static long DaysUntil(DateOnly fromDate, long fromNanos, DateOnly toDate, long toNanos) =>
        AdjustEndForTime(fromDate, fromNanos, toDate, toNanos).DayNumber - fromDate.DayNumber;

    private static DateOnly AdjustEndForTime(DateOnly fromDate, long fromNanos, DateOnly toDate, long toNanos)
    {
        if (toDate > fromDate && toNanos < fromNanos)
        {
            return toDate.AddDays(-1);
        }

        if (toDate < fromDate && toNanos > fromNanos)
        {
            return toDate.AddDays(1);
        }

        return toDate;
    }
}
