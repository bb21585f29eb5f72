using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

[Collection(SeedGraphCollection.Name)]
public sealed class TimelineAndAggregatesTests(SeedGraphFixture fixture)
{
    [Fact]
    public async Task The_timeline_is_in_date_order_with_precisions_and_leaves_undated_items_out()
    {
        var items = await new TimelineService(fixture.Database).TimelineAsync();

        items.Select(i => i.Date.Value).Should().BeInAscendingOrder();
        items.Should().Contain(i => i.Entity.Id == "agr:lsa-jaxa-2024" && i.DatePrecision == "month");
        items.Should().NotContain(i => i.Entity.Id == "agr:ulb-japanese-university-mou-1");
    }

    [Fact]
    public async Task The_timeline_filters_by_agreement_kind_and_window()
    {
        var items = await new TimelineService(fixture.Database).TimelineAsync(
            new GraphFilter(AgreementKinds: ["letter_of_intent"], From: new DateOnly(2024, 1, 1), To: new DateOnly(2024, 12, 31)));

        items.Where(i => i.Type == TimelineItemType.Agreement).Select(i => i.Entity.Id).Should().Equal("agr:luxprovide-jaxa-loi-2024");
        items.Should().OnlyContain(i => i.Date.Value.Year == 2024 || (i.EndDate != null && i.EndDate.Value.Value.Year >= 2024));
    }

    [Fact]
    public async Task Aggregates_count_the_seed_graph()
    {
        var aggregates = await new AggregateService(fixture.Database).AggregatesAsync();

        aggregates.EntitiesByType.Single(b => b.Key == "ORGANIZATION").Count.Should().Be(50);
        aggregates.EntitiesByType.Single(b => b.Key == "AGREEMENT").Count.Should().Be(8);
        aggregates.EntitiesByType.Single(b => b.Key == "EVENT").Count.Should().Be(43);
        aggregates.OrganizationsByKind.Sum(b => b.Count).Should().Be(50);
        aggregates.AgreementsByYear.Should().Contain(new CountBucket("2024", "2024", 4) { Labels = new("2024", "2024", "2024") });
        aggregates.AgreementsByYear.Should().Contain(new CountBucket("unknown", "unknown", 3), "no year is no label in any language");
        aggregates.ByCountry.Should().Contain(b => b.Key == "place:japan" && b.Count > 0);
        aggregates.BySector.Should().Contain(b => b.Key == "sector:space" && b.Count > 0);
    }

    [Fact]
    public async Task Aggregates_honour_the_filter()
    {
        var aggregates = await new AggregateService(fixture.Database).AggregatesAsync(new GraphFilter(AgreementKinds: ["mou"]));

        aggregates.AgreementsByKind.Should().Equal(new CountBucket("mou", "mou", 2) { Labels = new("Memorandum of understanding", "Protocole d’accord", "覚書（MoU）") });
    }
}
