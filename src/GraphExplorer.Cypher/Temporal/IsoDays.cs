namespace GraphExplorer.Cypher.Temporal;

/// <summary>ISO day-of-week numbering (Monday = 1 … Sunday = 7), quarters and ordinal days.</summary>
internal static class IsoDays
{
    public static int DayOfWeek(DateOnly date) => date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    public static System.DayOfWeek ToDayOfWeek(int isoDayOfWeek) =>
        isoDayOfWeek is >= 1 and <= 7
            ? (System.DayOfWeek)(isoDayOfWeek % 7)
            : throw TemporalErrors.InvalidValue("dayOfWeek", $"{isoDayOfWeek} is not between 1 and 7");

    public static int Quarter(DateOnly date) => (date.Month - 1) / 3 + 1;

    public static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static int DayOfQuarter(DateOnly date) => date.DayNumber - QuarterStart(date.Year, Quarter(date)).DayNumber + 1;

    public static int WeekYear(DateOnly date) => System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));

    public static int Week(DateOnly date) => System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    public static DateOnly FromWeek(int weekYear, int week, int isoDayOfWeek) =>
        DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(weekYear, week, ToDayOfWeek(isoDayOfWeek)));
}
