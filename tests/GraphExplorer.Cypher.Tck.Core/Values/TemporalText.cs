using System.Globalization;
using System.Text;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// The canonical text of temporal values, as Neo4j (and so the TCK's expected results) print them:
/// ISO-8601 with Java's <c>toString</c> conventions: <c>2015-07-21</c>, <c>12:31</c> (seconds only when not zero,
/// fractions in groups of 3, 6 or 9 digits), offsets as <c>Z</c> or <c>+01:00</c>, a named zone in brackets after the
/// offset, and durations as <c>P1Y2M3DT4H5M6.7S</c> with each unit signed on its own and <c>PT0S</c> for zero.
/// </summary>
public static class TemporalText
{
    /// <summary>The canonical text of a temporal value, or null when <paramref name="value"/> is not temporal.</summary>
    public static string? Format(object? value) => value switch
    {
        CypherDate d => Date(d.Date),
        CypherLocalTime t => Time(t.NanosecondOfDay),
        CypherTime t => Time(t.NanosecondOfDay) + Offset(t.OffsetSeconds),
        CypherLocalDateTime dt => Date(dt.Date) + "T" + Time(dt.NanosecondOfDay),
        CypherDateTime dt => Date(dt.Date) + "T" + Time(dt.NanosecondOfDay) + Offset(dt.OffsetSeconds)
            + (dt.ZoneId is { } zone ? $"[{zone}]" : string.Empty),
        CypherDuration d => Duration(d),
        _ => null,
    };

    /// <summary>Java's <c>LocalDate.toString</c>, one home in <see cref="CivilDate"/>: a sign on years beyond 0000-9999.</summary>
    private static string Date(CivilDate date) => date.ToString();

    /// <summary>Java's <c>LocalTime.toString</c>: HH:mm, then :ss and a 3, 6 or 9 digit fraction when present.</summary>
    private static string Time(long nanosecondOfDay)
    {
        var nanos = nanosecondOfDay % 1_000_000_000;
        var totalSeconds = nanosecondOfDay / 1_000_000_000;
        var builder = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{totalSeconds / 3600:D2}:{totalSeconds / 60 % 60:D2}");
        var seconds = totalSeconds % 60;
        if (seconds > 0 || nanos > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $":{seconds:D2}");
            if (nanos > 0)
            {
                if (nanos % 1_000_000 == 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $".{nanos / 1_000_000:D3}");
                }
                else if (nanos % 1000 == 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $".{nanos / 1000:D6}");
                }
                else
                {
                    builder.Append(CultureInfo.InvariantCulture, $".{nanos:D9}");
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Java's <c>ZoneOffset.toString</c>: Z, or ±HH:MM with :SS when the seconds are not zero.</summary>
    private static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var total = Math.Abs(offsetSeconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{total / 3600:D2}:{total / 60 % 60:D2}");
        return total % 60 == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}:{total % 60:D2}");
    }

    /// <summary>Neo4j's <c>DurationValue.toString</c>: months split into years and months, seconds into H, M and S.</summary>
    private static string Duration(CypherDuration duration)
    {
        if (duration is { Months: 0, Days: 0, Seconds: 0, Nanoseconds: 0 })
        {
            return "PT0S";
        }

        var builder = new StringBuilder("P");
        Append(builder, duration.Months / 12, 'Y');
        Append(builder, duration.Months % 12, 'M');
        Append(builder, duration.Days, 'D');
        if (duration.Seconds != 0 || duration.Nanoseconds != 0)
        {
            // The nanoseconds are stored non-negative; a negative duration prints them with the seconds' sign.
            var seconds = duration.Seconds;
            long nanos = duration.Nanoseconds;
            if (seconds < 0 && nanos != 0)
            {
                seconds++;
                nanos -= 1_000_000_000;
            }

            builder.Append('T');
            Append(builder, seconds / 3600, 'H');
            Append(builder, seconds % 3600 / 60, 'M');
            var wholeSeconds = seconds % 60;
            if (wholeSeconds != 0 || nanos != 0)
            {
                if (wholeSeconds == 0 && nanos < 0)
                {
                    builder.Append('-');
                }

                builder.Append(wholeSeconds.ToString(CultureInfo.InvariantCulture));
                if (nanos != 0)
                {
                    builder.Append('.').Append(Math.Abs(nanos).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                builder.Append('S');
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, long amount, char unit)
    {
        if (amount != 0)
        {
            builder.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
