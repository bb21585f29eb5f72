using GraphExplorer.Database.Values;

namespace GraphExplorer.Bolt.Values;

/// <summary>Arithmetic between the product's temporal values (a local date and nanosecond of day) and Bolt's
/// (seconds and nanoseconds since the Unix epoch), shared by the encoder and the decoder.</summary>
internal static class TemporalWire
{
    public const long NanosPerSecond = 1_000_000_000;
    public const long SecondsPerDay = 86_400;

    /// <summary>PackStream's Date is the epoch day, which <see cref="CivilDate"/> holds as it is.</summary>
    public static long EpochDays(CivilDate date) => date.EpochDay;

    /// <summary>The date of an epoch day; refused beyond Neo4j's years -999,999,999 to +999,999,999.</summary>
    public static CivilDate DateFromEpochDays(long days)
    {
        if (days < CivilDate.MinValue.EpochDay || days > CivilDate.MaxValue.EpochDay)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The date lies outside the years -999999999 to +999999999 Neo4j can hold.");
        }

        return new CivilDate(days);
    }

    /// <summary>Seconds since the epoch of a local date and time, read as if it were UTC; and the nanosecond part.</summary>
    public static (long Seconds, long Nanos) EpochSeconds(CivilDate date, long nanosecondOfDay) =>
        (EpochDays(date) * SecondsPerDay + nanosecondOfDay / NanosPerSecond, nanosecondOfDay % NanosPerSecond);

    /// <summary>The local date and nanosecond of day of seconds (and nanoseconds) since the epoch read as local time.</summary>
    public static (CivilDate Date, long NanosecondOfDay) FromEpochSeconds(long seconds, long nanos)
    {
        var days = Math.DivRem(seconds, SecondsPerDay, out var secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += SecondsPerDay;
        }

        return (DateFromEpochDays(days), secondOfDay * NanosPerSecond + nanos);
    }
}
