using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>Explorations asked « as of » a day: what was signed or held by then, at the precision of its date.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class AsOfExplorationTests(SeedGraphFixture fixture)
{
    private static readonly DateOnly June5Of2024 = new(2024, 6, 5);

    [Fact]
    public async Task As_of_5_June_2024_the_JAXA_LSA_agreement_of_June_is_possible_and_the_government_agreement_of_11_June_is_left_out()
    {
        var filter = new GraphFilter(AsOf: June5Of2024);
        var graph = AsOfMarks.Mark(await new NeighbourhoodService(fixture.Database).NeighbourhoodAsync("org:jaxa", 2, filter, 500), filter.AsOf);

        var agreements = graph.Nodes.Where(n => n.EntityType == EntityType.Agreement).ToDictionary(n => n.Id);
        agreements["agr:lsa-jaxa-2024"].StandingAsOf.Should().Be(AsOfStanding.Possibly, "signed « in June 2024 »: maybe before the 5th, maybe after");
        agreements.Should().NotContainKey("agr:luxembourg-japan-space-cooperation-2024", "it was signed on 11 June 2024");
        graph.Nodes.Where(n => n.EntityType is EntityType.Agreement or EntityType.Event)
            .Should().OnlyContain(n => n.StandingAsOf != null && (n.Start == null || n.Start.Earliest <= June5Of2024));
        graph.Nodes.Single(n => n.Id == "org:jaxa").StandingAsOf.Should().BeNull("an organisation has no date to stand by");
    }

    [Fact]
    public async Task Without_a_day_the_same_neighbourhood_has_the_later_agreement_and_no_standing()
    {
        var graph = await new NeighbourhoodService(fixture.Database).NeighbourhoodAsync("org:jaxa", 2, null, 500);

        graph.Nodes.Select(n => n.Id).Should().Contain("agr:luxembourg-japan-space-cooperation-2024");
        graph.Nodes.Should().OnlyContain(n => n.StandingAsOf == null);
    }

    [Fact]
    public async Task A_timeline_as_of_a_day_ends_there_and_says_which_items_were_certainly_past()
    {
        var filter = new GraphFilter(AsOf: new DateOnly(2024, 6, 30));
        var items = AsOfMarks.Mark(await new TimelineService(fixture.Database).TimelineAsync(filter, 5000), filter.AsOf);

        items.Should().NotBeEmpty().And.OnlyContain(i => i.Start.Earliest <= filter.AsOf!.Value);
        var byId = items.ToDictionary(i => i.Entity.Id);
        byId["agr:lsa-jaxa-2024"].StandingAsOf.Should().Be(AsOfStanding.ByThen, "the whole of June 2024 is past on its last day");
        byId["agr:agc-glass-europe-anechoic-chambers-2016"].StandingAsOf.Should().Be(AsOfStanding.ByThen);
    }
}
