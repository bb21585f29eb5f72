namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// <c>date.truncate(unit, value, fields)</c> and its datetime, localdatetime, time and localtime variants: the value cut
/// down to the start of the unit, then the given fields applied (a timezone field places the result in that zone).
/// </summary>
internal static class TemporalTruncation
{
    public static object Truncate(TemporalType type, string unit, object temporal, IReadOnlyDictionary<string, object?>? fields, string function)
    {
        if (!TemporalParts.TryFrom(temporal, out var parts))
        {
            throw TemporalErrors.InvalidType(function, temporal);
        }

        var needsDate = type is TemporalType.Date or TemporalType.LocalDateTime or TemporalType.DateTime;
        if (needsDate && parts.Date is null)
        {
            throw TemporalErrors.InvalidValue(function, $"cannot truncate a {Database.CypherValues.TypeName(temporal)} to a date");
        }

        if (!needsDate && unit is "millennium" or "century" or "decade" or "year" or "weekYear" or "quarter" or "month" or "week")
        {
            throw TemporalErrors.InvalidValue(function, $"a time of day cannot be truncated to a {unit}");
        }

        var date = parts.Date;
        var nanos = parts.Nanos ?? 0;
        switch (unit)
        {
            case "millennium":
                date = new DateOnly(Math.Max(1, date!.Value.Year / 1000 * 1000), 1, 1);
                nanos = 0;
                break;
            case "century":
                date = new DateOnly(Math.Max(1, date!.Value.Year / 100 * 100), 1, 1);
                nanos = 0;
                break;
            case "decade":
                date = new DateOnly(Math.Max(1, date!.Value.Year / 10 * 10), 1, 1);
                nanos = 0;
                break;
            case "year":
                date = new DateOnly(date!.Value.Year, 1, 1);
                nanos = 0;
                break;
            case "weekYear":
                date = IsoDays.FromWeek(IsoDays.WeekYear(date!.Value), 1, 1);
                nanos = 0;
                break;
            case "quarter":
                date = IsoDays.QuarterStart(date!.Value.Year, IsoDays.Quarter(date.Value));
                nanos = 0;
                break;
            case "month":
                date = new DateOnly(date!.Value.Year, date.Value.Month, 1);
                nanos = 0;
                break;
            case "week":
                date = date!.Value.AddDays(1 - IsoDays.DayOfWeek(date.Value));
                nanos = 0;
                break;
            case "day":
                nanos = 0;
                break;
            case "hour":
                nanos -= nanos % Nanos.PerHour;
                break;
            case "minute":
                nanos -= nanos % Nanos.PerMinute;
                break;
            case "second":
                nanos -= nanos % Nanos.PerSecond;
                break;
            case "millisecond":
                nanos -= nanos % Nanos.PerMillisecond;
                break;
            case "microsecond":
                nanos -= nanos % Nanos.PerMicrosecond;
                break;
            default:
                throw TemporalErrors.InvalidValue(function, $"unknown unit '{unit}'");
        }

        var overrides = fields is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?>(fields, StringComparer.OrdinalIgnoreCase);
        overrides.Remove("timezone", out var timezone);
        var resultDate = needsDate && TemporalConstruction.HasAnyDateField(overrides)
            ? TemporalConstruction.ResolveDate(overrides, date, function)
            : date;
        var resultNanos = TemporalConstruction.HasAnyTimeField(overrides)
            ? TemporalConstruction.ResolveTime(overrides, nanos, function)
            : nanos;

        if (type is TemporalType.Time or TemporalType.DateTime)
        {
            if (timezone is string zone)
            {
                return TemporalConstruction.Zoned(type, needsDate ? resultDate : null, resultNanos, zone);
            }

            if (parts.ZoneId is { } region)
            {
                return TemporalConstruction.Zoned(type, needsDate ? resultDate : null, resultNanos, region);
            }

            return new TemporalParts(needsDate ? resultDate : null, resultNanos, parts.Offset ?? 0, null).To(type);
        }

        return new TemporalParts(needsDate ? resultDate : null, resultNanos, null, null).To(type);
    }
}
