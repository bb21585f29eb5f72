using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// A window of days (either end open) and how it selects dates: the one home of the Cypher condition that compares a
/// stored date, read as the interval its precision stands for (<see cref="PartialDate"/>), with a window. The window's
/// ends are turned, per precision, into the bounds the stored first day must meet, so the condition compares stored
/// values with parameters only:
/// overlap: <c>start ≤ last day of to's month/year</c> and <c>(end ?? start) ≥ first day of from's month/year</c>;
/// within: <c>start ≥ from rounded up to a month/year start</c> and <c>(end ?? start) ≤ the last month/year start
/// whose interval ends by to</c>. Undated entities never match.
/// </summary>
public sealed record DateWindow(DateOnly? From, DateOnly? To, DateMatch Match = DateMatch.Overlap)
{
    /// <summary>
    /// The condition over the stored <paramref name="start"/>, optional <paramref name="end"/> and
    /// <paramref name="precision"/> expressions (fixed fragments of the caller, never user text); values go through
    /// <paramref name="parameter"/>, which stores a value and returns its <c>$name</c>.
    /// </summary>
    public string ToCypher(string start, string? end, string precision, Func<object, string> parameter)
    {
        var last = end is null ? start : $"coalesce({end}, {start})";
        var parts = new List<string> { $"{start} IS NOT NULL" };
        if (To is { } to)
        {
            parts.Add(Match == DateMatch.Overlap
                ? $"{start} <= {ByPrecision(precision, p => PartialDate.LastDay(PartialDate.FirstDay(to, p), p), parameter)}"
                : $"{last} <= {ByPrecision(precision, p => LastStartEndingBy(to, p), parameter)}");
        }

        if (From is { } from)
        {
            parts.Add(Match == DateMatch.Overlap
                ? $"{last} >= {ByPrecision(precision, p => PartialDate.FirstDay(from, p), parameter)}"
                : $"{start} >= {ByPrecision(precision, p => FirstStartFrom(from, p), parameter)}");
        }

        return string.Join(" AND ", parts);
    }

    private static string ByPrecision(string precision, Func<string, DateOnly> bound, Func<object, string> parameter) =>
        $"CASE {precision} WHEN '{PartialDate.Year}' THEN {parameter(new CypherDate(bound(PartialDate.Year)))} " +
        $"WHEN '{PartialDate.Month}' THEN {parameter(new CypherDate(bound(PartialDate.Month)))} " +
        $"ELSE {parameter(new CypherDate(bound(PartialDate.Day)))} END";

    /// <summary>The first start of an interval of this precision on or after <paramref name="from"/>.</summary>
    private static DateOnly FirstStartFrom(DateOnly from, string precision)
    {
        var first = PartialDate.FirstDay(from, precision);
        return first == from ? first : PartialDate.FirstDay(PartialDate.LastDay(first, precision).AddDays(1), precision);
    }

    /// <summary>The last start of an interval of this precision that ends on or before <paramref name="to"/>.</summary>
    private static DateOnly LastStartEndingBy(DateOnly to, string precision) =>
        to == DateOnly.MaxValue
            ? PartialDate.FirstDay(to, precision)
            : PartialDate.FirstDay(PartialDate.FirstDay(to.AddDays(1), precision).AddDays(-1), precision);
}
