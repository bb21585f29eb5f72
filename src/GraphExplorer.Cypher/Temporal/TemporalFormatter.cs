using System.Globalization;
using System.Text;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// The canonical text of temporal values, as Neo4j prints them (java.time's ISO forms): seconds and fractions appear
/// only when non-zero, fractions in groups of 3, 6 or 9 digits; offsets as Z or ±HH:MM[:SS]; durations as P…T….
/// </summary>
public static class TemporalFormatter
{
    public static string Format(object value) => value switch
    {
        CypherDate d => FormatDate(d.Value),
        CypherLocalTime t => FormatTime(t.NanosecondOfDay),
        CypherTime t => FormatTime(t.NanosecondOfDay) + TimeZones.FormatOffset(t.OffsetSeconds),
        CypherLocalDateTime dt => FormatDate(dt.Date) + "T" + FormatTime(dt.NanosecondOfDay),
        CypherDateTime dt => FormatDate(dt.Date) + "T" + FormatTime(dt.NanosecondOfDay) + TimeZones.FormatOffset(dt.OffsetSeconds)
            + (dt.ZoneId is null ? string.Empty : "[" + dt.ZoneId + "]"),
        CypherDuration d => FormatDuration(d),
        _ => throw new ArgumentException($"Not a temporal value: {value.GetType().Name}", nameof(value)),
    };

    public static string FormatDate(DateOnly date) =>
        date.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("00", CultureInfo.InvariantCulture)
        + "-" + date.Day.ToString("00", CultureInfo.InvariantCulture);

    public static string FormatTime(long nanosecondOfDay)
    {
        var hour = nanosecondOfDay / Nanos.PerHour;
        var minute = nanosecondOfDay / Nanos.PerMinute % 60;
        var second = nanosecondOfDay / Nanos.PerSecond % 60;
        var nanos = nanosecondOfDay % Nanos.PerSecond;
        var text = new StringBuilder(18);
        text.Append(hour.ToString("00", CultureInfo.InvariantCulture)).Append(':').Append(minute.ToString("00", CultureInfo.InvariantCulture));
        if (second > 0 || nanos > 0)
        {
            text.Append(':').Append(second.ToString("00", CultureInfo.InvariantCulture));
            if (nanos > 0)
            {
                text.Append('.');
                if (nanos % Nanos.PerMillisecond == 0)
                {
                    text.Append((nanos / Nanos.PerMillisecond).ToString("000", CultureInfo.InvariantCulture));
                }
                else if (nanos % Nanos.PerMicrosecond == 0)
                {
                    text.Append((nanos / Nanos.PerMicrosecond).ToString("000000", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(nanos.ToString("000000000", CultureInfo.InvariantCulture));
                }
            }
        }

        return text.ToString();
    }

    public static string FormatDuration(CypherDuration duration)
    {
        if (duration.Months == 0 && duration.Days == 0 && duration.Seconds == 0 && duration.Nanoseconds == 0)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, duration.Months / 12, 'Y');
        Append(text, duration.Months % 12, 'M');
        Append(text, duration.Days, 'D');
        if (duration.Seconds != 0 || duration.Nanoseconds != 0)
        {
            text.Append('T');

            // Seconds and nanoseconds together carry the sign: nanoseconds are kept in [0, 1e9).
            var totalNanos = (Int128)duration.Seconds * Nanos.PerSecond + duration.Nanoseconds;
            var negative = totalNanos < 0;
            var magnitude = negative ? -totalNanos : totalNanos;
            var wholeSeconds = (long)(magnitude / Nanos.PerSecond);
            var fraction = (long)(magnitude % Nanos.PerSecond);
            var sign = negative ? -1 : 1;
            Append(text, sign * (wholeSeconds / 3600), 'H');
            Append(text, sign * (wholeSeconds / 60 % 60), 'M');
            var seconds = wholeSeconds % 60;
            if (seconds != 0 || fraction != 0)
            {
                if (negative)
                {
                    text.Append('-');
                }

                text.Append(seconds.ToString(CultureInfo.InvariantCulture));
                if (fraction != 0)
                {
                    text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
