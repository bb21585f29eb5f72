using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

[Collection(SeedGraphCollection.Name)]
public sealed class NeighbourhoodServiceTests(SeedGraphFixture fixture)
{
    private NeighbourhoodService Service => new(fixture.Database);

    [Fact]
    public async Task Depth_one_gives_the_entity_first_then_its_direct_neighbours_and_the_edges_among_them()
    {
        var graph = await Service.NeighbourhoodAsync("agr:lsa-jaxa-2024", depth: 1);

        graph.Nodes[0].Id.Should().Be("agr:lsa-jaxa-2024");
        graph.Nodes.Select(n => n.Id).Should().Contain(["org:jaxa", "org:luxembourg-space-agency", "agr:luxprovide-jaxa-loi-2024"]);
        graph.Truncated.Should().BeFalse();
        graph.Edges.Should().Contain(e => e.Source == "org:jaxa" && e.Target == "agr:lsa-jaxa-2024" && e.Type == "PARTY_TO" && e.Citations.Count > 0);
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        graph.Edges.Should().OnlyContain(e => ids.Contains(e.Source) && ids.Contains(e.Target));
    }

    [Fact]
    public async Task Sources_and_citations_are_not_drawn_as_neighbours()
    {
        var graph = await Service.NeighbourhoodAsync("org:jaxa", depth: 2);

        graph.Nodes.Should().NotContain(n => n.EntityType == EntityType.Source);
        graph.Edges.Should().NotContain(e => e.Type == "CITED_IN");
    }

    [Fact]
    public async Task The_limit_is_honoured_and_flagged_nearest_first()
    {
        var full = await Service.NeighbourhoodAsync("org:jaxa", depth: 2, limit: 2000);
        var direct = await Service.NeighbourhoodAsync("org:jaxa", depth: 1, limit: 2000);
        var cut = await Service.NeighbourhoodAsync("org:jaxa", depth: 2, limit: direct.Nodes.Count + 1);

        full.Truncated.Should().BeFalse();
        cut.Truncated.Should().BeTrue();
        cut.Nodes.Should().HaveCount(direct.Nodes.Count + 1);
        cut.Nodes.Take(direct.Nodes.Count).Select(n => n.Id).Should().BeEquivalentTo(direct.Nodes.Select(n => n.Id), "the direct neighbours come before the second ring");
    }

    [Fact]
    public async Task A_limit_equal_to_the_neighbourhood_size_is_not_truncated()
    {
        var direct = await Service.NeighbourhoodAsync("org:jaxa", depth: 1);
        var exact = await Service.NeighbourhoodAsync("org:jaxa", depth: 1, limit: direct.Nodes.Count);

        exact.Truncated.Should().BeFalse();
        exact.Nodes.Should().HaveCount(direct.Nodes.Count);
    }

    [Fact]
    public async Task Entity_type_filters_keep_only_those_types_besides_the_centre()
    {
        var graph = await Service.NeighbourhoodAsync("org:jaxa", depth: 1, new GraphFilter(EntityTypes: [EntityType.Agreement]));

        graph.Nodes.Skip(1).Should().NotBeEmpty().And.OnlyContain(n => n.EntityType == EntityType.Agreement);
    }

    [Fact]
    public async Task A_date_window_keeps_agreements_signed_in_it()
    {
        var graph = await Service.NeighbourhoodAsync("org:ulb", depth: 1, new GraphFilter(EntityTypes: [EntityType.Agreement], From: new DateOnly(2024, 1, 1)));

        graph.Nodes.Skip(1).Should().BeEmpty("the ULB's MoUs are undated");
    }

    [Fact]
    public async Task Node_cards_carry_kind_date_sectors_countries_and_degree()
    {
        var graph = await Service.NeighbourhoodAsync("agr:lsa-jaxa-2024", depth: 0);

        var card = graph.Nodes.Single();
        card.Kind.Should().Be("cooperation_agreement");
        card.DatePrecision.Should().Be("month");
        card.Sectors.Should().Contain("sector:space");
        card.Degree.Should().BeGreaterThan(2);
    }

    [Theory]
    [InlineData(-1, 10, "depth")]
    [InlineData(1, 0, "limit")]
    public async Task Out_of_range_arguments_are_clear_errors(int depth, int limit, string argument)
    {
        var act = () => Service.NeighbourhoodAsync("org:jaxa", depth, limit: limit);

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be(argument);
    }
}
