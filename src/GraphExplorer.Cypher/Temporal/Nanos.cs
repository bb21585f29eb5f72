namespace GraphExplorer.Cypher.Temporal;

/// <summary>Nanosecond arithmetic constants shared by the temporal types.</summary>
internal static class Nanos
{
    public const long PerMicrosecond = 1_000;
    public const long PerMillisecond = 1_000_000;
    public const long PerSecond = 1_000_000_000;
    public const long PerMinute = 60 * PerSecond;
    public const long PerHour = 60 * PerMinute;
    public const long PerDay = 24 * PerHour;
    public const long SecondsPerDay = 86_400;

    /// <summary>Neo4j's average month (365.2425 / 12 days), used to turn fractional months into days and seconds.</summary>
    public const long AverageSecondsPerMonth = 2_629_746;

    /// <summary>Day number (days since 0001-01-01) of the Unix epoch, 1970-01-01.</summary>
    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static long FloorDiv(long a, long b) => a / b - ((a % b != 0) && ((a < 0) ^ (b < 0)) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
