using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>Parses the ISO 8601 text forms Neo4j accepts for each temporal type (extended and basic formats).</summary>
internal static partial class TemporalParser
{
    public static CypherDate ParseDate(string text) =>
        new(TryParseDatePart(text, out var date) ? date : throw TemporalErrors.UnparsableText("Date", text));

    public static CypherLocalTime ParseLocalTime(string text)
    {
        // An offset or zone in the text is accepted and dropped, as Neo4j does for local types.
        return new CypherLocalTime(ParseTimeWithZone(text, "LocalTime").Nanos);
    }

    public static CypherTime ParseTime(string text, int defaultOffset)
    {
        var (nanos, offset, _) = ParseTimeWithZone(text, "Time");
        return new CypherTime(nanos, offset ?? defaultOffset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var (date, time) = SplitDateTime(text, "LocalDateTime");
        var nanos = time is null ? 0 : ParseTimeWithZone(time, "LocalDateTime").Nanos;
        return new CypherLocalDateTime(date, nanos);
    }

    public static CypherDateTime ParseDateTime(string text, Func<DateOnly, long, CypherDateTime> inDefaultZone)
    {
        var (date, time) = SplitDateTime(text, "DateTime");
        if (time is null)
        {
            return inDefaultZone(date, 0);
        }

        var (nanos, offset, zone) = ParseTimeWithZone(time, "DateTime");
        if (zone is not null)
        {
            var region = TimeZones.FindRegion(zone);
            var zoneOffset = TimeZones.OffsetAtLocal(region, date, nanos, out var adjustedNanos, out var adjustedDate);
            return new CypherDateTime(adjustedDate, adjustedNanos, zoneOffset, zone);
        }

        return offset is { } fixedOffset ? new CypherDateTime(date, nanos, fixedOffset, null) : inDefaultZone(date, nanos);
    }

    public static CypherDuration ParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (match.Success && match.Length > 1 && !text.EndsWith('T'))
        {
            var sign = match.Groups["sign"].Value == "-" ? -1m : 1m;
            return DurationMath.FromComponents(
                years: sign * Number(match, "y"),
                months: sign * Number(match, "mo"),
                weeks: sign * Number(match, "w"),
                days: sign * Number(match, "d"),
                hours: sign * Number(match, "h"),
                minutes: sign * Number(match, "mi"),
                seconds: sign * Number(match, "s"),
                nanoseconds: 0m);
        }

        var alternative = AlternativeDurationPattern().Match(text);
        if (alternative.Success)
        {
            return DurationMath.FromComponents(
                Number(alternative, "y"), Number(alternative, "mo"), 0m, Number(alternative, "d"),
                Number(alternative, "h"), Number(alternative, "mi"), Number(alternative, "s"), 0m);
        }

        throw TemporalErrors.UnparsableText("Duration", text);
    }

    private static decimal Number(Match match, string group) =>
        match.Groups[group].Success
            ? decimal.Parse(match.Groups[group].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0m;

    private static (DateOnly Date, string? Time) SplitDateTime(string text, string type)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        var datePart = t < 0 ? text : text[..t];
        if (!TryParseDatePart(datePart, out var date))
        {
            throw TemporalErrors.UnparsableText(type, text);
        }

        return (date, t < 0 ? null : text[(t + 1)..]);
    }

    private static (long Nanos, int? Offset, string? Zone) ParseTimeWithZone(string text, string type)
    {
        var match = TimeWithZonePattern().Match(text);
        if (!match.Success)
        {
            throw TemporalErrors.UnparsableText(type, text);
        }

        var nanos = ParseTimeOfDay(match.Groups["time"].Value) ?? throw TemporalErrors.UnparsableText(type, text);
        int? offset = null;
        if (match.Groups["offset"].Success)
        {
            offset = TimeZones.TryParseOffset(match.Groups["offset"].Value, out var seconds)
                ? seconds
                : throw TemporalErrors.UnparsableText(type, text);
        }

        var zone = match.Groups["zone"].Success ? match.Groups["zone"].Value : null;
        return (nanos, offset, zone);
    }

    private static long? ParseTimeOfDay(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(9, '0') : "0";
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return hour * Nanos.PerHour + minute * Nanos.PerMinute + second * Nanos.PerSecond
            + long.Parse(fraction, CultureInfo.InvariantCulture);
    }

    internal static bool TryParseDatePart(string text, out DateOnly date)
    {
        date = default;
        try
        {
            Match match;
            if ((match = CalendarDatePattern().Match(text)).Success || (match = CompactCalendarDatePattern().Match(text)).Success)
            {
                date = new DateOnly(Year(match), Int(match, "m"), Int(match, "d"));
                return true;
            }

            if ((match = YearMonthPattern().Match(text)).Success || (match = CompactYearMonthPattern().Match(text)).Success)
            {
                date = new DateOnly(Year(match), Int(match, "m"), 1);
                return true;
            }

            if ((match = WeekDatePattern().Match(text)).Success)
            {
                var dayOfWeek = match.Groups["dow"].Success ? Int(match, "dow") : 1;
                date = DateOnly.FromDateTime(ISOWeek.ToDateTime(Year(match), Int(match, "w"), IsoDays.ToDayOfWeek(dayOfWeek)));
                return true;
            }

            if ((match = OrdinalDatePattern().Match(text)).Success)
            {
                var year = Year(match);
                var ordinal = Int(match, "o");
                if (ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365))
                {
                    return false;
                }

                date = new DateOnly(year, 1, 1).AddDays(ordinal - 1);
                return true;
            }

            if ((match = YearPattern().Match(text)).Success)
            {
                date = new DateOnly(Year(match), 1, 1);
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        return false;
    }

    private static int Year(Match match) => int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[+-]?\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex CalendarDatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex CompactCalendarDatePattern();

    [GeneratedRegex(@"^(?<y>[+-]?\d{4})-(?<m>\d{2})$")]
    private static partial Regex YearMonthPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})$")]
    private static partial Regex CompactYearMonthPattern();

    [GeneratedRegex(@"^(?<y>[+-]?\d{4})-?W(?<w>\d{2})(?:-?(?<dow>[1-7]))?$")]
    private static partial Regex WeekDatePattern();

    [GeneratedRegex(@"^(?<y>[+-]?\d{4})-?(?<o>\d{3})$")]
    private static partial Regex OrdinalDatePattern();

    [GeneratedRegex(@"^(?<y>[+-]?\d{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<time>[0-9:.,]+)(?<offset>Z|[+-][0-9:]+)?(?:\[(?<zone>[^\]]+)\])?$")]
    private static partial Regex TimeWithZonePattern();

    [GeneratedRegex(@"^(?<h>\d{2})(?::?(?<m>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?:(?<y>[-+]?\d+(?:[.,]\d+)?)Y)?(?:(?<mo>[-+]?\d+(?:[.,]\d+)?)M)?(?:(?<w>[-+]?\d+(?:[.,]\d+)?)W)?(?:(?<d>[-+]?\d+(?:[.,]\d+)?)D)?(?:T(?:(?<h>[-+]?\d+(?:[.,]\d+)?)H)?(?:(?<mi>[-+]?\d+(?:[.,]\d+)?)M)?(?:(?<s>[-+]?\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^P(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})T(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2}(?:[.,]\d+)?)$")]
    private static partial Regex AlternativeDurationPattern();
}
