using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

[Collection(SeedGraphCollection.Name)]
public sealed class NeighbourhoodFilterTests(SeedGraphFixture fixture)
{
    private NeighbourhoodService Service => new(fixture.Database);

    [Fact]
    public async Task A_sector_filter_keeps_organisations_agreements_and_events_of_that_sector()
    {
        var graph = await Service.NeighbourhoodAsync("org:jaxa", depth: 2, new GraphFilter(Sectors: ["sector:space"]));

        graph.Nodes.Skip(1)
            .Where(n => n.EntityType is EntityType.Organization or EntityType.Agreement or EntityType.Event)
            .Should().NotBeEmpty().And.OnlyContain(n => n.Sectors.Contains("sector:space"));
    }

    [Fact]
    public async Task A_country_filter_keeps_organisations_located_in_that_country()
    {
        var graph = await Service.NeighbourhoodAsync("agr:lsa-jaxa-2024", depth: 1, new GraphFilter(EntityTypes: [EntityType.Organization], Countries: ["place:japan"]));

        graph.Nodes.Skip(1).Select(n => n.Id).Should().Equal("org:jaxa");
        graph.Nodes[1].Countries.Should().Contain("place:japan");
    }

    [Fact]
    public async Task An_unknown_agreement_kind_in_the_filter_is_a_clear_error()
    {
        var act = () => Service.NeighbourhoodAsync("org:jaxa", 1, new GraphFilter(AgreementKinds: ["treaty"]));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("filter.agreementKinds");
    }

    [Fact]
    public async Task The_neighbourhood_of_an_unknown_id_is_not_found()
    {
        var act = () => Service.NeighbourhoodAsync("org:nobody");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Code.Should().Be(ApplicationErrorCode.NotFound);
    }
}
