using System.Globalization;
using System.Text;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// The ISO-8601 texts Neo4j's typed JSON uses for temporal values, read and written with nanosecond precision.
/// </summary>
/// <remarks>
/// Neo4j prints values the way <c>java.time</c> does: seconds are left out when they are zero (<c>12:50</c>), fractions
/// keep only the digits they need, a zero offset is <c>Z</c>, a zoned value carries both its offset and its zone
/// (<c>2015-11-21T21:40:32.142+01:00[Europe/Paris]</c>). Parsers accept all of these; formatters write full seconds and
/// trimmed fractions. Stateless and thread-safe. Errors are <see cref="FormatException"/>s that quote the text.
/// </remarks>
internal static partial class TemporalText
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long NanosPerMinute = 60 * NanosPerSecond;
    private const long NanosPerHour = 60 * NanosPerMinute;

    public static CypherDate ParseDate(string text)
    {
        var cursor = new Cursor(text, "Date");
        var date = cursor.ReadDate();
        cursor.ExpectEnd();
        return new CypherDate(date);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var cursor = new Cursor(text, "LocalTime");
        var nanos = cursor.ReadTimeOfDay();
        cursor.ExpectEnd();
        return new CypherLocalTime(nanos);
    }

    public static CypherTime ParseTime(string text)
    {
        var cursor = new Cursor(text, "Time");
        var nanos = cursor.ReadTimeOfDay();
        var offset = cursor.ReadOffset();
        cursor.ExpectEnd();
        return new CypherTime(nanos, offset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var cursor = new Cursor(text, "LocalDateTime");
        var date = cursor.ReadDate();
        cursor.Expect('T');
        var nanos = cursor.ReadTimeOfDay();
        cursor.ExpectEnd();
        return new CypherLocalDateTime(date, nanos);
    }

    /// <summary>Reads an OffsetDateTime or a ZonedDateTime (the zone in brackets is optional for both).</summary>
    public static CypherDateTime ParseDateTime(string text, string typeName)
    {
        var cursor = new Cursor(text, typeName);
        var date = cursor.ReadDate();
        cursor.Expect('T');
        var nanos = cursor.ReadTimeOfDay();
        var offset = cursor.ReadOffset();
        string? zone = null;
        if (cursor.TryConsume('['))
        {
            zone = cursor.ReadUntil(']');
            cursor.Expect(']');
        }

        cursor.ExpectEnd();
        return new CypherDateTime(date, nanos, offset, zone);
    }

    /// <summary>
    /// Reads an ISO-8601 duration (<c>P1Y2M3W4DT5H6M7.000000008S</c>, every component optional and signed, a leading sign
    /// negating the whole) into Neo4j's months, days, seconds and nanoseconds, with 0 ≤ nanoseconds &lt; 10⁹.
    /// </summary>
    public static CypherDuration ParseDuration(string text)
    {
        var cursor = new Cursor(text, "Duration");
        var negate = cursor.TryConsume('-');
        if (!negate)
        {
            cursor.TryConsume('+');
        }

        cursor.Expect('P');
        long months = 0, days = 0;
        Int128 timeNanos = 0;
        var inTime = false;
        var components = 0;
        while (!cursor.AtEnd)
        {
            if (!inTime && cursor.TryConsume('T'))
            {
                inTime = true;
                continue;
            }

            var (whole, fractionNanos, negative) = cursor.ReadSignedDecimal();
            var unit = cursor.Next();
            components++;
            var hasFraction = fractionNanos != 0;
            if (hasFraction && !(inTime && unit == 'S'))
            {
                throw cursor.Error("only seconds may have a fraction");
            }

            long signedWhole = negative ? -whole : whole;
            switch (inTime, unit)
            {
                case (false, 'Y'): months = checked(months + (signedWhole * 12)); break;
                case (false, 'M'): months = checked(months + signedWhole); break;
                case (false, 'W'): days = checked(days + (signedWhole * 7)); break;
                case (false, 'D'): days = checked(days + signedWhole); break;
                case (true, 'H'): timeNanos += (Int128)signedWhole * NanosPerHour; break;
                case (true, 'M'): timeNanos += (Int128)signedWhole * NanosPerMinute; break;
                case (true, 'S'):
                    var total = ((Int128)whole * NanosPerSecond) + fractionNanos;
                    timeNanos += negative ? -total : total;
                    break;
                default: throw cursor.Error($"'{unit}' is not a duration unit here");
            }
        }

        if (components == 0)
        {
            throw cursor.Error("a duration needs at least one component");
        }

        if (negate)
        {
            months = -months;
            days = -days;
            timeNanos = -timeNanos;
        }

        var seconds = (long)Int128.DivRem(timeNanos, NanosPerSecond).Quotient;
        var nanos = (long)(timeNanos - ((Int128)seconds * NanosPerSecond));
        if (nanos < 0)
        {
            seconds--;
            nanos += NanosPerSecond;
        }

        return new CypherDuration(months, days, seconds, (int)nanos);
    }

    public static string Format(CypherDate date) => FormatDate(new StringBuilder(11), date.Date).ToString();

    public static string Format(CypherLocalTime time) => FormatTimeOfDay(new StringBuilder(18), time.NanosecondOfDay).ToString();

    public static string Format(CypherTime time) =>
        FormatOffset(FormatTimeOfDay(new StringBuilder(24), time.NanosecondOfDay), time.OffsetSeconds).ToString();

    public static string Format(CypherLocalDateTime value)
    {
        var builder = FormatDate(new StringBuilder(29), value.Date).Append('T');
        return FormatTimeOfDay(builder, value.NanosecondOfDay).ToString();
    }

    /// <summary>Writes <c>date T time offset</c>, followed by <c>[zone]</c> when the value has a zone id.</summary>
    public static string Format(CypherDateTime value)
    {
        var builder = FormatDate(new StringBuilder(48), value.Date).Append('T');
        FormatOffset(FormatTimeOfDay(builder, value.NanosecondOfDay), value.OffsetSeconds);
        if (value.ZoneId is not null)
        {
            builder.Append('[').Append(value.ZoneId).Append(']');
        }

        return builder.ToString();
    }

    /// <summary>Writes <c>P{months}M{days}DT{seconds}S</c>, leaving out zero parts; the zero duration is <c>PT0S</c>.</summary>
    public static string Format(CypherDuration duration)
    {
        var builder = new StringBuilder(32).Append('P');
        if (duration.Months != 0)
        {
            builder.Append(duration.Months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (duration.Days != 0)
        {
            builder.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        var totalNanos = ((Int128)duration.Seconds * NanosPerSecond) + duration.Nanoseconds;
        if (totalNanos != 0 || (duration.Months == 0 && duration.Days == 0))
        {
            builder.Append('T');
            if (totalNanos < 0)
            {
                builder.Append('-');
                totalNanos = -totalNanos;
            }

            var (whole, fraction) = Int128.DivRem(totalNanos, NanosPerSecond);
            builder.Append(whole.ToString(CultureInfo.InvariantCulture));
            AppendFraction(builder, (long)fraction);
            builder.Append('S');
        }

        return builder.ToString();
    }

    /// <summary>java.time's form, which Neo4j's JSON uses: a sign on years beyond 0000-9999 (<c>+10000-01-01</c>).</summary>
    private static StringBuilder FormatDate(StringBuilder builder, CivilDate date) => builder.Append(date.ToString());

    private static StringBuilder FormatTimeOfDay(StringBuilder builder, long nanosecondOfDay)
    {
        if (nanosecondOfDay < 0 || nanosecondOfDay >= 24 * NanosPerHour)
        {
            throw new ArgumentOutOfRangeException(
                nameof(nanosecondOfDay), nanosecondOfDay, "A time of day must lie in [0, 86,400,000,000,000) nanoseconds.");
        }

        var hours = nanosecondOfDay / NanosPerHour;
        var minutes = nanosecondOfDay / NanosPerMinute % 60;
        var seconds = nanosecondOfDay / NanosPerSecond % 60;
        Append2(builder, hours).Append(':');
        Append2(builder, minutes).Append(':');
        Append2(builder, seconds);
        AppendFraction(builder, nanosecondOfDay % NanosPerSecond);
        return builder;
    }

    private static StringBuilder FormatOffset(StringBuilder builder, int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return builder.Append('Z');
        }

        builder.Append(offsetSeconds < 0 ? '-' : '+');
        var magnitude = Math.Abs((long)offsetSeconds);
        Append2(builder, magnitude / 3600).Append(':');
        Append2(builder, magnitude / 60 % 60);
        if (magnitude % 60 != 0)
        {
            Append2(builder.Append(':'), magnitude % 60);
        }

        return builder;
    }

    private static StringBuilder Append2(StringBuilder builder, long value) =>
        builder.Append((char)('0' + (value / 10))).Append((char)('0' + (value % 10)));

    private static void AppendFraction(StringBuilder builder, long nanos)
    {
        if (nanos == 0)
        {
            return;
        }

        var digits = nanos.ToString("D9", CultureInfo.InvariantCulture).AsSpan().TrimEnd('0');
        builder.Append('.').Append(digits);
    }
}
