using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>What kind of thing appeared between two dates (see <see cref="DatedChangeService"/>).</summary>
public enum DatedChangeKind
{
    Agreement,
    Event,

    /// <summary>Two organisations party to an agreement together for the first time.</summary>
    PartnerPair,

    /// <summary>A person party to an agreement or taking part in an event for the first time.</summary>
    Person,
}

/// <summary>
/// One thing that appeared in the sources between two dates: an agreement or event (<see cref="Node"/>), a pair of
/// partners (<see cref="Node"/> and <see cref="Other"/>, in id order) or a person, with the date it appeared at its
/// precision and whether that date may lie outside the window (<see cref="Appearance"/>).
/// </summary>
/// <param name="Through">For a pair or a person, the agreement or event of its first tie (whose date is <paramref name="Date"/>).</param>
/// <param name="Citations">The sentences that state it: those of the agreement or event (of <paramref name="Through"/> for a pair), of the person for a person.</param>
public sealed record DatedChange(
    DatedChangeKind Kind,
    GraphNode Node,
    GraphNode? Other,
    GraphNode? Through,
    PartialDate Date,
    bool Uncertain,
    IReadOnlyList<Citation> Citations);

/// <summary>What appeared between <paramref name="From"/> and <paramref name="To"/> (both included), earliest first.</summary>
/// <param name="Undated">Agreements and events whose sources give no date: they cannot be placed in any window.</param>
/// <param name="Truncated">True when more items appeared than were asked for.</param>
public sealed record DatedChanges(DateOnly From, DateOnly To, IReadOnlyList<DatedChange> Items, int Undated, bool Truncated);
