using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Quality;

/// <summary>The gaps worth a follow-up in the seed graph: undated agreements, unnamed counterparts, what one article alone states.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class GapFinderTests(SeedGraphFixture fixture)
{
    [Fact]
    public async Task The_undated_agreements_and_those_without_a_named_counterpart_are_listed_with_what_the_sources_say()
    {
        var gaps = await new GapFinder(fixture.Database).FindAsync([GapKind.UndatedAgreement, GapKind.UnnamedCounterparty], 100);

        gaps.Where(g => g.Kind == GapKind.UndatedAgreement).Select(g => g.EntityId).Should().Equal(
            "agr:bfc-kumamoto-partnership", "agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        gaps.Where(g => g.Kind == GapKind.UnnamedCounterparty).Select(g => g.EntityId).Should().Equal(
            "agr:agc-glass-europe-anechoic-chambers-2016", "agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        gaps.Should().OnlyContain(g => g.Note != null && g.Relationship == null && g.SourceId == null);
        gaps.First(g => g.Kind == GapKind.UnnamedCounterparty).Note.Should().Contain("n’est pas nommée");
    }

    [Fact]
    public async Task An_entity_or_tie_one_article_alone_states_is_listed_with_that_article_and_one_stated_by_two_is_not()
    {
        var gaps = await new GapFinder(fixture.Database).FindAsync([GapKind.SingleSourceEntity, GapKind.SingleSourceTie], 10_000);

        var entities = gaps.Where(g => g.Kind == GapKind.SingleSourceEntity).ToDictionary(g => g.EntityId);
        entities["agr:lsa-jaxa-2024"].SourceId.Should().Be("src:001-20df84f1ae021dc9");
        entities.Should().NotContainKey("evt:expo-2025-osaka", "four articles name Expo 2025");
        var ties = gaps.Where(g => g.Kind == GapKind.SingleSourceTie).Select(g => (g.EntityId, g.Relationship, g.OtherId, g.SourceId)).ToList();
        ties.Should().Contain(("org:jaxa", "PARTY_TO", "agr:lsa-jaxa-2024", "src:001-20df84f1ae021dc9"));
        ties.Should().NotContain(t => t.Relationship == "DIPLOMATIC_RELATIONS" && t.EntityId == "place:luxembourg",
            "Luxembourg–Japan relations are stated by two articles");
        ties.Should().NotContain(t => t.Relationship == "CITED_IN");

        var multiple = await fixture.Database.ReadAsync(
            "MATCH (n)-[:CITED_IN]->(s:Source) WITH n.key AS key, count(DISTINCT s) AS sources WHERE sources > 1 RETURN key");
        multiple.Select(r => r.Get<string>("key")).Should().NotBeEmpty().And.OnlyContain(key => !entities.ContainsKey(key));
    }

    [Fact]
    public async Task The_list_is_ordered_by_kind_then_entity_and_cut_at_first()
    {
        var all = await new GapFinder(fixture.Database).FindAsync(null, 10_000);
        var first = await new GapFinder(fixture.Database).FindAsync(null, 4);

        all.Select(g => g.Kind).Should().BeInAscendingOrder();
        first.Should().Equal(all.Take(4));
        await FluentActions.Invoking(() => new GapFinder(fixture.Database).FindAsync(null, -1)).Should().ThrowAsync<Exception>().WithMessage("*first must be 0 or more*");
    }
}
