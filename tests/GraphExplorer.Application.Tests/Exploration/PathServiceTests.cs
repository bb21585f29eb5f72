using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>Connections that mean something, on the seed graph: documented paths first, reference nodes on request.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class PathServiceTests(SeedGraphFixture fixture)
{
    private PathService Paths => new(fixture.Database);

    [Fact]
    public async Task ULB_to_JAXA_says_no_documented_link_and_offers_the_link_through_Japan_separately()
    {
        var answer = await Paths.ConnectionsAsync("org:ulb", "org:jaxa");

        answer.Paths.Should().BeEmpty("nothing but places joins ULB to JAXA");
        answer.NoDocumentedLink.Should().BeTrue();
        answer.Reason.Should().StartWith("No documented link within 6 steps");
        answer.WeakerPaths.Should().NotBeEmpty().And.OnlyContain(p => p.ThroughReference);
        answer.WeakerPaths[0].Nodes.Select(n => n.Id).Should().Contain("place:japan");
    }

    [Fact]
    public async Task ULB_to_JAXA_through_places_returns_the_Japan_path_labelled_as_reference()
    {
        var answer = await Paths.ConnectionsAsync("org:ulb", "org:jaxa", through: [EntityType.Place]);

        answer.Paths.Should().NotBeEmpty().And.OnlyContain(p => p.ThroughReference);
        answer.Paths[0].Nodes.Select(n => n.Id).Should().Contain("place:japan");
        answer.NoDocumentedLink.Should().BeTrue();
        answer.WeakerPaths.Should().BeEmpty("the reference paths asked for are already the answer");
    }

    [Fact]
    public async Task By_default_no_path_passes_through_a_place_sector_or_fact()
    {
        var answer = await Paths.ConnectionsAsync("org:vitagora", "place:kumamoto");

        answer.Paths.Should().NotBeEmpty();
        answer.Paths.SelectMany(p => p.Nodes.Skip(1).SkipLast(1))
            .Should().OnlyContain(n => !PathRanking.ReferenceTypes.Contains(n.EntityType));
        answer.Paths.Should().OnlyContain(p => !p.ThroughReference);
    }

    [Fact]
    public async Task Vitagora_to_Kumamoto_offers_the_Bourgogne_Franche_Comte_Kumamoto_partnership_first()
    {
        var answer = await Paths.ConnectionsAsync("org:vitagora", "org:kumamoto-prefecture");

        answer.NoDocumentedLink.Should().BeFalse();
        answer.Reason.Should().BeNull();
        answer.Paths[0].Nodes.Select(n => n.Id).Should().Equal(
            "org:vitagora", "org:region-bourgogne-franche-comte", "agr:bfc-kumamoto-partnership", "org:kumamoto-prefecture");
        answer.Paths[0].Edges.Select(e => e.Type).Should().Equal("SUPPORTED", "PARTY_TO", "PARTY_TO");
    }

    [Fact]
    public async Task Raising_the_step_limit_finds_longer_paths()
    {
        var two = await Paths.ConnectionsAsync("org:vitagora", "org:kumamoto-prefecture", maxLength: 2);
        var three = await Paths.ConnectionsAsync("org:vitagora", "org:kumamoto-prefecture", maxLength: 3);
        var six = await Paths.ConnectionsAsync("org:vitagora", "org:kumamoto-prefecture", maxLength: 6);

        two.NoDocumentedLink.Should().BeTrue();
        two.Reason.Should().StartWith("No documented link within 2 steps");
        three.Paths.Should().ContainSingle().Which.Length.Should().Be(3);
        six.Paths.Should().HaveCountGreaterThan(1);
        six.Paths.Max(p => p.Length).Should().BeGreaterThan(3, "not only the shortest paths come back");
        six.Paths.Should().OnlyContain(p => p.Length <= 6);
    }

    [Fact]
    public async Task Paths_are_ranked_by_meaning_and_do_not_repeat_one_another()
    {
        var paths = await Paths.PathsAsync("org:vitagora", "place:kumamoto", first: 5);

        paths.Select(p => string.Join(' ', p.Nodes.Select(n => n.Id))).Should().OnlyHaveUniqueItems();
        paths.Select(p => p.Length).First().Should().Be(paths.Min(p => p.Length), "shorter paths of the same kind come first");
        paths.Should().OnlyContain(p => p.Nodes[0].Id == "org:vitagora" && p.Nodes.Last().Id == "place:kumamoto");
    }

    [Fact]
    public async Task Sources_cannot_be_walked_through()
    {
        var act = () => Paths.ConnectionsAsync("org:ulb", "org:jaxa", through: [EntityType.Source]);

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("SOURCE");
    }

    [Fact]
    public void A_stated_agreement_step_costs_less_than_shared_participation_an_inferred_step_or_a_place()
    {
        PathRanking.StepCost("PARTY_TO", inferred: false).Should().BeLessThan(PathRanking.StepCost("PARTICIPATED_IN", inferred: false));
        PathRanking.StepCost("PARTY_TO", inferred: false).Should().BeLessThan(PathRanking.StepCost("PARTY_TO", inferred: true));
        PathRanking.StepCost("PARTICIPATED_IN", inferred: false).Should().BeLessThan(PathRanking.StepCost("LOCATED_IN", inferred: false));
    }

    [Fact]
    public void Diverse_picking_prefers_a_path_through_a_new_intermediate_over_a_cheaper_repeat()
    {
        (string[] Keys, double Cost)[] candidates =
        [
            (["a", "hub", "x", "b"], 3.0),
            (["a", "hub", "y", "b"], 3.2),
            (["a", "other", "z", "b"], 3.5),
        ];

        var picked = PathRanking.PickDiverse(candidates, c => c.Cost, c => c.Keys, 2);

        picked.Select(c => c.Keys[1]).Should().Equal("hub", "other");
    }
}
