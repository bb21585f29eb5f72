using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Whether an agreement is dormant: derived, never stated by a source. An agreement is dormant when its last cited
/// activity (<see cref="AgreementActivity"/>: signing, a dated state such as implemented or renewed, its signing event,
/// a related agreement, the stated start of its term) ended more than <see cref="AfterYears"/> years before the day it
/// is judged on. An activity dated to a month or year counts until the last day it may stand for, so an agreement is
/// called dormant only when that is certain. No dormancy is derived for an agreement that ended rather than sleeps:
/// its last state is expired or terminated, or the expiry date of its term has passed
/// (<see cref="AgreementTerm.HasExpired"/>); nor for one with no dated activity (nothing to measure from).
/// </summary>
/// <param name="LastActivity">The latest activity (by the last day its date may stand for).</param>
public sealed record AgreementDormancy(bool Dormant, AgreementActivity LastActivity, int AfterYears)
{
    /// <summary>The states after which an agreement is over rather than dormant.</summary>
    private static readonly HashSet<string> Ended = new(StringComparer.Ordinal) { "expired", "terminated" };

    /// <summary>Why, in words (English; the client words it from the fields).</summary>
    public string Reason => Dormant
        ? $"No cited activity for more than {AfterYears} years: the last, {Describe(LastActivity)}, dates from {LastActivity.Date.Iso}."
        : $"Cited activity within {AfterYears} years: the last, {Describe(LastActivity)}, dates from {LastActivity.Date.Iso}.";

    /// <summary>Judges an agreement from its activities, its lifecycle's last status and the expiry date of its term;
    /// null when no dormancy can be derived.</summary>
    public static AgreementDormancy? Derive(IReadOnlyCollection<AgreementActivity> activities, string? lastStatus, PartialDate? expiry, int afterYears, DateOnly today)
    {
        if ((lastStatus is not null && Ended.Contains(lastStatus)) || AgreementTerm.HasExpired(expiry, today) || activities.Count == 0)
        {
            return null;
        }

        var last = activities.OrderByDescending(a => a.Date.Latest).ThenByDescending(a => a.Date.Earliest).ThenBy(a => a.Kind).First();
        return new AgreementDormancy(last.Date.Latest.AddYears(afterYears) < today, last, afterYears);
    }

    private static string Describe(AgreementActivity activity) => activity.Kind switch
    {
        AgreementActivityKind.Signed => "its signing",
        AgreementActivityKind.State => $"its state « {activity.Status} »",
        AgreementActivityKind.Event => $"its signing event {activity.EntityId}",
        AgreementActivityKind.Effective => "the start of its term",
        _ => $"the related agreement {activity.EntityId}",
    };
}
