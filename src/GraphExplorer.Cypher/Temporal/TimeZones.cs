using System.Globalization;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// Time zones: fixed offsets ("+01:00", "Z") and IANA region ids ("Europe/Stockholm") resolved through the
/// system's tz database, with java.time's rules for local times that a DST change skips or repeats.
/// </summary>
internal static class TimeZones
{
    /// <summary>Parses a fixed offset: Z, ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS, ±HHMMSS. Returns false if it is not one.</summary>
    public static bool TryParseOffset(string text, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }

        if (text.Length < 3 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4 or 6) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        var seconds = digits.Length == 6 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        offsetSeconds = (text[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds);
        return Math.Abs(offsetSeconds) <= 18 * 3600;
    }

    public static TimeZoneInfo FindRegion(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw TemporalErrors.UnknownZone(zoneId);
        }
    }

    /// <summary>The offset in force in a zone at a local date and time (gaps shift forward; overlaps take the earlier offset).</summary>
    public static int OffsetAtLocal(TimeZoneInfo zone, DateOnly date, long nanosecondOfDay, out long adjustedNanos, out DateOnly adjustedDate)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanosecondOfDay / 100);
        adjustedNanos = nanosecondOfDay;
        adjustedDate = date;
        if (zone.IsInvalidTime(local))
        {
            // In a gap (clocks moved forward): java.time moves the time forward by the gap's length.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            var gap = after - before;
            var shifted = local + gap;
            adjustedNanos = nanosecondOfDay + gap.Ticks * 100;
            adjustedDate = date;
            if (adjustedNanos >= Nanos.PerDay)
            {
                adjustedNanos -= Nanos.PerDay;
                adjustedDate = date.AddDays(1);
            }

            return (int)zone.GetUtcOffset(shifted).TotalSeconds;
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Repeated hour: java.time keeps the earlier offset (the one before the change, i.e. the larger one).
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return (int)offsets.Max().TotalSeconds;
        }

        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }

    /// <summary>The offset in force in a zone at an instant given in epoch seconds.</summary>
    public static int OffsetAtInstant(TimeZoneInfo zone, long epochSeconds)
    {
        var utc = DateTime.UnixEpoch.AddSeconds(Math.Clamp(epochSeconds, -62135596800L, 253402300799L));
        return (int)zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).TotalSeconds;
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
        return abs % 60 == 0 ? text : $"{text}:{abs % 60:00}";
    }
}
