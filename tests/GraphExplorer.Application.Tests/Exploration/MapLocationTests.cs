using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>
/// A drawn node's map location: the reference coordinates of the nearest place that has them (cypher/012), and which
/// place that is, so the map never shows a position finer than the place the graph records.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class MapLocationTests(SeedGraphFixture fixture)
{
    private async Task<GraphNode> NodeAsync(string key) => (await new NeighbourhoodService(fixture.Database).NeighbourhoodAsync(key, depth: 1)).Nodes[0];

    [Fact]
    public async Task A_city_is_drawn_at_its_own_reference_coordinates()
    {
        var node = await NodeAsync("place:kumamoto");

        node.Location.Should().BeEquivalentTo(new { Latitude = 32.80, Longitude = 130.71, Place = "place:kumamoto", PlaceName = "Kumamoto" });
    }

    [Fact]
    public async Task A_venue_without_coordinates_is_drawn_at_the_place_it_is_part_of()
    {
        var node = await NodeAsync("place:luxembourg-pavilion-expo-2025");

        node.Location!.Place.Should().Be("place:expo-2025-site");
    }

    [Fact]
    public async Task An_organisation_is_drawn_at_the_place_it_is_located_in()
    {
        var node = await NodeAsync("org:ltio-tokyo");

        node.Location.Should().BeEquivalentTo(new { Latitude = 35.69, Longitude = 139.69, Place = "place:tokyo" });
        node.Location!.PlaceNames.Ja.Should().Be("東京", "a map labels the point in the reader's language even when the place is not drawn");
    }

    [Fact]
    public async Task An_agreement_is_drawn_where_the_event_it_was_signed_at_was_held()
    {
        var node = await NodeAsync("agr:lsa-jaxa-2024");

        node.Location!.Place.Should().Be("place:tokyo");
    }

    [Fact]
    public async Task A_person_has_no_map_location()
    {
        var node = await NodeAsync("person:xavier-bettel");

        node.Location.Should().BeNull();
    }
}
