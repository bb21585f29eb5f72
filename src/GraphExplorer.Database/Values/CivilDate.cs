using System.Globalization;

namespace GraphExplorer.Database.Values;

/// <summary>
/// A day of the proleptic ISO (Gregorian) calendar over Neo4j's whole range of years, -999,999,999 to +999,999,999,
/// held as the number of days since 1970-01-01 (the epoch day, as PackStream and java.time count). Year 0 exists
/// (1 BC), as in ISO 8601 and java.time.
/// </summary>
/// <remarks>
/// Hand-written on purpose: <see cref="DateOnly"/> holds years 1–9999 and NodaTime's <c>LocalDate</c> ±9999, while a
/// Cypher date spans ±999,999,999 years. The conversion between epoch days and year, month, day is Howard Hinnant's
/// <c>days_from_civil</c>/<c>civil_from_days</c> (http://howardhinnant.github.io/date_algorithms.html), exact for
/// every day of the range in 64-bit arithmetic; it is checked against <see cref="DateOnly"/> and NodaTime where those
/// reach. Immutable, and so thread-safe.
/// </remarks>
public readonly record struct CivilDate(long EpochDay) : IComparable<CivilDate>
{
    public const int MinYear = -999_999_999;
    public const int MaxYear = 999_999_999;

    /// <summary>Days in a 400-year cycle of the Gregorian calendar, after which weekdays and leap years repeat.</summary>
    public const long DaysPerCycle = 146_097;

    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01: the bridge between the two day counts.</summary>
    private const long EpochDayNumber = 719_162;

    public static readonly CivilDate MinValue = new(DaysFromCivil(MinYear, 1, 1));
    public static readonly CivilDate MaxValue = new(DaysFromCivil(MaxYear, 12, 31));

    /// <summary>The date of a year, month and day; refused (naming the field) outside the calendar or Neo4j's range.</summary>
    public CivilDate(long year, int month, int day)
        : this(DaysFromCivil(CheckYear(year), CheckMonth(month), CheckDay(year, month, day)))
    {
    }

    public static implicit operator CivilDate(DateOnly date) => FromDateOnly(date);

    public static CivilDate FromDateOnly(DateOnly date) => new(date.DayNumber - EpochDayNumber);

    /// <summary>The date <paramref name="dayNumber"/> days after 0001-01-01 (negative before), as <see cref="DateOnly.DayNumber"/> counts.</summary>
    public static CivilDate FromDayNumber(long dayNumber) => new(dayNumber - EpochDayNumber);

    /// <summary>Days since 0001-01-01, as <see cref="DateOnly.DayNumber"/> counts (negative before it).</summary>
    public long DayNumber => EpochDay + EpochDayNumber;

    public int Year => (int)Fields.Year;

    public int Month => Fields.Month;

    public int Day => Fields.Day;

    /// <summary>1 on 1 January.</summary>
    public int DayOfYear => (int)(EpochDay - DaysFromCivil(Fields.Year, 1, 1)) + 1;

    /// <summary>ISO day of week: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).</summary>
    public int IsoDayOfWeek => (int)FloorMod(EpochDay + 3, 7) + 1;

    public DayOfWeek DayOfWeek => (DayOfWeek)(IsoDayOfWeek % 7);

    /// <summary>The ISO week-based year: the year of this week's Thursday.</summary>
    public int WeekYear => (int)CivilFromDays(EpochDay + 4 - IsoDayOfWeek).Year;

    /// <summary>The ISO week of the week-based year, 1 to 53.</summary>
    public int IsoWeek
    {
        get
        {
            var thursday = EpochDay + 4 - IsoDayOfWeek;
            return (int)((thursday - DaysFromCivil(CivilFromDays(thursday).Year, 1, 1)) / 7) + 1;
        }
    }

    /// <summary>Whether <see cref="ToDateOnly"/> can hold this date (years 1–9999).</summary>
    public bool FitsDateOnly => DayNumber is >= 0 and <= 3_652_058;

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) =>
        month == 2 ? (IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    /// <summary>The Monday starting ISO week 1 of <paramref name="weekYear"/> (the week holding 4 January).</summary>
    public static CivilDate WeekYearStart(long weekYear)
    {
        var fourth = DaysFromCivil(CheckYear(weekYear), 1, 4);
        return new CivilDate(fourth - FloorMod(fourth + 3, 7));
    }

    /// <summary>The day <paramref name="isoDayOfWeek"/> (1 Monday … 7 Sunday) of ISO week <paramref name="week"/> of a week-based year.</summary>
    public static CivilDate FromIsoWeek(long weekYear, int week, int isoDayOfWeek)
    {
        var weeks = WeekYearStart(weekYear + 1).EpochDay - WeekYearStart(weekYear).EpochDay == 53 * 7 ? 53 : 52;
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"Week {week} does not exist in week-based year {weekYear} (1 to {weeks})");
        }

        if (isoDayOfWeek is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(isoDayOfWeek), isoDayOfWeek, $"Day of week {isoDayOfWeek} is not 1 (Monday) to 7 (Sunday)");
        }

        return Checked(WeekYearStart(weekYear).EpochDay + (week - 1) * 7L + isoDayOfWeek - 1);
    }

    public CivilDate AddDays(long days) => Checked(checked(EpochDay + days));

    /// <summary>Months added as java.time's <c>plusMonths</c>: the day of month is kept, or clamped to the month's last day.</summary>
    public CivilDate AddMonths(long months)
    {
        var (year, month, day) = Fields;
        var monthIndex = checked(year * 12 + (month - 1) + months);
        var newYear = FloorDiv(monthIndex, 12);
        var newMonth = (int)FloorMod(monthIndex, 12) + 1;
        return new CivilDate(newYear, newMonth, Math.Min(day, DaysInMonth(newYear, newMonth)));
    }

    public CivilDate AddYears(long years) => AddMonths(checked(years * 12));

    /// <summary>This date as a <see cref="DateOnly"/>; refused beyond that type's years 1–9999.</summary>
    public DateOnly ToDateOnly() => FitsDateOnly
        ? DateOnly.FromDayNumber((int)DayNumber)
        : throw new ArgumentOutOfRangeException(nameof(EpochDay), EpochDay, $"The date {this} lies outside DateOnly's years 0001 to 9999");

    public int CompareTo(CivilDate other) => EpochDay.CompareTo(other.EpochDay);

    public static bool operator <(CivilDate a, CivilDate b) => a.EpochDay < b.EpochDay;

    public static bool operator >(CivilDate a, CivilDate b) => a.EpochDay > b.EpochDay;

    public static bool operator <=(CivilDate a, CivilDate b) => a.EpochDay <= b.EpochDay;

    public static bool operator >=(CivilDate a, CivilDate b) => a.EpochDay >= b.EpochDay;

    /// <summary>
    /// ISO 8601 as Neo4j (java.time) writes it: four digits for years 0–9999, otherwise a sign and at least four digits
    /// (<c>+10000-01-01</c>, <c>-0001-12-31</c>).
    /// </summary>
    public override string ToString()
    {
        var (year, month, day) = Fields;
        var yearText = year is >= 0 and <= 9999
            ? year.ToString("0000", CultureInfo.InvariantCulture)
            : year.ToString("+0000;-0000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{yearText}-{month:00}-{day:00}");
    }

    private (long Year, int Month, int Day) Fields => CivilFromDays(EpochDay);

    private static CivilDate Checked(long epochDay) =>
        epochDay < MinValue.EpochDay || epochDay > MaxValue.EpochDay
            ? throw new ArgumentOutOfRangeException(nameof(epochDay), epochDay,
                $"Invalid value for Year (valid values {MinYear} - {MaxYear}): {CivilFromDays(epochDay).Year}")
            : new CivilDate(epochDay);

    private static long CheckYear(long year) => year is < MinYear or > MaxYear
        ? throw new ArgumentOutOfRangeException(nameof(year), year, $"Invalid value for Year (valid values {MinYear} - {MaxYear}): {year}")
        : year;

    private static int CheckMonth(int month) => month is < 1 or > 12
        ? throw new ArgumentOutOfRangeException(nameof(month), month, $"Invalid value for MonthOfYear (valid values 1 - 12): {month}")
        : month;

    private static int CheckDay(long year, int month, int day) => day < 1 || day > DaysInMonth(year, month)
        ? throw new ArgumentOutOfRangeException(nameof(day), day,
            day is < 1 or > 31
                ? $"Invalid value for DayOfMonth (valid values 1 - 28/31): {day}"
                : $"Invalid date '{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToUpperInvariant()} {day}'{(month == 2 && day == 29 ? $" as '{year}' is not a leap year" : "")}")
        : day;

    /// <summary>Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date (eras of 400 years from 0000-03-01).</summary>
    private static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = FloorDiv(year, 400);
        var yearOfEra = year - era * 400;                                          // [0, 399]
        var dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; // [0, 365], from 1 March
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;  // [0, 146096]
        return era * DaysPerCycle + dayOfEra - 719_468;
    }

    /// <summary>Hinnant's civil_from_days: the inverse of <see cref="DaysFromCivil"/>.</summary>
    private static (long Year, int Month, int Day) CivilFromDays(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = FloorDiv(z, DaysPerCycle);
        var dayOfEra = z - era * DaysPerCycle;                                                        // [0, 146096]
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);             // [0, 365]
        var mp = (5 * dayOfYear + 2) / 153;                                                          // [0, 11], from March
        var day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    private static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0 != b < 0) ? 1 : 0);

    private static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
