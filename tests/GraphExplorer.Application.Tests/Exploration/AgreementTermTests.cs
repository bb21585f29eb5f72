using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>Expiring, expired and due for renewal: derived from the dates of an agreement's term at their precision.</summary>
public sealed class AgreementTermTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static PartialDate Date(int year, int month, int day, string precision) => new(new DateOnly(year, month, day), precision, null, null, null);

    private static AgreementLifecycleStep Step(string status, PartialDate? since) => new(status, since, null, new Citation("src:x", "x", "…"));

    [Fact]
    public void An_expiry_within_the_window_is_expiring_and_one_beyond_it_flags_nothing()
    {
        var march = Date(2027, 3, 1, PartialDate.Month);

        var term = AgreementTerm.Derive(march, null, [], 6, Today)!;

        (term.Status, term.Date, term.WithinMonths).Should().Be((AgreementTermStatus.Expiring, march, 6));
        term.Reason.Should().Contain("2027-03").And.Contain("6 months");
        AgreementTerm.Derive(Date(2027, 9, 1, PartialDate.Month), null, [], 6, Today).Should().BeNull("September 2027 is more than 6 months away");
        AgreementTerm.Derive(Date(2027, 9, 1, PartialDate.Month), null, [], 12, Today)!.Status.Should().Be(AgreementTermStatus.Expiring, "the window is a setting");
    }

    [Fact]
    public void An_expiry_given_as_the_current_year_is_expiring_until_its_last_day_and_expired_after()
    {
        var in2026 = Date(2026, 1, 1, PartialDate.Year);

        AgreementTerm.Derive(in2026, null, [], 6, Today)!.Status.Should().Be(AgreementTermStatus.Expiring, "« 2026 » may still mean 31 December");
        AgreementTerm.Derive(in2026, null, [], 6, new DateOnly(2027, 1, 1))!.Status.Should().Be(AgreementTermStatus.Expired);
    }

    [Fact]
    public void A_renewal_date_that_is_near_is_due_unless_a_renewal_since_is_stated()
    {
        var renewal = Date(2027, 1, 15, PartialDate.Day);

        AgreementTerm.Derive(null, renewal, [], 6, Today)!.Status.Should().Be(AgreementTermStatus.RenewalDue);
        AgreementTerm.Derive(null, renewal, [Step("renewed", Date(2027, 1, 1, PartialDate.Month))], 6, Today).Should().BeNull("it may have been renewed in January 2027");
        AgreementTerm.Derive(null, renewal, [Step("renewed", Date(2020, 1, 1, PartialDate.Year))], 6, Today)!.Status.Should().Be(AgreementTermStatus.RenewalDue, "an older renewal does not answer this one");
    }

    [Fact]
    public void Expired_comes_before_a_renewal_and_a_terminated_agreement_has_no_term()
    {
        var expired = Date(2020, 1, 1, PartialDate.Year);

        AgreementTerm.Derive(expired, Date(2027, 1, 1, PartialDate.Month), [], 6, Today)!.Status.Should().Be(AgreementTermStatus.Expired);
        AgreementTerm.Derive(expired, null, [Step("signed", null), Step("terminated", null)], 6, Today).Should().BeNull();
        AgreementTerm.Derive(null, null, [], 6, Today).Should().BeNull();
    }
}
