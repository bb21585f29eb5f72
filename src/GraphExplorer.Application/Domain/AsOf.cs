namespace GraphExplorer.Application.Domain;

/// <summary>
/// The as-of rule, the one home of it: a date is read as the interval its precision stands for
/// (<see cref="PartialDate"/>). An agreement or event is kept as of a day when the
/// earliest day its date may stand for is on or before that day; it is certain (<see cref="AsOfStanding.ByThen"/>) when the latest
/// day is too, and only possible (<see cref="AsOfStanding.Possibly"/>) when its month or year runs past the day: an agreement
/// signed « in 2023 » is possibly signed as of 2023-06-01, and certainly by 2024-01-01. An undated agreement or event
/// is kept and marked <see cref="AsOfStanding.Undated"/>: leaving it out would say it did not exist yet, and keeping it unmarked
/// would say it did — the sources say neither.
/// </summary>
public static class AsOf
{
    /// <summary>Where <paramref name="date"/> stands as of <paramref name="day"/>; null when it comes after the day (not kept).</summary>
    public static AsOfStanding? Standing(PartialDate? date, DateOnly day) => date switch
    {
        null => AsOfStanding.Undated,
        _ when date.Earliest > day => null,
        _ when date.Latest > day => AsOfStanding.Possibly,
        _ => AsOfStanding.ByThen,
    };

    /// <summary>
    /// The Cypher condition that keeps what <see cref="Standing"/> keeps, over the stored first day
    /// <paramref name="start"/> (a fixed fragment of the caller) and the parameter <paramref name="dayParameter"/>
    /// (<c>$name</c>): the stored date is the first day of its interval, so « earliest day ≤ the day » compares it
    /// directly, whatever its precision.
    /// </summary>
    public static string ToCypher(string start, string dayParameter) => $"{start} IS NULL OR {start} <= {dayParameter}";
}
