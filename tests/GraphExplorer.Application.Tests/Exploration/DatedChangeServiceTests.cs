using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>What appeared between two dates, by the dates the sources give at their precision.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class DatedChangeServiceTests(SeedGraphFixture fixture)
{
    private DatedChangeService Service => new(fixture.Database);

    private static DatedChange? Find(DatedChanges changes, DatedChangeKind kind, string id, string? other = null) =>
        changes.Items.SingleOrDefault(c => c.Kind == kind && c.Node.Id == id && c.Other?.Id == other);

    [Fact]
    public async Task June_2024_brings_the_space_agreements_and_the_new_partners_with_their_dates_and_sentences()
    {
        var changes = await Service.ChangesAsync(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30));

        var lsaJaxa = Find(changes, DatedChangeKind.Agreement, "agr:lsa-jaxa-2024")!;
        (lsaJaxa.Date.Iso, lsaJaxa.Uncertain).Should().Be(("2024-06", false));
        lsaJaxa.Citations.Should().Contain(c => c.Quote!.Contains("hier à Tokyo"));
        Find(changes, DatedChangeKind.Agreement, "agr:luxembourg-japan-space-cooperation-2024")!.Date.Iso.Should().Be("2024-06-11");

        var partners = Find(changes, DatedChangeKind.PartnerPair, "org:jaxa", "org:luxembourg-space-agency")!;
        (partners.Through!.Id, partners.Uncertain).Should().Be(("agr:lsa-jaxa-2024", false));
        partners.Citations.Should().NotBeEmpty();
        var governments = Find(changes, DatedChangeKind.PartnerPair, "org:government-of-japan", "org:government-of-luxembourg")!;
        governments.Through!.Id.Should().Be("agr:luxembourg-japan-air-services-2024", "its « June 2024 » may be before the 11th");
        changes.Items.Select(c => c.Date.Earliest).Should().BeInAscendingOrder();
        changes.Undated.Should().BeGreaterThan(0, "the seed has agreements whose articles give no date");
    }

    [Fact]
    public async Task A_window_that_starts_inside_a_month_keeps_that_months_agreements_as_uncertain()
    {
        var changes = await Service.ChangesAsync(new DateOnly(2024, 6, 10), new DateOnly(2024, 6, 30));

        Find(changes, DatedChangeKind.Agreement, "agr:lsa-jaxa-2024")!.Uncertain.Should().BeTrue();
        Find(changes, DatedChangeKind.Agreement, "agr:luxembourg-japan-space-cooperation-2024")!.Uncertain.Should().BeFalse();
        Find(changes, DatedChangeKind.PartnerPair, "org:government-of-japan", "org:government-of-luxembourg")!.Uncertain.Should().BeTrue();
    }

    [Fact]
    public async Task Partners_who_had_an_agreement_before_the_window_are_not_new_in_it()
    {
        var changes = await Service.ChangesAsync(new DateOnly(2024, 6, 12), new DateOnly(2024, 12, 31));

        Find(changes, DatedChangeKind.Agreement, "agr:luxembourg-japan-space-cooperation-2024").Should().BeNull("it was signed on 11 June");
        Find(changes, DatedChangeKind.PartnerPair, "org:government-of-japan", "org:government-of-luxembourg")
            .Should().BeNull("their 11 June agreement certainly came before the window");
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_a_clear_error()
    {
        var act = () => Service.ChangesAsync(new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("from");
    }
}
