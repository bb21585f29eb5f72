using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>Neo4j's string forms of temporal values and their component accessors (<c>d.year</c>, <c>t.hour</c>, …).</summary>
internal static class TemporalFormat
{
    public static string? Format(object? value) => value switch
    {
        CypherDate d => FormatDate(d.Date),
        CypherLocalTime t => FormatTime(t.NanosecondOfDay),
        CypherTime t => FormatTime(t.NanosecondOfDay) + FormatOffset(t.OffsetSeconds),
        CypherLocalDateTime l => FormatDate(l.Date) + "T" + FormatTime(l.NanosecondOfDay),
        CypherDateTime z => FormatDate(z.Date) + "T" + FormatTime(z.NanosecondOfDay) + FormatOffset(z.OffsetSeconds)
            + (z.ZoneId is null ? "" : "[" + z.ZoneId + "]"),
        CypherDuration d => FormatDuration(d),
        _ => null,
    };

    public static string FormatDate(CivilDate date) => date.ToString();

    public static string FormatTime(long nanos)
    {
        var hours = nanos / 3_600_000_000_000L;
        var minutes = nanos / 60_000_000_000L % 60;
        var seconds = nanos / 1_000_000_000L % 60;
        var fraction = nanos % 1_000_000_000L;
        // Neo4j always writes the seconds (09:00:00, not java.time's 09:00); only the fraction is left out when zero.
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{seconds:00}");
        if (fraction != 0)
        {
            text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
        }

        return text.ToString();
    }

    public static string FormatOffset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        var text = $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}";
        return abs % 60 != 0 ? text + $":{abs % 60:00}" : text;
    }

    public static string FormatDuration(CypherDuration d)
    {
        var text = new StringBuilder("P");
        var years = d.Months / 12;
        var months = d.Months % 12;
        if (years != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{years}Y");
        }

        if (months != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{months}M");
        }

        if (d.Days != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Days}D");
        }

        var totalNanos = Temporal.TotalNanos(d);
        if (totalNanos != 0)
        {
            text.Append('T');
            var negative = totalNanos < 0;
            var abs = Math.Abs(totalNanos);
            var hours = (long)(abs / 3_600_000_000_000m);
            var minutes = (long)(abs / 60_000_000_000m) % 60;
            var secondsPart = abs - (hours * 3600 + minutes * 60) * 1_000_000_000m;
            var sign = negative ? "-" : "";
            if (hours != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{sign}{hours}H");
            }

            if (minutes != 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{sign}{minutes}M");
            }

            if (secondsPart != 0)
            {
                var whole = (long)(secondsPart / 1_000_000_000m);
                var fraction = (long)(secondsPart % 1_000_000_000m);
                text.Append(sign).Append(whole.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0)
                {
                    text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    /// <summary>A component of a temporal value or duration, e.g. <c>year</c>, <c>epochSeconds</c>, <c>days</c>.</summary>
    public static object? Component(object value, string key)
    {
        var k = key.ToLowerInvariant();
        CivilDate? date = value switch
        {
            CypherDate d => d.Date,
            CypherLocalDateTime l => l.Date,
            CypherDateTime z => z.Date,
            _ => null,
        };
        long? nanos = value switch
        {
            CypherLocalTime t => t.NanosecondOfDay,
            CypherTime t => t.NanosecondOfDay,
            CypherLocalDateTime l => l.NanosecondOfDay,
            CypherDateTime z => z.NanosecondOfDay,
            _ => null,
        };
        int? offset = value switch
        {
            CypherTime t => t.OffsetSeconds,
            CypherDateTime z => z.OffsetSeconds,
            _ => null,
        };

        if (value is CypherDuration duration)
        {
            return DurationComponent(duration, k) ?? throw NoSuch(value, key);
        }

        return (date is { } day ? DateComponent(day, k) : null)
            ?? (nanos is { } nanosecondOfDay ? TimeComponent(nanosecondOfDay, k) : null)
            ?? (offset is { } offsetSeconds ? OffsetComponent(value, offsetSeconds, k) : null)
            ?? (value is CypherDateTime instant ? EpochComponent(instant, k) : null)
            ?? throw NoSuch(value, key);
    }

    private static object? DateComponent(CivilDate dt, string k) => k switch
    {
        "year" => (long)dt.Year,
        "quarter" => (long)((dt.Month - 1) / 3 + 1),
        "month" => (long)dt.Month,
        "week" => (long)dt.IsoWeek,
        "weekyear" => (long)dt.WeekYear,
        "day" => (long)dt.Day,
        "ordinalday" => (long)dt.DayOfYear,
        "dayofweek" or "weekday" => (long)dt.IsoDayOfWeek,
        "dayofquarter" => (long)(dt.DayNumber - new CivilDate(dt.Year, (dt.Month - 1) / 3 * 3 + 1, 1).DayNumber + 1),
        _ => null,
    };

    private static object? TimeComponent(long n, string k) => k switch
    {
        "hour" => n / 3_600_000_000_000L,
        "minute" => n / 60_000_000_000L % 60,
        "second" => n / 1_000_000_000L % 60,
        "millisecond" => n / 1_000_000L % 1000,
        "microsecond" => n / 1_000L % 1_000_000,
        "nanosecond" => n % 1_000_000_000L,
        _ => null,
    };

    private static object? OffsetComponent(object value, int o, string k) => k switch
    {
        "timezone" => value is CypherDateTime { ZoneId: { } zone } ? zone : FormatOffset(o),
        "offset" => FormatOffset(o),
        "offsetminutes" => (long)(o / 60),
        "offsetseconds" => (long)o,
        _ => null,
    };

    /// <summary>Seconds and milliseconds since 1970-01-01T00:00Z, rounded down (towards the past) before it.</summary>
    private static object? EpochComponent(CypherDateTime zdt, string k)
    {
        var epoch = TemporalInstants.ToInstantNanos(zdt) - (Int128)new CivilDate(1970, 1, 1).DayNumber * TemporalInstants.NanosPerDay;
        return k switch
        {
            "epochseconds" => (long)(epoch >= 0 ? epoch / TemporalInstants.NanosPerSecond : -((-epoch + TemporalInstants.NanosPerSecond - 1) / TemporalInstants.NanosPerSecond)),
            "epochmillis" => (long)(epoch >= 0 ? epoch / 1_000_000 : -((-epoch + 999_999) / 1_000_000)),
            _ => null,
        };
    }

    private static object? DurationComponent(CypherDuration d, string k)
    {
        var total = Temporal.TotalNanos(d);
        return k switch
        {
            "years" => d.Months / 12,
            "quarters" => d.Months / 3,
            "months" => d.Months,
            "weeks" => d.Days / 7,
            "days" => d.Days,
            "hours" => (long)Math.Truncate(total / 3_600_000_000_000m),
            "minutes" => (long)Math.Truncate(total / 60_000_000_000m),
            "seconds" => d.Seconds,
            "milliseconds" => (long)Math.Floor(total / 1_000_000m),
            "microseconds" => (long)Math.Floor(total / 1_000m),
            "nanoseconds" => (long)total,
            "quartersofyear" => d.Months / 3 % 4,
            "monthsofquarter" => d.Months % 3,
            "monthsofyear" => d.Months % 12,
            "daysofweek" => d.Days % 7,
            "minutesofhour" => (long)Math.Truncate(total / 60_000_000_000m) % 60,
            "secondsofminute" => d.Seconds % 60,
            "millisecondsofsecond" => (long)d.Nanoseconds / 1_000_000,
            "microsecondsofsecond" => (long)d.Nanoseconds / 1_000,
            "nanosecondsofsecond" => (long)d.Nanoseconds,
            _ => null,
        };
    }

    private static Database.CypherException NoSuch(object value, string key) =>
        CypherErrors.InvalidArgumentValue($"A {Operations.TypeName(value)} has no component '{key}'");
}
