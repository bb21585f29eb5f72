using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// Builds instants from maps (<c>date({year: 1984, week: 10, dayOfWeek: 3})</c>), from other instants
/// (<c>date(datetimeValue)</c>) and from maps over other instants (<c>datetime({date: d, time: t, timezone: 'Europe/Paris'})</c>),
/// following Neo4j: fields given override the base's, a new zone on a zoned base keeps the instant, a zone on a local
/// base is attached as is, and zoned types without any zone take the default zone (UTC).
/// </summary>
internal static class TemporalConstruction
{
    private static readonly string[] DateFields = ["year", "month", "day", "week", "dayOfWeek", "quarter", "dayOfQuarter", "ordinalDay"];
    private static readonly string[] TimeFields = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    public static object FromMap(TemporalType type, IReadOnlyDictionary<string, object?> map, string function)
    {
        var fields = new Dictionary<string, object?>(map, StringComparer.OrdinalIgnoreCase);
        var hasDate = type is TemporalType.Date or TemporalType.LocalDateTime or TemporalType.DateTime;
        var hasTime = type != TemporalType.Date;
        var zoned = type is TemporalType.Time or TemporalType.DateTime;

        TemporalParts? dateBase = Base(fields, "date", function) ?? Base(fields, "datetime", function);
        TemporalParts? timeBase = Base(fields, "time", function) ?? Base(fields, "datetime", function);
        var timezone = fields.TryGetValue("timezone", out var tz) && tz is not null
            ? tz as string ?? throw TemporalErrors.InvalidType(function, tz)
            : null;

        // A new zone given for a zoned base keeps the instant: convert the base first, then apply the fields.
        if (zoned && timezone is not null && timeBase is { HasZone: true } zonedBase)
        {
            var (offset, region) = ParseZone(timezone);
            var converted = dateBase == timeBase || dateBase is null
                ? zonedBase.WithZoneSameInstant(offset, region)
                : (zonedBase with { Date = null }).WithZoneSameInstant(offset, region);
            if (dateBase == timeBase)
            {
                dateBase = converted;
            }

            timeBase = converted;
        }

        DateOnly? date = hasDate ? ResolveDate(fields, dateBase?.Date, function) : null;
        long? nanos = hasTime ? ResolveTime(fields, timeBase?.Nanos, function) : null;
        if (!zoned)
        {
            return new TemporalParts(date, nanos, null, null).To(type);
        }

        if (timezone is not null)
        {
            return Zoned(type, date, nanos!.Value, timezone);
        }

        if (timeBase is { HasZone: true } kept)
        {
            return kept.ZoneId is not null
                ? Zoned(type, date, nanos!.Value, kept.ZoneId)
                : new TemporalParts(date, nanos, kept.Offset, null).To(type);
        }

        return new TemporalParts(date, nanos, 0, null).To(type);
    }

    /// <summary><c>date(x)</c>, <c>localtime(x)</c>, … of another instant: takes the parts the type has.</summary>
    public static object Select(TemporalType type, object temporal, string function)
    {
        if (!TemporalParts.TryFrom(temporal, out var parts))
        {
            throw TemporalErrors.InvalidType(function, temporal);
        }

        if ((type is TemporalType.Date or TemporalType.LocalDateTime or TemporalType.DateTime) && parts.Date is null)
        {
            throw TemporalErrors.InvalidValue(function, $"a {Database.CypherValues.TypeName(temporal)} has no date");
        }

        return (parts with { Offset = parts.Offset ?? 0 }).To(type);
    }

    /// <summary>Places a local date and time in a zone given by text: a fixed offset or a region id.</summary>
    public static object Zoned(TemporalType type, DateOnly? date, long nanos, string timezone)
    {
        var (offset, region) = ParseZone(timezone);
        if (region is null)
        {
            return new TemporalParts(date, nanos, offset, null).To(type);
        }

        var zone = TimeZones.FindRegion(region);
        var localDate = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var regionOffset = TimeZones.OffsetAtLocal(zone, localDate, nanos, out var adjustedNanos, out var adjustedDate);
        return type == TemporalType.Time
            ? new CypherTime(adjustedNanos, regionOffset)
            : new TemporalParts(adjustedDate, adjustedNanos, regionOffset, region).To(type);
    }

    public static (int? Offset, string? Region) ParseZone(string timezone) =>
        TimeZones.TryParseOffset(timezone, out var offset) ? (offset, null) : (null, timezone);

    private static TemporalParts? Base(Dictionary<string, object?> fields, string key, string function)
    {
        if (!fields.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return TemporalParts.TryFrom(value, out var parts) ? parts : throw TemporalErrors.InvalidType(function, value);
    }

    internal static DateOnly ResolveDate(IReadOnlyDictionary<string, object?> fields, DateOnly? baseDate, string function)
    {
        var year = Int(fields, "year", function);
        var month = Int(fields, "month", function);
        var day = Int(fields, "day", function);
        var week = Int(fields, "week", function);
        var dayOfWeek = Int(fields, "dayOfWeek", function);
        var quarter = Int(fields, "quarter", function);
        var dayOfQuarter = Int(fields, "dayOfQuarter", function);
        var ordinalDay = Int(fields, "ordinalDay", function);

        if (baseDate is null && year is null)
        {
            throw TemporalErrors.InvalidValue(function, "year must be specified");
        }

        try
        {
            if (week is not null || (baseDate is null && dayOfWeek is not null))
            {
                var weekYear = year ?? IsoDays.WeekYear(baseDate!.Value);
                return IsoDays.FromWeek(
                    weekYear,
                    week ?? IsoDays.Week(baseDate!.Value),
                    dayOfWeek ?? (baseDate is { } b ? IsoDays.DayOfWeek(b) : 1));
            }

            if (baseDate is { } withWeekDay && dayOfWeek is not null)
            {
                return IsoDays.FromWeek(year ?? IsoDays.WeekYear(withWeekDay), IsoDays.Week(withWeekDay), dayOfWeek.Value);
            }

            if (ordinalDay is not null)
            {
                var start = new DateOnly(year ?? baseDate!.Value.Year, 1, 1);
                return CheckedAddDays(start, ordinalDay.Value - 1, start.Year, function);
            }

            if (quarter is not null || dayOfQuarter is not null)
            {
                var y = year ?? baseDate!.Value.Year;
                var q = quarter ?? IsoDays.Quarter(baseDate!.Value);
                var dq = dayOfQuarter ?? (baseDate is { } bq ? IsoDays.DayOfQuarter(bq) : 1);
                if (q is < 1 or > 4)
                {
                    throw TemporalErrors.InvalidValue(function, $"quarter {q} is not between 1 and 4");
                }

                var start = IsoDays.QuarterStart(y, q);
                var result = start.AddDays(dq - 1);
                if (IsoDays.Quarter(result) != q || result.Year != y || dq < 1)
                {
                    throw TemporalErrors.InvalidValue(function, $"dayOfQuarter {dq} is not valid in quarter {q}");
                }

                return result;
            }

            return new DateOnly(year ?? baseDate!.Value.Year, month ?? baseDate?.Month ?? 1, day ?? baseDate?.Day ?? 1);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw TemporalErrors.InvalidValue(function, "the fields do not make a valid date");
        }
    }

    internal static long ResolveTime(IReadOnlyDictionary<string, object?> fields, long? baseNanos, string function)
    {
        var hour = Int(fields, "hour", function);
        var minute = Int(fields, "minute", function);
        var second = Int(fields, "second", function);
        var milli = Int(fields, "millisecond", function);
        var micro = Int(fields, "microsecond", function);
        var nano = Int(fields, "nanosecond", function);
        var b = baseNanos ?? 0;

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || milli is < 0 or > 999
            || micro is < 0 or > (999_999) || nano is < 0 or > 999_999_999)
        {
            throw TemporalErrors.InvalidValue(function, "a time field is out of range");
        }

        if (baseNanos is null && hour is null && (minute is not null || second is not null))
        {
            throw TemporalErrors.InvalidValue(function, "hour must be specified");
        }

        var subSecond = milli is null && micro is null && nano is null
            ? b % Nanos.PerSecond
            : (milli ?? 0) * Nanos.PerMillisecond + (micro ?? 0) * Nanos.PerMicrosecond + (nano ?? 0);
        return (hour ?? b / Nanos.PerHour) * Nanos.PerHour
            + (minute ?? b / Nanos.PerMinute % 60) * Nanos.PerMinute
            + (second ?? b / Nanos.PerSecond % 60) * Nanos.PerSecond
            + subSecond;
    }

    internal static bool HasAnyDateField(IReadOnlyDictionary<string, object?> fields) =>
        DateFields.Any(f => fields.Keys.Any(k => string.Equals(k, f, StringComparison.OrdinalIgnoreCase)));

    internal static bool HasAnyTimeField(IReadOnlyDictionary<string, object?> fields) =>
        TimeFields.Any(f => fields.Keys.Any(k => string.Equals(k, f, StringComparison.OrdinalIgnoreCase)));

    private static DateOnly CheckedAddDays(DateOnly start, int days, int year, string function)
    {
        var result = start.AddDays(days);
        return result.Year == year && days >= 0
            ? result
            : throw TemporalErrors.InvalidValue(function, $"ordinalDay {days + 1} is not valid in {year}");
    }

    private static int? Int(IReadOnlyDictionary<string, object?> fields, string key, string function)
    {
        if (!fields.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            long => throw TemporalErrors.InvalidValue(function, $"{key} is out of range"),
            _ => throw TemporalErrors.InvalidType(function, value),
        };
    }
}
