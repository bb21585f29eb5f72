using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>Named questions about the seed graph, answered through the services with exact answers.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ExplorationQuestionsTests(SeedGraphFixture fixture)
{
    private EntityService Entities => new(fixture.Database);

    [Fact]
    public async Task The_LSA_JAXA_agreement_has_JAXA_and_the_LSA_as_parties_and_was_signed_in_June_2024_to_the_month()
    {
        var agreement = await Entities.RequireAsync("agr:lsa-jaxa-2024");
        var parties = await Entities.RelatedAsync("agr:lsa-jaxa-2024", ["PARTY_TO"], outgoing: false);

        parties.Select(p => p.Other.Id).Should().BeEquivalentTo("org:jaxa", "org:luxembourg-space-agency");
        parties.Should().OnlyContain(p => p.Citations.Count > 0 && p.Citations[0].SourceId == "src:001-20df84f1ae021dc9");
        agreement["signedDate"].Should().Be(new CypherDate(new DateOnly(2024, 6, 1)));
        agreement["signedDatePrecision"].Should().Be("month");
    }

    [Fact]
    public async Task The_LuxProvide_JAXA_letter_of_intent_implements_the_LSA_JAXA_agreement()
    {
        var implemented = await Entities.RelatedAsync("agr:luxprovide-jaxa-loi-2024", ["IMPLEMENTS"], outgoing: true);

        implemented.Select(r => r.Other.Id).Should().Equal("agr:lsa-jaxa-2024");
    }

    [Fact]
    public async Task The_2025_Luxembourg_missions_took_place_in_May_and_July_in_Osaka_Tokyo_and_Kyoto()
    {
        var missions = await Entities.RelatedAsync("evt:luxembourg-expo-2025-economic-missions", ["PART_OF"], outgoing: false);
        var places = await Entities.RelatedAsync("evt:luxembourg-expo-2025-economic-missions", ["LOCATED_IN"], outgoing: true);

        missions.Select(m => ((CypherDate)m.Other["startDate"]!).Value.Month).Distinct().Order().Should().Equal(5, 7);
        places.Select(p => p.Other.Name).Should().BeEquivalentTo("Osaka", "Tokyo", "Kyoto");
    }

    [Fact]
    public async Task The_LuxProvide_JAXA_letter_of_intent_was_signed_during_the_June_2024_mission()
    {
        var signedAt = await Entities.RelatedAsync("agr:luxprovide-jaxa-loi-2024", ["SIGNED_AT"], outgoing: true);

        signedAt.Select(r => r.Other.Id).Should().Equal("evt:luxembourg-economic-mission-japan-2024");
        signedAt.Single().Citations.Should().OnlyContain(c => c.SourceId == "src:001-20df84f1ae021dc9");
    }

    [Fact]
    public async Task The_Space_Afternoon_was_co_organised_by_the_Chamber_of_Commerce_and_the_Luxembourg_Space_Agency()
    {
        var organisers = await Entities.RelatedAsync("evt:space-afternoon-2025", ["ORGANIZED"], outgoing: false);

        organisers.Select(o => o.Other.Id).Should().BeEquivalentTo("org:chambre-de-commerce-luxembourg", "org:luxembourg-space-agency");
    }

    [Fact]
    public async Task Every_item_of_the_Awex_WBI_programme_is_found_by_a_filter_on_Japan()
    {
        var items = await Entities.RelatedAsync("evt:awex-wbi-mission-japan", ["PART_OF"], outgoing: false);
        var inJapan = await new GraphExplorer.Application.Listing.ListService(fixture.Database).EventsAsync(
            new GraphExplorer.Application.Listing.EntityWhere { Place = "place:japan" }, first: 200);

        items.Should().HaveCount(8);
        inJapan.Nodes.Select(n => n.Id).Should().Contain(items.Select(i => i.Other.Id));
        inJapan.Nodes.Select(n => n.Id).Should().NotContain("evt:belgium-japan-state-visit-2016", "the article does not say where the state visit took place");
    }

    [Fact]
    public async Task The_Walloon_audio_visual_companies_are_Depthen_EVS_and_intoPIX()
    {
        var rows = await new GraphExplorer.Application.Listing.ListService(fixture.Database).OrganizationsAsync(
            new GraphExplorer.Application.Listing.EntityWhere { Sector = "sector:audiovisual", KindIn = ["company"] }, first: 50);

        rows.Nodes.Select(n => n.Id).Should().Equal("org:depthen", "org:evs-broadcasting", "org:intopix");
    }

    [Fact]
    public async Task The_Bourgogne_Franche_Comte_partner_prefecture_is_Kumamoto()
    {
        var parties = await Entities.RelatedAsync("agr:bfc-kumamoto-partnership", ["PARTY_TO"], outgoing: false);

        parties.Select(p => p.Other.Id).Should().Contain("org:kumamoto-prefecture");
        parties.Single(p => p.Other.Id != "org:kumamoto-prefecture").Other.Name.Should().Contain("Bourgogne");
    }

    [Fact]
    public async Task With_places_asked_for_the_first_path_from_AWEX_to_JAXA_goes_through_the_mission_and_Japan()
    {
        var paths = await new PathService(fixture.Database).PathsAsync("org:awex", "org:jaxa", through: [EntityType.Place]);

        paths.Should().NotBeEmpty();
        paths[0].Nodes.Select(n => n.Id).Should().Equal("org:awex", "evt:awex-wbi-mission-japan", "place:japan", "org:jaxa");
        paths[0].ThroughReference.Should().BeTrue();
        paths.SelectMany(p => p.Nodes).Should().NotContain(n => n.EntityType == EntityType.Source, "provenance is not a path");
    }

    [Fact]
    public async Task Paths_to_an_unknown_id_fail_naming_it()
    {
        var act = () => new PathService(fixture.Database).PathsAsync("org:awex", "org:nobody");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("org:nobody");
    }

    [Theory]
    [InlineData("universite libre", "org:ulb")]
    [InlineData("Université Libre", "org:ulb")]
    [InlineData("Japan Aerospace", "org:jaxa")]
    [InlineData("JAXA", "org:jaxa")]
    [InlineData("jaxa", "org:jaxa")]
    [InlineData("岩田和親", "person:kazuchika-iwata")]
    [InlineData("アストロスケール", "org:astroscale")]
    [InlineData("MAEE", "org:maee-luxembourg")]
    [InlineData("free university of brussels", "org:ulb")]
    public async Task Search_ranks_the_best_match_first(string text, string expected)
    {
        var hits = await new SearchService(fixture.Database).SearchAsync(text);

        hits.Should().NotBeEmpty();
        hits[0].Entity.Id.Should().Be(expected);
    }

    [Fact]
    public async Task Search_finds_other_kinds_after_the_exact_acronym_match()
    {
        var hits = await new SearchService(fixture.Database).SearchAsync("jaxa");

        hits[0].Score.Should().BeGreaterThan(hits[1].Score);
        hits.Select(h => h.Entity.Id).Should().Contain("agr:lsa-jaxa-2024");
    }

    [Fact]
    public async Task Search_restricted_to_places_finds_the_Kumamoto_prefecture_and_city()
    {
        var hits = await new SearchService(fixture.Database).SearchAsync("kumamoto", [EntityType.Place]);

        hits.Select(h => h.Entity.Id).Should().Contain(["place:kumamoto", "place:kumamoto-prefecture"]);
        hits.Should().OnlyContain(h => h.Entity.Type == EntityType.Place);
    }

    [Fact]
    public async Task Search_of_blank_text_is_a_clear_error()
    {
        var act = () => new SearchService(fixture.Database).SearchAsync("  ");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Code.Should().Be(ApplicationErrorCode.InvalidArgument);
    }

    [Fact]
    public async Task Entity_details_carry_citations_for_the_entity_and_each_relationship()
    {
        var details = await Entities.GetDetailsAsync("org:jaxa");

        details.Entity.Name.Should().Be("Japan Aerospace Exploration Agency");
        details.Citations.Should().NotBeEmpty().And.OnlyContain(c => c.Quote != null && c.SourceTitle.Length > 0);
        details.Relationships.Should().NotBeEmpty().And.OnlyContain(r => r.Type != "CITED_IN");
        details.Relationships.Where(r => r.Type == "PARTY_TO").Should().OnlyContain(r => r.Citations.Count > 0);
    }

    [Fact]
    public async Task Details_of_an_unknown_id_fail_naming_it()
    {
        var act = () => Entities.GetDetailsAsync("org:does-not-exist");

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Code.Should().Be(ApplicationErrorCode.NotFound);
        error.Message.Should().Contain("org:does-not-exist");
    }

    [Fact]
    public async Task An_id_without_a_known_prefix_is_a_clear_error()
    {
        var act = () => Entities.GetDetailsAsync("jaxa");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("'org:'");
    }
}
