namespace GraphExplorer.Application.Domain;

/// <summary>
/// When something first appeared in the sources, read from the dates of its ties at their precision
/// (<see cref="PartialDate"/>: each date stands for its whole day, month or year), and whether that was between two
/// days (both included): the one home of the rule of <c>changes(from:, to:)</c>. Something — an agreement with its
/// one date, a pair of partners or a person with the dates of all their agreements and events — appeared in the
/// window when none of its dates certainly lies before the window (ends before <c>from</c>) and one may lie by its end
/// (begins on or before <c>to</c>); it certainly did when none may lie before (all begin on or after <c>from</c>) and
/// one certainly lies by its end (ends on or before <c>to</c>). Otherwise it is kept as uncertain: « 2024 » is in a
/// window from 2024-06-01 to 2024-12-31, uncertain. The date shown is its earliest.
/// </summary>
public static class Appearance
{
    /// <summary>The first date of <paramref name="dates"/> and whether its appearance in the window is uncertain;
    /// null when it did not appear in the window (before it, after it, or no date at all).</summary>
    public static (PartialDate First, bool Uncertain)? InWindow(IReadOnlyCollection<PartialDate> dates, DateOnly from, DateOnly to)
    {
        if (dates.Count == 0 || dates.Any(d => d.Latest < from) || !dates.Any(d => d.Earliest <= to))
        {
            return null;
        }

        var certain = dates.All(d => d.Earliest >= from) && dates.Any(d => d.Latest <= to);
        var first = dates.OrderBy(d => d.Earliest).ThenBy(d => d.Latest).First();
        return (first, !certain);
    }
}
