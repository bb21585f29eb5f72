namespace GraphExplorer.Application.Domain;

/// <summary>
/// An agreement cannot expire before it takes effect: the one home of the rule, for loaded data (<c>validate</c> and
/// <c>load</c>'s checks, <see cref="Quality.GraphValidator"/>) and for stewards' changes (<c>upsertAgreement</c>).
/// Dates are compared at their precision: only an expiry whose last possible day comes before the first possible day of
/// the effective date is refused (an expiry in « 2020 » and an effective date of 2020-03-01 may well be in order).
/// </summary>
public static class AgreementTermOrder
{
    /// <summary>What is wrong with the order of the two dates, or null when either is unknown or they may be in order.</summary>
    public static string? Problem(PartialDate? effective, PartialDate? expiry) =>
        effective is not null && expiry is not null && expiry.Latest < effective.Earliest
            ? $"expiryDate {expiry.Iso} is before effectiveDate {effective.Iso}: an agreement cannot expire before it takes effect"
            : null;
}
