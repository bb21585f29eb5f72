using System.Globalization;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>The temporal constructor functions: date(…), time(…), duration(…) from strings, maps and other temporals.</summary>
internal static class TemporalConstruction
{
    public static object? Date(object? arg) => arg switch
    {
        null => null,
        string s => Temporal.ParseDate(s),
        CypherDate d => d,
        CypherLocalDateTime l => new CypherDate(l.Date),
        CypherDateTime z => new CypherDate(z.Date),
        IReadOnlyDictionary<string, object?> m => new CypherDate(DateFromMap(m, BaseDate(m))),
        _ => throw CypherErrors.InvalidArgumentType($"date() cannot be built from a {Operations.TypeName(arg)}"),
    };

    public static object? LocalTime(object? arg) => arg switch
    {
        null => null,
        string s => Temporal.ParseLocalTime(s),
        CypherLocalTime t => t,
        CypherTime t => new CypherLocalTime(t.NanosecondOfDay),
        CypherLocalDateTime l => new CypherLocalTime(l.NanosecondOfDay),
        CypherDateTime z => new CypherLocalTime(z.NanosecondOfDay),
        IReadOnlyDictionary<string, object?> m => new CypherLocalTime(TimeFromMap(m, BaseTime(m))),
        _ => throw CypherErrors.InvalidArgumentType($"localtime() cannot be built from a {Operations.TypeName(arg)}"),
    };

    public static object? Time(object? arg)
    {
        switch (arg)
        {
            case null:
                return null;
            case string s:
                return Temporal.ParseTime(s);
            case CypherTime t:
                return t;
            case CypherLocalTime t:
                return new CypherTime(t.NanosecondOfDay, 0);
            case CypherLocalDateTime l:
                return new CypherTime(l.NanosecondOfDay, 0);
            case CypherDateTime z:
                return new CypherTime(z.NanosecondOfDay, z.OffsetSeconds);
            case IReadOnlyDictionary<string, object?> m:
                {
                    var source = m.GetValueOrDefault("time");
                    var nanos = TimeFromMap(m, BaseTime(m));
                    var sourceOffset = source switch { CypherTime t => t.OffsetSeconds, CypherDateTime z => z.OffsetSeconds, _ => (int?)null };
                    if (m.TryGetValue("timezone", out var tz) && tz is string zone)
                    {
                        var offset = ParseZoneOffset(zone, System.DateOnly.FromDateTime(System.DateTime.UtcNow), nanos).Offset;
                        if (sourceOffset is { } so)
                        {
                            nanos = Mod(nanos + (offset - so) * TemporalInstants.NanosPerSecond, TemporalInstants.NanosPerDay);
                        }

                        return new CypherTime(nanos, offset);
                    }

                    return new CypherTime(nanos, sourceOffset ?? 0);
                }

            default:
                throw CypherErrors.InvalidArgumentType($"time() cannot be built from a {Operations.TypeName(arg)}");
        }
    }

    public static object? LocalDateTime(object? arg) => arg switch
    {
        null => null,
        string s => Temporal.ParseLocalDateTime(s),
        CypherLocalDateTime l => l,
        CypherDateTime z => new CypherLocalDateTime(z.Date, z.NanosecondOfDay),
        CypherDate d => new CypherLocalDateTime(d.Date, 0),
        IReadOnlyDictionary<string, object?> m => new CypherLocalDateTime(DateFromMap(m, BaseDate(m)), TimeFromMap(m, BaseTime(m))),
        _ => throw CypherErrors.InvalidArgumentType($"localdatetime() cannot be built from a {Operations.TypeName(arg)}"),
    };

    public static object? DateTime(object? arg)
    {
        switch (arg)
        {
            case null:
                return null;
            case string s:
                return Temporal.ParseDateTime(s);
            case CypherDateTime z:
                return z;
            case CypherLocalDateTime l:
                return new CypherDateTime(l.Date, l.NanosecondOfDay, 0, null);
            case CypherDate d:
                return new CypherDateTime(d.Date, 0, 0, null);
            case IReadOnlyDictionary<string, object?> m:
                {
                    if (m.TryGetValue("epochSeconds", out var es) || m.TryGetValue("epochMillis", out _))
                    {
                        if (es is not null)
                        {
                            return FromEpoch(FunctionsLong(es), m.TryGetValue("nanosecond", out var ns) && ns is long n ? n : 0);
                        }

                        var millis = FunctionsLong(m["epochMillis"]);
                        return FromEpoch(Math.DivRem(millis, 1000).Quotient - (millis % 1000 < 0 ? 1 : 0), ((millis % 1000) + 1000) % 1000 * 1_000_000);
                    }

                    var date = DateFromMap(m, BaseDate(m));
                    var nanos = TimeFromMap(m, BaseTime(m));
                    var source = m.GetValueOrDefault("datetime") ?? m.GetValueOrDefault("time");
                    var sourceZone = source switch
                    {
                        CypherDateTime z => (z.OffsetSeconds, z.ZoneId),
                        CypherTime t => (t.OffsetSeconds, (string?)null),
                        _ => ((int OffsetSeconds, string? ZoneId)?)null,
                    };
                    if (m.TryGetValue("timezone", out var tz) && tz is string zone)
                    {
                        if (sourceZone is { } sz && source is CypherDateTime src)
                        {
                            // The selected date and time in the source's zone (its offset resolved anew on that date), as an instant in the new zone.
                            var selected = Temporal.MakeDateTime(date, nanos, src.ZoneId is null ? sz.OffsetSeconds : null, src.ZoneId);
                            return AtZone(TemporalInstants.ToInstantNanos(selected), zone);
                        }

                        if (sourceZone is { } tzs && source is CypherTime)
                        {
                            var (offset2, name2) = ParseZoneOffset(zone, date, nanos);
                            nanos = Mod(nanos + (offset2 - tzs.OffsetSeconds) * TemporalInstants.NanosPerSecond, TemporalInstants.NanosPerDay);
                            return new CypherDateTime(date, nanos, offset2, name2);
                        }

                        var (o, n2) = ParseZoneOffset(zone, date, nanos);
                        return new CypherDateTime(date, nanos, o, n2);
                    }

                    return sourceZone is { } keep
                        ? Temporal.MakeDateTime(date, nanos, keep.ZoneId is null ? keep.OffsetSeconds : null, keep.ZoneId)
                        : new CypherDateTime(date, nanos, 0, null);
                }

            default:
                throw CypherErrors.InvalidArgumentType($"datetime() cannot be built from a {Operations.TypeName(arg)}");
        }
    }

    /// <summary>The UTC date-time of seconds (and nanoseconds) since 1970-01-01T00:00Z; 128-bit, as years ±999,999,999 need.</summary>
    public static CypherDateTime FromEpoch(long seconds, long nanos)
    {
        var total = (Int128)seconds * TemporalInstants.NanosPerSecond + nanos;
        var day = (long)(total / TemporalInstants.NanosPerDay);
        if (total < 0 && total % TemporalInstants.NanosPerDay != 0)
        {
            day--;
        }

        try
        {
            return new CypherDateTime(default(CivilDate).AddDays(day), (long)(total - (Int128)day * TemporalInstants.NanosPerDay), 0, null);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw CypherErrors.TemporalBeyondRange($"The instant {seconds} seconds after 1970-01-01T00:00Z");
        }
    }

    public static object? Duration(object? arg)
    {
        switch (arg)
        {
            case null:
                return null;
            case string s:
                return Temporal.ParseDuration(s);
            case CypherDuration d:
                return d;
            case IReadOnlyDictionary<string, object?> m:
                {
                    double Part(string key)
                    {
                        foreach (var (k, v) in m)
                        {
                            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                            {
                                return v switch
                                {
                                    long l => l,
                                    double d => d,
                                    null => 0,
                                    _ => throw CypherErrors.InvalidArgumentType($"duration() component {key} must be a number"),
                                };
                            }
                        }

                        return 0;
                    }

                    return Temporal.BuildDuration(Part("years"), Part("months"), Part("weeks"), Part("days"), Part("hours"),
                        Part("minutes"), Part("seconds"), Part("milliseconds"), Part("microseconds"), Part("nanoseconds"), Part("quarters"));
                }

            default:
                throw CypherErrors.InvalidArgumentType($"duration() cannot be built from a {Operations.TypeName(arg)}");
        }
    }

    private static long FunctionsLong(object? value) => value switch
    {
        long l => l,
        double d => (long)d,
        _ => throw CypherErrors.InvalidArgumentType("Expected an Integer"),
    };

    private static long Mod(long value, long modulus) => ((value % modulus) + modulus) % modulus;

    private static CivilDate? BaseDate(IReadOnlyDictionary<string, object?> m) =>
        (m.GetValueOrDefault("date") ?? m.GetValueOrDefault("datetime")) switch
        {
            CypherDate d => d.Date,
            CypherLocalDateTime l => l.Date,
            CypherDateTime z => z.Date,
            _ => null,
        };

    private static long? BaseTime(IReadOnlyDictionary<string, object?> m) =>
        (m.GetValueOrDefault("time") ?? m.GetValueOrDefault("datetime")) switch
        {
            CypherLocalTime t => t.NanosecondOfDay,
            CypherTime t => t.NanosecondOfDay,
            CypherLocalDateTime l => l.NanosecondOfDay,
            CypherDateTime z => z.NanosecondOfDay,
            _ => null,
        };

    private static int? Int(IReadOnlyDictionary<string, object?> m, string key) =>
        m.TryGetValue(key, out var v) && v is not null
            ? v is long l
                ? l is >= int.MinValue and <= int.MaxValue ? (int)l : throw CypherErrors.InvalidArgumentValue($"Invalid value for {key}: {l}")
                : throw CypherErrors.InvalidArgumentType($"Temporal component {key} must be an Integer")
            : null;

    private static CivilDate DateFromMap(IReadOnlyDictionary<string, object?> m, CivilDate? baseDate)
    {
        try
        {
            var year = Int(m, "year") ?? baseDate?.Year ?? throw CypherErrors.InvalidArgumentValue("A date needs a year");
            if (Int(m, "week") is { } week)
            {
                var dow = Int(m, "dayOfWeek") ?? (baseDate is { } bd ? bd.IsoDayOfWeek : 1);
                var weekYear = Int(m, "year") ?? (baseDate is { } b2 ? b2.WeekYear : year);
                return CivilDate.FromIsoWeek(weekYear, week, dow);
            }

            if (Int(m, "quarter") is { } quarter)
            {
                var dayOfQuarter = Int(m, "dayOfQuarter")
                    ?? (baseDate is { } bq ? (int)(bq.EpochDay - new CivilDate(bq.Year, (bq.Month - 1) / 3 * 3 + 1, 1).EpochDay) + 1 : 1);
                return new CivilDate(year, (quarter - 1) * 3 + 1, 1).AddDays(dayOfQuarter - 1);
            }

            if (Int(m, "ordinalDay") is { } ordinal)
            {
                return new CivilDate(year, 1, 1).AddDays(ordinal - 1);
            }

            var month = Int(m, "month") ?? (baseDate is { } b3 && Int(m, "year") is null ? b3.Month : baseDate?.Month ?? 1);
            var day = Int(m, "day") ?? (baseDate?.Day ?? 1);
            if (baseDate is not null && Int(m, "month") is null && Int(m, "day") is null && Int(m, "year") is not null)
            {
                month = baseDate.Value.Month;
            }

            return new CivilDate(year, month, day);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // CivilDate names the field and its range as java.time (and so Neo4j) does.
            throw CypherErrors.InvalidArgumentValue(e is ArgumentOutOfRangeException { ActualValue: not null } range
                ? range.Message.Split(" (Parameter", 2)[0] : "Invalid date components");
        }
    }

    private static long TimeFromMap(IReadOnlyDictionary<string, object?> m, long? baseTime)
    {
        long b = baseTime ?? 0;
        long hour = Int(m, "hour") ?? b / 3_600_000_000_000L;
        long minute = Int(m, "minute") ?? b / 60_000_000_000L % 60;
        long second = Int(m, "second") ?? b / 1_000_000_000L % 60;
        long fraction = b % 1_000_000_000L;
        if (m.ContainsKey("millisecond") || m.ContainsKey("microsecond") || m.ContainsKey("nanosecond"))
        {
            fraction = (Int(m, "millisecond") ?? 0) * 1_000_000L + (Int(m, "microsecond") ?? 0) * 1_000L + (Int(m, "nanosecond") ?? 0);
        }

        if (hour > 23 || minute > 59 || second > 59 || fraction >= 1_000_000_000L)
        {
            throw CypherErrors.InvalidArgumentValue("Invalid time components");
        }

        return ((hour * 60 + minute) * 60 + second) * TemporalInstants.NanosPerSecond + fraction;
    }

    /// <summary>An instant shown in a zone given as an offset or a name (a named zone's offset at that instant).</summary>
    private static CypherDateTime AtZone(Int128 instant, string zone)
    {
        var (offset, name) = ParseZoneOffset(zone, default, 0);
        if (name is not null)
        {
            offset = Temporal.OffsetAtInstant(name, instant);
        }

        var (date, nanos) = Temporal.LocalOf(instant, offset);
        return new CypherDateTime(date, nanos, offset, name);
    }

    /// <summary>A zone given as an offset ("+01:00", "Z") or an IANA name, resolved at a local date and time.</summary>
    public static (int Offset, string? Name) ParseZoneOffset(string zone, CivilDate date, long nanos)
    {
        if (zone == "Z")
        {
            return (0, null);
        }

        if (zone.Length > 0 && (zone[0] == '+' || zone[0] == '-'))
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length > 2 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
            var seconds = digits.Length > 4 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0;
            return ((zone[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds), null);
        }

        return (Temporal.OffsetAtLocal(zone, date, nanos), zone);
    }
}
