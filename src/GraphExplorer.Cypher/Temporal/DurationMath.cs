using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// Building and combining durations the way Neo4j does: components may be fractional, and a fraction of a month
/// becomes days and seconds (an average month), a fraction of a day becomes seconds; nanoseconds stay in [0, 1e9).
/// </summary>
internal static class DurationMath
{
    public static CypherDuration FromComponents(
        decimal years, decimal months, decimal weeks, decimal days,
        decimal hours, decimal minutes, decimal seconds, decimal nanoseconds)
    {
        try
        {
            var totalMonths = years * 12 + months;
            var wholeMonths = decimal.Truncate(totalMonths);
            var totalDays = weeks * 7 + days + (totalMonths - wholeMonths) * Nanos.AverageSecondsPerMonth / Nanos.SecondsPerDay;
            var wholeDays = decimal.Truncate(totalDays);
            var totalSeconds = hours * 3600 + minutes * 60 + seconds + nanoseconds / Nanos.PerSecond
                + (totalDays - wholeDays) * Nanos.SecondsPerDay;
            var wholeSeconds = decimal.Floor(totalSeconds);
            var nanos = (long)decimal.Round((totalSeconds - wholeSeconds) * Nanos.PerSecond, MidpointRounding.AwayFromZero);
            return Normalize((long)wholeMonths, (long)wholeDays, (long)wholeSeconds, nanos);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("Duration");
        }
    }

    /// <summary>Carries nanoseconds into seconds so that 0 ≤ nanoseconds &lt; 1e9.</summary>
    public static CypherDuration Normalize(long months, long days, long seconds, long nanos)
    {
        var carry = Nanos.FloorDiv(nanos, Nanos.PerSecond);
        return new CypherDuration(months, days, checked(seconds + carry), (int)Nanos.FloorMod(nanos, Nanos.PerSecond));
    }

    public static CypherDuration Add(CypherDuration a, CypherDuration b) =>
        Checked(() => Normalize(a.Months + b.Months, a.Days + b.Days, a.Seconds + b.Seconds, (long)a.Nanoseconds + b.Nanoseconds));

    public static CypherDuration Negate(CypherDuration d) =>
        Checked(() => Normalize(-d.Months, -d.Days, -d.Seconds, -(long)d.Nanoseconds));

    public static CypherDuration Multiply(CypherDuration d, decimal factor) =>
        FromComponents(0, d.Months * factor, 0, d.Days * factor, 0, 0, d.Seconds * factor, d.Nanoseconds * factor);

    public static CypherDuration Divide(CypherDuration d, decimal divisor)
    {
        if (divisor == 0)
        {
            throw TemporalErrors.InvalidValue("Duration division", "division by zero");
        }

        return FromComponents(0, (decimal)d.Months / divisor, 0, (decimal)d.Days / divisor, 0, 0,
            (decimal)d.Seconds / divisor, d.Nanoseconds / divisor);
    }

    /// <summary>Total nanoseconds of the seconds component (used for comparisons of time parts).</summary>
    public static Int128 SecondsAsNanos(CypherDuration d) => (Int128)d.Seconds * Nanos.PerSecond + d.Nanoseconds;

    private static CypherDuration Checked(Func<CypherDuration> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("Duration");
        }
    }
}
