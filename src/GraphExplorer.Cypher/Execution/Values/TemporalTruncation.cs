using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// <c>date.truncate(unit, value [, overrides])</c> and its kin for each temporal type: the value cut down to the start
/// of its millennium, …, microsecond, then the given components set (Neo4j's Cypher manual, "Temporal functions:
/// truncate"). Thread-safe: holds no state.
/// </summary>
internal static class TemporalTruncation
{
    /// <summary>A <paramref name="kind"/> ("date", "localtime", "time", "localdatetime", "datetime") truncated from <paramref name="value"/>.</summary>
    public static object Truncate(string kind, string unit, object value, IReadOnlyDictionary<string, object?>? overrides)
    {
        CivilDate date = value switch
        {
            CypherDate d => d.Date,
            CypherLocalDateTime l => l.Date,
            CypherDateTime z => z.Date,
            _ => default, // a time of day: the date is not used
        };
        long nanos = value switch
        {
            CypherLocalTime t => t.NanosecondOfDay,
            CypherTime t => t.NanosecondOfDay,
            CypherLocalDateTime l => l.NanosecondOfDay,
            CypherDateTime z => z.NanosecondOfDay,
            _ => 0,
        };
        var (offset, zone) = value switch
        {
            CypherTime t => (t.OffsetSeconds, (string?)null),
            CypherDateTime z => (z.OffsetSeconds, z.ZoneId),
            _ => (0, null),
        };
        (date, nanos) = ToStartOf(unit, date, nanos);
        if (overrides is not null)
        {
            (date, nanos, var timezone) = Override(kind, overrides, date, nanos);
            if (timezone is not null)
            {
                (offset, zone) = TemporalConstruction.ParseZoneOffset(timezone, date, nanos);
            }
        }

        return kind switch
        {
            "date" => new CypherDate(date),
            "localtime" => new CypherLocalTime(nanos),
            "time" => new CypherTime(nanos, offset),
            "localdatetime" => new CypherLocalDateTime(date, nanos),
            _ => zone is not null ? Temporal.MakeDateTime(date, nanos, null, zone) : new CypherDateTime(date, nanos, offset, null),
        };
    }

    /// <summary>The date and nanosecond of day at the start of the <paramref name="unit"/> that holds them.</summary>
    private static (CivilDate Date, long Nanos) ToStartOf(string unit, CivilDate date, long nanos) => unit.ToLowerInvariant() switch
    {
        "millennium" => (new CivilDate(date.Year / 1000 * 1000, 1, 1), 0),
        "century" => (new CivilDate(date.Year / 100 * 100, 1, 1), 0),
        "decade" => (new CivilDate(date.Year / 10 * 10, 1, 1), 0),
        "year" => (new CivilDate(date.Year, 1, 1), 0),
        "weekyear" => (CivilDate.WeekYearStart(date.WeekYear), 0),
        "quarter" => (new CivilDate(date.Year, (date.Month - 1) / 3 * 3 + 1, 1), 0),
        "month" => (new CivilDate(date.Year, date.Month, 1), 0),
        "week" => (date.AddDays(1 - date.IsoDayOfWeek), 0),
        "day" => (date, 0),
        "hour" => (date, nanos - nanos % 3_600_000_000_000L),
        "minute" => (date, nanos - nanos % 60_000_000_000L),
        "second" => (date, nanos - nanos % 1_000_000_000L),
        "millisecond" => (date, nanos - nanos % 1_000_000L),
        "microsecond" => (date, nanos - nanos % 1_000L),
        _ => throw CypherErrors.InvalidArgumentValue($"Unknown truncation unit '{unit}'"),
    };

    /// <summary>
    /// The truncated value with the components of <paramref name="overrides"/> set: the date's (of a kind that has a
    /// date) replaced, the time's added; and the time zone named, if any.
    /// </summary>
    private static (CivilDate Date, long Nanos, string? TimeZone) Override(
        string kind, IReadOnlyDictionary<string, object?> overrides, CivilDate date, long nanos)
    {
        long? Part(string name) => overrides.TryGetValue(name, out var value) && value is long number ? number : null;

        if (kind is "date" or "localdatetime" or "datetime")
        {
            var baseDate = date;
            date = new CivilDate((int?)Part("year") ?? baseDate.Year, (int?)Part("month") ?? baseDate.Month, 1)
                .AddDays(((int?)Part("day") ?? baseDate.Day) - 1);
            if (Part("dayOfWeek") is { } dayOfWeek)
            {
                date = date.AddDays((int)dayOfWeek - 1);
            }
        }

        nanos += (Part("hour") ?? 0) * 3_600_000_000_000L
            + (Part("minute") ?? 0) * 60_000_000_000L
            + (Part("second") ?? 0) * 1_000_000_000L
            + (Part("millisecond") ?? 0) * 1_000_000L
            + (Part("microsecond") ?? 0) * 1_000L
            + (Part("nanosecond") ?? 0);
        return (date, nanos, overrides.TryGetValue("timezone", out var timezone) && timezone is string text ? text : null);
    }
}
