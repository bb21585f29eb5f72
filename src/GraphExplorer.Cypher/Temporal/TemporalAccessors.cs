using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>Component access on temporal values: <c>d.year</c>, <c>t.offsetMinutes</c>, <c>dur.monthsOfYear</c>, ….</summary>
public static class TemporalAccessors
{
    /// <summary>Reads a component; false when the value is not temporal or has no such component.</summary>
    public static bool TryGet(object value, string key, out object? result)
    {
        result = null;
        if (value is CypherDuration duration)
        {
            return TryGetDurationComponent(duration, key, out result);
        }

        if (!TemporalParts.TryFrom(value, out var parts))
        {
            return false;
        }

        if (parts.Date is { } date && TryGetDateComponent(date, key, out result))
        {
            return true;
        }

        if (parts.Nanos is { } nanos && TryGetTimeComponent(nanos, key, out result))
        {
            return true;
        }

        if (parts.Offset is { } offset)
        {
            switch (key)
            {
                case "timezone":
                    result = parts.ZoneId ?? TimeZones.FormatOffset(offset);
                    return true;
                case "offset":
                    result = TimeZones.FormatOffset(offset);
                    return true;
                case "offsetMinutes":
                    result = (long)(offset / 60);
                    return true;
                case "offsetSeconds":
                    result = (long)offset;
                    return true;
            }

            if (parts.Date is not null && key is "epochSeconds" or "epochMillis")
            {
                var epochNanos = parts.EpochNanos();
                var divisor = key == "epochSeconds" ? Nanos.PerSecond : Nanos.PerMillisecond;
                var quotient = epochNanos / divisor;
                if (epochNanos % divisor < 0)
                {
                    quotient--;
                }

                result = (long)quotient;
                return true;
            }
        }

        return false;
    }

    private static bool TryGetDateComponent(DateOnly date, string key, out object? result)
    {
        result = key switch
        {
            "year" => (long)date.Year,
            "quarter" => (long)IsoDays.Quarter(date),
            "month" => (long)date.Month,
            "week" => (long)IsoDays.Week(date),
            "weekYear" => (long)IsoDays.WeekYear(date),
            "day" => (long)date.Day,
            "ordinalDay" => (long)date.DayOfYear,
            "weekDay" or "dayOfWeek" => (long)IsoDays.DayOfWeek(date),
            "dayOfQuarter" => (long)IsoDays.DayOfQuarter(date),
            _ => null,
        };
        return result is not null;
    }

    private static bool TryGetTimeComponent(long nanos, string key, out object? result)
    {
        result = key switch
        {
            "hour" => nanos / Nanos.PerHour,
            "minute" => nanos / Nanos.PerMinute % 60,
            "second" => nanos / Nanos.PerSecond % 60,
            "millisecond" => nanos % Nanos.PerSecond / Nanos.PerMillisecond,
            "microsecond" => nanos % Nanos.PerSecond / Nanos.PerMicrosecond,
            "nanosecond" => nanos % Nanos.PerSecond,
            _ => (object?)null,
        };
        return result is not null;
    }

    private static bool TryGetDurationComponent(CypherDuration d, string key, out object? result)
    {
        // Neo4j: the seconds component carries hours and minutes; nanoseconds are always in [0, 1e9).
        result = key switch
        {
            "years" => d.Months / 12,
            "quarters" => d.Months / 3,
            "months" => d.Months,
            "weeks" => d.Days / 7,
            "days" => d.Days,
            "hours" => d.Seconds / 3600,
            "minutes" => d.Seconds / 60,
            "seconds" => d.Seconds,
            "milliseconds" => d.Seconds * 1000 + d.Nanoseconds / Nanos.PerMillisecond,
            "microseconds" => d.Seconds * 1_000_000 + d.Nanoseconds / Nanos.PerMicrosecond,
            "nanoseconds" => d.Seconds * Nanos.PerSecond + d.Nanoseconds,
            "quartersOfYear" => d.Months % 12 / 3,
            "monthsOfQuarter" => d.Months % 3,
            "monthsOfYear" => d.Months % 12,
            "daysOfWeek" => d.Days % 7,
            "minutesOfHour" => d.Seconds / 60 % 60,
            "secondsOfMinute" => d.Seconds % 60,
            "millisecondsOfSecond" => (long)(d.Nanoseconds / Nanos.PerMillisecond),
            "microsecondsOfSecond" => (long)(d.Nanoseconds / Nanos.PerMicrosecond),
            "nanosecondsOfSecond" => (long)d.Nanoseconds,
            _ => (object?)null,
        };
        return result is not null;
    }
}
