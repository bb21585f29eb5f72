using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Database.Values;
using static GraphExplorer.Cypher.Values.TemporalInstants;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// Temporal values: construction from ISO 8601 strings and maps, component access, arithmetic with durations and
/// the instants used to compare zoned values. Nanosecond precision throughout.
/// </summary>
internal static partial class Temporal
{
    // ---- parsing ------------------------------------------------------------------------------------------------

    [GeneratedRegex(@"^(?<y>[+-]\d{4,9}|\d{4})(?:-?(?<m>\d{2})(?:-?(?<d>\d{2}))?|-?W(?<w>\d{2})(?:-?(?<wd>\d))?|-?(?<q>Q\d)(?:-?(?<qd>\d{2}))?|-?(?<od>\d{3}))?$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<h>\d{2})(?::?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(?<zone>Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[(?<name>[^\]]+)\])?$")]
    private static partial Regex ZonePattern();

    public static CypherDate ParseDate(string text)
    {
        var m = DatePattern().Match(text.Trim());
        if (!m.Success)
        {
            throw CypherErrors.InvalidArgumentValue($"Text cannot be parsed to a Date: \"{text}\"");
        }

        // Neo4j's range, ±999,999,999, is what nine digits hold: a parsed year never exceeds it.
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        try
        {
            if (m.Groups["w"].Success)
            {
                var week = int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
                var dayOfWeek = m.Groups["wd"].Success ? int.Parse(m.Groups["wd"].Value, CultureInfo.InvariantCulture) : 1;
                return new CypherDate(CivilDate.FromIsoWeek(year, week, dayOfWeek));
            }

            if (m.Groups["q"].Success)
            {
                var quarter = m.Groups["q"].Value[1] - '0';
                var dayOfQuarter = m.Groups["qd"].Success ? int.Parse(m.Groups["qd"].Value, CultureInfo.InvariantCulture) : 1;
                return new CypherDate(new CivilDate(year, (quarter - 1) * 3 + 1, 1).AddDays(dayOfQuarter - 1));
            }

            if (m.Groups["od"].Success)
            {
                return new CypherDate(new CivilDate(year, 1, 1).AddDays(int.Parse(m.Groups["od"].Value, CultureInfo.InvariantCulture) - 1));
            }

            var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
            var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            return new CypherDate(new CivilDate(year, month, day));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw CypherErrors.InvalidArgumentValue($"Text cannot be parsed to a Date: \"{text}\"");
        }
    }

    public static long ParseTimeOfDay(string text)
    {
        var m = TimePattern().Match(text);
        if (!m.Success)
        {
            throw CypherErrors.InvalidArgumentValue($"Text cannot be parsed to a Time: \"{text}\"");
        }

        long hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        long minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        long second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        long fraction = m.Groups["f"].Success ? long.Parse(m.Groups["f"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            throw CypherErrors.InvalidArgumentValue($"Text cannot be parsed to a Time: \"{text}\"");
        }

        return ((hour * 60 + minute) * 60 + second) * NanosPerSecond + fraction;
    }

    /// <summary>Splits "time[zone][[Name]]" into the time text, offset seconds (null if none) and zone name.</summary>
    private static (string Time, int? Offset, string? ZoneName) SplitZone(string text)
    {
        var m = ZonePattern().Match(text);
        var time = text[..m.Index];
        int? offset = null;
        if (m.Groups["zone"].Success)
        {
            var zone = m.Groups["zone"].Value;
            if (zone == "Z")
            {
                offset = 0;
            }
            else
            {
                var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
                var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
                var minutes = digits.Length > 2 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
                var seconds = digits.Length > 4 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0;
                offset = (zone[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds);
            }
        }

        return (time, offset, m.Groups["name"].Success ? m.Groups["name"].Value : null);
    }

    public static CypherLocalTime ParseLocalTime(string text) => new(ParseTimeOfDay(text.Trim()));

    public static CypherTime ParseTime(string text)
    {
        var (time, offset, zoneName) = SplitZone(text.Trim());
        return new CypherTime(ParseTimeOfDay(time), offset ?? (zoneName is null ? 0 : OffsetNow(zoneName)));
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var trimmed = text.Trim();
        var t = trimmed.IndexOf('T', StringComparison.Ordinal);
        return t < 0
            ? new CypherLocalDateTime(ParseDate(trimmed).Date, 0)
            : new CypherLocalDateTime(ParseDate(trimmed[..t]).Date, ParseTimeOfDay(trimmed[(t + 1)..]));
    }

    public static CypherDateTime ParseDateTime(string text)
    {
        var trimmed = text.Trim();
        var t = trimmed.IndexOf('T', StringComparison.Ordinal);
        var datePart = t < 0 ? trimmed : trimmed[..t];
        var rest = t < 0 ? "" : trimmed[(t + 1)..];
        var (time, offset, zoneName) = SplitZone(rest);
        if (t < 0)
        {
            (datePart, offset, zoneName) = SplitZone(trimmed);
        }

        var date = ParseDate(datePart).Date;
        var nanos = time.Length == 0 ? 0 : ParseTimeOfDay(time);
        return MakeDateTime(date, nanos, offset, zoneName);
    }

    public static CypherDateTime MakeDateTime(CivilDate date, long nanos, int? offset, string? zoneName)
    {
        if (offset is null && zoneName is not null)
        {
            offset = OffsetAtLocal(zoneName, date, nanos);

            // A local time skipped by a clock change names the instant at the offset before the change; it reads later.
            var instant = InstantOf(date, nanos, offset);
            var actual = OffsetAtInstant(zoneName, instant);
            if (actual != offset)
            {
                ((date, nanos), offset) = (LocalOf(instant, actual), actual);
            }
        }

        return new CypherDateTime(date, nanos, offset ?? 0, zoneName);
    }

    /// <summary>The offset of a named zone now.</summary>
    public static int OffsetNow(string zoneName) =>
        FindZone(zoneName).GetUtcOffset(NodaTime.SystemClock.Instance.GetCurrentInstant()).Seconds;

    /// <summary>
    /// The offset of a named zone at a local date-time. A local time repeated when clocks go back takes the earlier
    /// offset; one skipped when they go forward, the offset before the gap.
    /// </summary>
    public static int OffsetAtLocal(string zoneName, CivilDate date, long nanos)
    {
        var mapping = FindZone(zoneName).MapLocal(ToNodaLocal(date, nanos));
        return mapping.Count switch
        {
            0 => mapping.EarlyInterval.WallOffset.Seconds,
            _ => mapping.First().Offset.Seconds,
        };
    }

    /// <summary>The offset of a named zone at an instant in nanoseconds since 0001-01-01T00:00Z.</summary>
    public static int OffsetAtInstant(string zoneName, Int128 instantNanos)
    {
        var (date, nanos) = LocalOf(instantNanos, 0);
        return FindZone(zoneName).GetUtcOffset(ToNodaLocal(date, nanos).InUtc().ToInstant()).Seconds;
    }

    /// <summary>
    /// A date-time as NodaTime's, whose calendar stops at ±9999: a date beyond is moved by whole 400-year Gregorian
    /// cycles into years 1–9999, where weekdays and leap years fall the same, so the zone's recurring rules (the far
    /// future) or its first offset (the far past) give the offset java.time gives at the real date.
    /// </summary>
    private static NodaTime.LocalDateTime ToNodaLocal(CivilDate date, long nanos)
    {
        var cycles = date.Year > 9999 ? (date.Year - 9999 + 399) / 400 : date.Year < 1 ? -((1 - date.Year + 399) / 400) : 0;
        var inRange = date.AddDays(-cycles * CivilDate.DaysPerCycle);
        return new NodaTime.LocalDate(inRange.Year, inRange.Month, inRange.Day).At(NodaTime.LocalTime.FromNanosecondsSinceMidnight(nanos));
    }

    /// <summary>
    /// A zone of the IANA tz database as NodaTime ships it: the same data and links as Java's (and so Neo4j's) tz
    /// database, independent of the host's; Europe/Stockholm before 1900, for one, reads Berlin's +00:53:28.
    /// </summary>
    private static NodaTime.DateTimeZone FindZone(string zoneName) =>
        NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneName) ?? throw CypherErrors.InvalidArgumentValue($"Unknown time zone '{zoneName}'");

    [GeneratedRegex(@"^(?<sign>[-+])?P(?:(?<y>[-+]?\d+(?:\.\d+)?)Y)?(?:(?<mo>[-+]?\d+(?:\.\d+)?)M)?(?:(?<w>[-+]?\d+(?:\.\d+)?)W)?(?:(?<d>[-+]?\d+(?:\.\d+)?)D)?(?:T(?:(?<h>[-+]?\d+(?:\.\d+)?)H)?(?:(?<mi>[-+]?\d+(?:\.\d+)?)M)?(?:(?<s>[-+]?\d+(?:[.,]\d+)?)S)?)?$")]
    private static partial Regex DurationPattern();

    /// <summary>ISO 8601's alternative duration form: a date and time of day read as amounts ("P0001-02-03T04:05:06.5").</summary>
    [GeneratedRegex(@"^(?<sign>[-+])?P(?<y>\d{4})-?(?<mo>\d{2})-?(?<d>\d{2})(?:T(?<h>\d{2}):?(?<mi>\d{2}):?(?<s>\d{2}(?:[.,]\d{1,9})?))?$")]
    private static partial Regex AlternativeDurationPattern();

    public static CypherDuration ParseDuration(string text)
    {
        var m = DurationPattern().Match(text.Trim());
        if (!m.Success)
        {
            m = AlternativeDurationPattern().Match(text.Trim());
        }

        if (!m.Success || text.Trim() is "P" or "PT")
        {
            throw CypherErrors.InvalidArgumentValue($"Text cannot be parsed to a Duration: \"{text}\"");
        }

        double Part(string name) => m.Groups[name].Success
            ? double.Parse(m.Groups[name].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : 0;

        var sign = m.Groups["sign"].Value == "-" ? -1 : 1;
        return BuildDuration(
            sign * Part("y"), sign * Part("mo"), sign * Part("w"), sign * Part("d"),
            sign * Part("h"), sign * Part("mi"), sign * Part("s"), 0, 0, 0, 0);
    }

    /// <summary>Builds a duration from components, cascading fractions down (months → days → seconds) as Neo4j does.</summary>
    public static CypherDuration BuildDuration(
        double years, double months, double weeks, double days, double hours, double minutes, double seconds,
        double milliseconds, double microseconds, double nanoseconds, double quarters = 0)
    {
        var totalMonths = years * 12 + quarters * 3 + months;
        var wholeMonths = Math.Truncate(totalMonths);
        var totalDays = weeks * 7 + days + (totalMonths - wholeMonths) * 30.436875;
        var wholeDays = Math.Truncate(totalDays);
        var totalNanos = (decimal)hours * 3_600_000_000_000m + (decimal)minutes * 60_000_000_000m + (decimal)seconds * 1_000_000_000m
            + (decimal)milliseconds * 1_000_000m + (decimal)microseconds * 1_000m + (decimal)nanoseconds
            + (decimal)(totalDays - wholeDays) * 86_400_000_000_000m;
        totalNanos = Math.Round(totalNanos);
        return Normalize((long)wholeMonths, (long)wholeDays, totalNanos);
    }

    public static CypherDuration Normalize(long months, long days, decimal nanos)
    {
        var seconds = (long)Math.Floor(nanos / 1_000_000_000m);
        var rest = (int)(nanos - seconds * 1_000_000_000m);
        return new CypherDuration(months, days, seconds, rest);
    }

    public static decimal TotalNanos(CypherDuration d) => d.Seconds * 1_000_000_000m + d.Nanoseconds;

    // ---- arithmetic ---------------------------------------------------------------------------------------------

    public static CypherDuration Negate(CypherDuration d) => Normalize(-d.Months, -d.Days, -TotalNanos(d));

    public static CypherDuration Add(CypherDuration a, CypherDuration b) =>
        Normalize(checked(a.Months + b.Months), checked(a.Days + b.Days), TotalNanos(a) + TotalNanos(b));

    public static CypherDuration Multiply(CypherDuration d, double factor) =>
        BuildDuration(0, d.Months * factor, 0, d.Days * factor, 0, 0, 0, 0, 0, (double)TotalNanos(d) * factor);

    public static object AddDuration(object temporal, CypherDuration d)
    {
        switch (temporal)
        {
            case CypherDate date:
                // As java.time and Neo4j's DurationValue.addTo: months, then days, then the seconds as whole days
                // truncated toward zero (a date ignores less than a day, in either direction).
                return new CypherDate(ShiftDate(date.Date, date.Date, d.Months, d.Days + Math.Truncate((double)TotalNanos(d) / NanosPerDay), d));
            case CypherLocalTime lt:
                return new CypherLocalTime(Mod(lt.NanosecondOfDay + (long)(TotalNanos(d) % NanosPerDay), NanosPerDay));
            case CypherTime t:
                return new CypherTime(Mod(t.NanosecondOfDay + (long)(TotalNanos(d) % NanosPerDay), NanosPerDay), t.OffsetSeconds);
            case CypherLocalDateTime ldt:
                {
                    var (date, nanos) = Shift(ldt.Date, ldt.NanosecondOfDay, d);
                    return new CypherLocalDateTime(date, nanos);
                }

            case CypherDateTime dt:
                {
                    var (date, nanos) = Shift(dt.Date, dt.NanosecondOfDay, d);
                    return dt.ZoneId is null ? dt with { Date = date, NanosecondOfDay = nanos } : MakeDateTime(date, nanos, null, dt.ZoneId);
                }

            default:
                throw CypherErrors.InvalidArgumentType($"Cannot add a Duration to a {Database.CypherValues.TypeName(temporal)}");
        }
    }

    private static (CivilDate Date, long Nanos) Shift(CivilDate date, long nanos, CypherDuration d)
    {
        var shifted = ShiftDate(date, date, d.Months, d.Days, d);
        var total = nanos + TotalNanos(d);
        var dayShift = (long)Math.Floor(total / NanosPerDay);
        return (ShiftDate(shifted, date, 0, dayShift, d), (long)(total - dayShift * NanosPerDay));
    }

    /// <summary>
    /// Moves <paramref name="date"/> by months, then days (java.time's order). A result outside Neo4j's years
    /// ±999,999,999 is refused, and a shift never wraps round to a small one (<paramref name="from"/> and
    /// <paramref name="by"/> name the operation in the error).
    /// </summary>
    private static CivilDate ShiftDate(CivilDate date, CivilDate from, long months, double days, CypherDuration by)
    {
        try
        {
            return date.AddMonths(months).AddDays(checked((long)days));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw CypherErrors.TemporalBeyondRange($"Moving {TemporalFormat.FormatDate(from)} by {TemporalFormat.FormatDuration(by)}");
        }
    }

    private static long Mod(long value, long modulus) => ((value % modulus) + modulus) % modulus;
}
