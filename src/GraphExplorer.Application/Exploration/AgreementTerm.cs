using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Where an agreement stands against the end of its term, derived (never stated by a source) from the expiry and
/// renewal dates its sources give (<c>expiryDate</c>, <c>renewalDate</c>, each at its precision) and judged on a day.
/// Dates are read as the interval their precision stands for, as everywhere (<see cref="AsOf"/>): an agreement is
/// <see cref="AgreementTermStatus.Expired"/> only when the last day its expiry may stand for is past, and
/// <see cref="AgreementTermStatus.Expiring"/> when the first day it may stand for falls before the window ends (so an
/// expiry « in 2026 » is expiring, not expired, through 31 December 2026). <see cref="AgreementTermStatus.RenewalDue"/>
/// when the first day its renewal date may stand for falls before the window ends and no <c>renewed</c> state is dated
/// on or after it. Expired, then expiring, then renewal due: the first that applies. None for an agreement whose last
/// state is <c>terminated</c> (it ended otherwise) or whose sources give neither date, nor when nothing is near.
/// </summary>
/// <param name="Date">The expiry or renewal date the status is about, as the source gives it.</param>
/// <param name="WithinMonths">The window, in months from the day judged on (<see cref="LifecycleOptions.ExpiringWithinMonths"/>).</param>
public sealed record AgreementTerm(AgreementTermStatus Status, PartialDate Date, int WithinMonths)
{
    /// <summary>Why, in English words (clients word it from the fields).</summary>
    public string Reason => Status switch
    {
        AgreementTermStatus.Expired => $"Its expiry date, {Date.Iso}, has passed.",
        AgreementTermStatus.Expiring => $"Its expiry date, {Date.Iso}, falls within {WithinMonths} months or may have passed.",
        _ => $"It comes up for renewal on {Date.Iso}, within {WithinMonths} months or already, and no renewal since is stated.",
    };

    /// <summary>Whether an expiry is past on <paramref name="today"/>: the last day its date may stand for is before it.</summary>
    public static bool HasExpired([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] PartialDate? expiry, DateOnly today) => expiry is not null && expiry.Latest < today;

    /// <summary>The term of an agreement on <paramref name="today"/>, or null when there is nothing to flag.</summary>
    /// <param name="steps">Its lifecycle, in the order it happened (<see cref="AgreementLifecycleStep.InOrder"/>).</param>
    public static AgreementTerm? Derive(PartialDate? expiry, PartialDate? renewal, IReadOnlyList<AgreementLifecycleStep> steps, int withinMonths, DateOnly today)
    {
        if (steps.Count > 0 && steps[^1].Status == "terminated")
        {
            return null;
        }

        var windowEnd = today.AddMonths(withinMonths);
        if (HasExpired(expiry, today))
        {
            return new AgreementTerm(AgreementTermStatus.Expired, expiry, withinMonths);
        }

        if (expiry is not null && expiry.Earliest <= windowEnd)
        {
            return new AgreementTerm(AgreementTermStatus.Expiring, expiry, withinMonths);
        }

        var renewedSince = renewal is not null && steps.Any(s => s.Status == "renewed" && s.When is { } when && when.Latest >= renewal.Earliest);
        return renewal is not null && renewal.Earliest <= windowEnd && !renewedSince
            ? new AgreementTerm(AgreementTermStatus.RenewalDue, renewal, withinMonths)
            : null;
    }
}
