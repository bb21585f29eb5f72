namespace GraphExplorer.Bolt.Values;

/// <summary>Arithmetic between the product's temporal values (a local date and nanosecond of day) and Bolt's
/// (seconds and nanoseconds since the Unix epoch), shared by the encoder and the decoder.</summary>
internal static class TemporalWire
{
    public const long NanosPerSecond = 1_000_000_000;
    public const long SecondsPerDay = 86_400;

    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static long EpochDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly DateFromEpochDays(long days)
    {
        var dayNumber = days + EpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The date lies outside the years 1 to 9999 this database can hold.");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>Seconds since the epoch of a local date and time, read as if it were UTC; and the nanosecond part.</summary>
    public static (long Seconds, long Nanos) EpochSeconds(DateOnly date, long nanosecondOfDay) =>
        (EpochDays(date) * SecondsPerDay + nanosecondOfDay / NanosPerSecond, nanosecondOfDay % NanosPerSecond);

    /// <summary>The local date and nanosecond of day of seconds (and nanoseconds) since the epoch read as local time.</summary>
    public static (DateOnly Date, long NanosecondOfDay) FromEpochSeconds(long seconds, long nanos)
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
