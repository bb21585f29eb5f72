using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

public sealed class AgreementDormancyTests
{
    private static AgreementActivity Activity(AgreementActivityKind kind, int year, int month, int day, string precision, string? status = null) =>
        new(kind, new PartialDate(new DateOnly(year, month, day), precision, null, null, null), Status: status);

    [Fact]
    public void An_agreement_with_no_cited_activity_for_longer_than_the_period_is_dormant_from_its_last_activity()
    {
        var signed = Activity(AgreementActivityKind.Signed, 2016, 1, 1, PartialDate.Year);

        var dormancy = AgreementDormancy.Derive([signed], "signed", null, 3, new DateOnly(2026, 12, 7))!;

        (dormancy.Dormant, dormancy.LastActivity, dormancy.AfterYears).Should().Be((true, signed, 3));
        dormancy.Reason.Should().Be("No cited activity for more than 3 years: the last, its signing, dates from 2016.");
    }

    [Fact]
    public void A_renewal_within_the_period_keeps_it_awake()
    {
        var renewed = Activity(AgreementActivityKind.State, 2024, 6, 1, PartialDate.Month, "renewed");

        var dormancy = AgreementDormancy.Derive([Activity(AgreementActivityKind.Signed, 2016, 1, 1, PartialDate.Year), renewed], "renewed", null, 3, new DateOnly(2026, 12, 7))!;

        (dormancy.Dormant, dormancy.LastActivity).Should().Be((false, renewed));
    }

    [Fact]
    public void A_year_counts_until_its_last_day_so_dormancy_is_only_called_when_certain()
    {
        var in2023 = Activity(AgreementActivityKind.Signed, 2023, 1, 1, PartialDate.Year);

        AgreementDormancy.Derive([in2023], null, null, 3, new DateOnly(2026, 12, 31))!.Dormant.Should().BeFalse("the signing may have been on 31 December 2023");
        AgreementDormancy.Derive([in2023], null, null, 3, new DateOnly(2027, 1, 1))!.Dormant.Should().BeTrue();
    }

    [Fact]
    public void An_ended_agreement_and_one_with_no_dated_activity_have_no_dormancy()
    {
        AgreementDormancy.Derive([Activity(AgreementActivityKind.Signed, 2010, 1, 1, PartialDate.Year)], "terminated", null, 3, new DateOnly(2026, 1, 1)).Should().BeNull();
        AgreementDormancy.Derive([], "signed", null, 3, new DateOnly(2026, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void An_agreement_whose_term_has_expired_ended_and_is_not_dormant()
    {
        var signed = Activity(AgreementActivityKind.Signed, 2010, 1, 1, PartialDate.Year);
        var expiry = new PartialDate(new DateOnly(2020, 1, 1), PartialDate.Year, null, null, null);

        AgreementDormancy.Derive([signed], "signed", expiry, 3, new DateOnly(2026, 1, 1)).Should().BeNull();
        AgreementDormancy.Derive([signed], "signed", expiry, 3, new DateOnly(2020, 12, 31))!.Dormant
            .Should().BeTrue("an expiry « in 2020 » may still be ahead on 31 December 2020, so the term has not certainly ended");
    }

    [Fact]
    public void A_stated_effective_date_counts_as_activity()
    {
        var effective = Activity(AgreementActivityKind.Effective, 2025, 3, 1, PartialDate.Month);

        var dormancy = AgreementDormancy.Derive([Activity(AgreementActivityKind.Signed, 2016, 1, 1, PartialDate.Year), effective], "signed", null, 3, new DateOnly(2026, 12, 7))!;

        (dormancy.Dormant, dormancy.LastActivity).Should().Be((false, effective));
        dormancy.Reason.Should().Be("Cited activity within 3 years: the last, the start of its term, dates from 2025-03.");
    }
}
