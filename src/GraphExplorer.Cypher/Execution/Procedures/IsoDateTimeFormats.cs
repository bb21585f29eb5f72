using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// Java's predefined ISO formatters by the names APOC accepts (<c>iso_zoned_date_time</c>, <c>iso_offset_date_time</c>,
/// …; https://docs.oracle.com/javase/8/docs/api/java/time/format/DateTimeFormatter.html#predefined): parsing text into
/// the fields it holds, and printing fields as the formatter prints them (seconds always, the fraction without trailing
/// zeros, <c>Z</c> for a zero offset, the zone in brackets where the formatter has one).
/// </summary>
internal static partial class IsoDateTimeFormats
{
    /// <summary>The fields a text holds: each is null when the format has no such field.</summary>
    internal sealed record Fields(GraphExplorer.Database.Values.CivilDate? Date, long? NanosecondOfDay, int? OffsetSeconds, string? Zone);

    private enum Part { Absent, Optional, Required }

    /// <summary>What a named format holds: date, time, offset, zone (each absent, optional or required).</summary>
    private sealed record Shape(Part Date, Part Time, Part Offset, Part Zone, bool Instant = false);

    private static readonly Dictionary<string, Shape> Shapes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso_local_date"] = new(Part.Required, Part.Absent, Part.Absent, Part.Absent),
        ["iso_offset_date"] = new(Part.Required, Part.Absent, Part.Required, Part.Absent),
        ["iso_date"] = new(Part.Required, Part.Absent, Part.Optional, Part.Absent),
        ["iso_local_time"] = new(Part.Absent, Part.Required, Part.Absent, Part.Absent),
        ["iso_offset_time"] = new(Part.Absent, Part.Required, Part.Required, Part.Absent),
        ["iso_time"] = new(Part.Absent, Part.Required, Part.Optional, Part.Absent),
        ["iso_local_date_time"] = new(Part.Required, Part.Required, Part.Absent, Part.Absent),
        ["iso_offset_date_time"] = new(Part.Required, Part.Required, Part.Required, Part.Absent),
        ["iso_zoned_date_time"] = new(Part.Required, Part.Required, Part.Required, Part.Optional),
        ["iso_date_time"] = new(Part.Required, Part.Required, Part.Optional, Part.Optional),
        ["iso_instant"] = new(Part.Required, Part.Required, Part.Required, Part.Absent, Instant: true),
    };

    /// <summary>The format names this engine knows, for error messages and the README.</summary>
    public static IEnumerable<string> Names => Shapes.Keys;

    public static bool IsKnown(string format) => Shapes.ContainsKey(format);

    [GeneratedRegex(@"^(?:(?<date>(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})))?(?<t>T)?(?:(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<f>\d{1,9}))?)?)?(?<o>Z|[+-]\d{2}:\d{2}(?::\d{2})?)?(?:\[(?<z>[^\]]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoText();

    /// <summary>Parses <paramref name="text"/> with the named format; null when the text does not fit it.</summary>
    public static Fields? Parse(string text, string format)
    {
        var shape = Shapes[format];
        var match = IsoText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hasDate = match.Groups["date"].Success;
        var hasTime = match.Groups["h"].Success;
        var hasOffset = match.Groups["o"].Success;
        var hasZone = match.Groups["z"].Success;
        if (!Fits(shape.Date, hasDate) || !Fits(shape.Time, hasTime) || !Fits(shape.Offset, hasOffset) || !Fits(shape.Zone, hasZone)
            || match.Groups["t"].Success != (hasDate && hasTime) || (hasZone && !hasOffset))
        {
            return null;
        }

        GraphExplorer.Database.Values.CivilDate? date = null;
        if (hasDate)
        {
            if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return null;
            }

            date = parsed;
        }

        long? nanos = null;
        if (hasTime)
        {
            var hour = Number(match, "h");
            var minute = Number(match, "mi");
            var second = match.Groups["s"].Success ? Number(match, "s") : 0;
            var fraction = match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            nanos = ((hour * 60 + minute) * 60 + second) * 1_000_000_000L + fraction;
        }

        int? offset = hasOffset ? OffsetSeconds(match.Groups["o"].Value) : null;
        if (offset is { } o && Math.Abs(o) > 18 * 3600)
        {
            return null;
        }

        return new Fields(date, nanos, offset, hasZone ? match.Groups["z"].Value : null);
    }

    /// <summary>
    /// Prints <paramref name="fields"/> with the named format; a field the format needs and the value lacks gives the
    /// name Java's exception gives it (<c>OffsetSeconds</c>, <c>Year</c>, <c>HourOfDay</c>) in <c>MissingField</c>.
    /// </summary>
    public static (string? Text, string? MissingField) Print(Fields fields, string format)
    {
        var shape = Shapes[format];
        if (shape.Instant)
        {
            if (fields.Date is null || fields.NanosecondOfDay is null || fields.OffsetSeconds is null)
            {
                return (null, fields.OffsetSeconds is null ? "OffsetSeconds" : fields.Date is null ? "Year" : "HourOfDay");
            }

            return (PrintInstant(fields.Date.Value, fields.NanosecondOfDay.Value, fields.OffsetSeconds.Value), null);
        }

        if (shape.Date == Part.Required && fields.Date is null)
        {
            return (null, "Year");
        }

        if (shape.Time == Part.Required && fields.NanosecondOfDay is null)
        {
            return (null, "HourOfDay");
        }

        if (shape.Offset == Part.Required && fields.OffsetSeconds is null)
        {
            return (null, "OffsetSeconds");
        }

        var text = new StringBuilder();
        if (shape.Date != Part.Absent)
        {
            text.Append(TemporalFormat.FormatDate(fields.Date!.Value));
        }

        if (shape.Time != Part.Absent)
        {
            text.Append(shape.Date != Part.Absent ? "T" : "").Append(TemporalFormat.FormatTime(fields.NanosecondOfDay!.Value));
        }

        if (shape.Offset != Part.Absent && fields.OffsetSeconds is { } offset)
        {
            text.Append(TemporalFormat.FormatOffset(offset));
            if (shape.Zone != Part.Absent && fields.Zone is { } zone)
            {
                text.Append('[').Append(zone).Append(']');
            }
        }

        return (text.ToString(), null);
    }

    /// <summary>ISO_INSTANT: the UTC instant, <c>Z</c>, and a fraction printed in groups of three digits.</summary>
    private static string PrintInstant(GraphExplorer.Database.Values.CivilDate date, long nanosecondOfDay, int offsetSeconds)
    {
        var utcNanos = nanosecondOfDay - offsetSeconds * 1_000_000_000L;
        // An offset is at most 18 hours, so the UTC time is at most one day either side.
        var dayShift = utcNanos < 0 ? -1 : utcNanos >= TemporalInstants.NanosPerDay ? 1 : 0;
        utcNanos -= dayShift * TemporalInstants.NanosPerDay;
        var text = new StringBuilder(TemporalFormat.FormatDate(date.AddDays(dayShift))).Append('T');
        var fraction = utcNanos % 1_000_000_000L;
        text.Append(TemporalFormat.FormatTime(utcNanos - fraction));
        if (fraction != 0)
        {
            var digits = fraction.ToString("000000000", CultureInfo.InvariantCulture);
            text.Append('.').Append(fraction % 1_000_000 == 0 ? digits[..3] : fraction % 1_000 == 0 ? digits[..6] : digits);
        }

        return text.Append('Z').ToString();
    }

    private static bool Fits(Part part, bool present) => part switch
    {
        Part.Absent => !present,
        Part.Required => present,
        _ => true,
    };

    private static long Number(Match match, string group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int OffsetSeconds(string text)
    {
        if (text == "Z")
        {
            return 0;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var parts = text[1..].Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return sign * (parts[0] * 3600 + parts[1] * 60 + (parts.Length > 2 ? parts[2] : 0));
    }
}
