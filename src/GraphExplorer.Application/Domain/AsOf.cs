using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// The as-of rule, the one home of it: a date is read as the interval its precision stands for
/// (<see cref="PartialDate"/>). An agreement or event is kept as of a day when the
/// earliest day its date may stand for is on or before that day; it is certain (<see cref="AsOfStanding.ByThen"/>) when the latest
/// day is too, and only possible (<see cref="AsOfStanding.Possibly"/>) when its month or year runs past the day: an agreement
/// signed « in 2023 » is possibly signed as of 2023-06-01, and certainly by 2024-01-01. An undated agreement or event
/// is kept and marked <see cref="AsOfStanding.Undated"/>: leaving it out would say it did not exist yet, and keeping it unmarked
/// would say it did — the sources say neither.
/// A tie (a relationship with <c>since</c> / <c>until</c>, each at its precision) is in the network as of a day when it
/// may have held then (<see cref="TieHolds"/>): it began by the day — the earliest day its <c>since</c> may stand for is
/// on or before it — and had not ended before it — the latest day its <c>until</c> may stand for is on or after it. So a
/// presence « depuis 2008 » holds as of 2008-06-01 (possibly) and not as of 2007-12-31, and a role held « until 2019 »
/// holds as of 2019-06-01 (possibly) and not as of 2020-01-01. A side the sources do not date bounds nothing, as an
/// undated agreement is kept.
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

    /// <summary>Whether a tie that began at <paramref name="since"/> and ended at <paramref name="until"/> (either unknown) may have held on <paramref name="day"/>.</summary>
    public static bool TieHolds(PartialDate? since, PartialDate? until, DateOnly day) =>
        (since is null || since.Earliest <= day) && (until is null || until.Latest >= day);

    /// <summary>
    /// The Cypher condition that keeps what <see cref="TieHolds"/> keeps, over the relationship variable
    /// <paramref name="relationship"/>. The day goes into <paramref name="parameters"/> as <c>asOfDay</c>, with the
    /// first day of its month and of its year: « the latest day the stored <c>until</c> may stand for is on or after
    /// the day » is « the stored first day is on or after the first day of the day's month (or year) » at month (or
    /// year) precision, which compares stored values directly.
    /// </summary>
    public static string TieToCypher(string relationship, DateOnly day, IDictionary<string, object?> parameters)
    {
        parameters["asOfDay"] = new CypherDate(day);
        parameters["asOfMonthStart"] = new CypherDate(PartialDate.FirstDay(day, PartialDate.Month));
        parameters["asOfYearStart"] = new CypherDate(PartialDate.FirstDay(day, PartialDate.Year));
        var r = relationship;
        return $"({r}.since IS NULL OR {r}.since <= $asOfDay) AND ({r}.until IS NULL OR {r}.until >= " +
            $"CASE {r}.untilPrecision WHEN '{PartialDate.Year}' THEN $asOfYearStart WHEN '{PartialDate.Month}' THEN $asOfMonthStart ELSE $asOfDay END)";
    }
}
