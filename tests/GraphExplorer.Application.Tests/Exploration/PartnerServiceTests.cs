using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>The partners view on the seed graph: direct ties through shared agreements and events.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class PartnerServiceTests(SeedGraphFixture fixture)
{
    private PartnerService Partners => new(fixture.Database);

    [Fact]
    public async Task Bourgogne_Franche_Comte_has_Kumamoto_prefecture_as_agreement_partner_first()
    {
        var partners = await Partners.PartnersAsync("org:region-bourgogne-franche-comte");

        var first = partners[0];
        first.Partner.Id.Should().Be("org:kumamoto-prefecture");
        first.Agreements.Select(a => a.Id).Should().Equal("agr:bfc-kumamoto-partnership");
        first.Weight.Should().Be(first.Agreements.Count + first.Events.Count);
        partners.Select(p => p.Partner.Id).Should().OnlyHaveUniqueItems().And.NotContain("org:region-bourgogne-franche-comte");
    }

    [Fact]
    public async Task Vitagora_and_the_region_are_partners_through_the_2025_mission()
    {
        var partners = await Partners.PartnersAsync("org:vitagora", first: 100);

        var region = partners.Single(p => p.Partner.Id == "org:region-bourgogne-franche-comte");
        region.Events.Select(e => e.Id).Should().Contain("evt:bourgogne-franche-comte-mission-japan-2025");
        partners.Should().OnlyContain(p => p.Partner.EntityType == EntityType.Organization);
        partners.Select(p => p.Weight).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task People_are_partners_through_the_events_they_attended_together()
    {
        var partners = await Partners.PartnersAsync("person:lex-delles", first: 100);

        partners.Should().Contain(p => p.Partner.Id == "person:xavier-bettel"
            && p.Events.Any(e => e.Id == "evt:luxembourg-economic-mission-japan-2024"));
        partners.Should().OnlyContain(p => p.Partner.EntityType == EntityType.Person);
    }

    [Fact]
    public async Task Partners_of_an_agreement_are_refused_naming_the_id()
    {
        var act = () => Partners.PartnersAsync("agr:bfc-kumamoto-partnership");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("agr:bfc-kumamoto-partnership");
    }
}
