using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Stewardship;

/// <summary>Upserts are patches: what the input does not mention keeps its value, a null clears, lists are edited,
/// searchText comes from every name, and a citation lands only on the facts it is given for.</summary>
public sealed class PatchSemanticsTests : IAsyncLifetime
{
    private const string Source = "src:001-20df84f1ae021dc9";
    private const string Agreement = "agr:luxprovide-jaxa-loi-2024";
    private const string Event = "evt:luxembourg-expo-2025-mission-2-space";
    private static readonly CitationInput Cited = new(Source, "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo");

    private IGraphDatabase database = null!;

    private StewardshipService Service => new(database);

    public async Task InitializeAsync() => (database, _) = await SeedGraphFixture.CreateLoadedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Changing_only_an_events_name_keeps_its_dates_places_and_every_other_property()
    {
        var before = await EntityText(Event);

        await Service.UpsertEventAsync("alice", new EventInput(Cited, Id: Event, Name: "Mission spatiale de juillet"));

        var after = await EntityText(Event);
        after.Should().Contain("name = 'Mission spatiale de juillet'");
        var citation = $"{Event} CITED_IN {Source} {{quote: 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo'}}";
        after.Should().Contain(citation, "the name it changed is the fact the citation is given for");
        Without(after.Except([citation]), "name", "searchText").Should().Equal(Without(before, "name", "searchText"),
            "only the name was given: startDate, datePrecision, dateText, description and every relationship stay as they were");
    }

    [Fact]
    public async Task An_agreement_upsert_without_summary_keeps_it_and_an_explicit_null_clears_it()
    {
        var summary = (await Entity(Agreement))["summary"];

        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement, Status: "signed"));
        (await Entity(Agreement))["summary"].Should().Be(summary);
        (await Entity(Agreement))["signedDate"].Should().NotBeNull();

        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement, Summary: null, DateNote: null));
        (await Entity(Agreement))["summary"].Should().BeNull();
        (await Entity(Agreement))["dateNote"].Should().BeNull();
        (await Entity(Agreement))["title"].Should().Be("Lettre d’intention entre LuxProvide et la JAXA");
    }

    [Fact]
    public async Task A_title_change_keeps_the_stored_aliases_in_search_text_and_search()
    {
        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement, Title: "LOI LuxProvide–JAXA"));

        var entity = await Entity(Agreement);
        entity["searchText"].Should().Be("loi luxprovide-jaxa luxprovide-jaxa letter of intent lettre d'intention luxprovide-jaxa");
        (await new SearchService(database).SearchAsync("letter of intent"))[0].Entity.Id.Should().Be(Agreement);
    }

    [Fact]
    public async Task Aliases_are_added_and_removed_one_by_one_and_search_text_follows()
    {
        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement,
            Aliases: new ListEdit<string>(Add: ["LoI LuxProvide"], Remove: ["lettre d’intention LuxProvide-JAXA"])));

        var entity = await Entity(Agreement);
        GraphQueries.Strings(entity["aliases"]).Should().Equal("LuxProvide–JAXA letter of intent", "LoI LuxProvide");
        entity["searchText"].Should().Be("lettre d'intention entre luxprovide et la jaxa luxprovide-jaxa letter of intent loi luxprovide");
    }

    [Fact]
    public async Task Replacing_and_adding_in_one_list_edit_is_refused_and_writes_nothing()
    {
        var before = await GraphText.ReadAsync(database);

        var act = () => Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement,
            Sectors: new ListEdit<string>(Replace: ["sector:space"], Add: ["sector:quantum"])));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.sectors");
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task A_sector_added_gets_the_citation_and_nothing_else_does()
    {
        var before = await EntityText(Agreement);

        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement, Sectors: ListEdit<string>.Adding("sector:robotics")));

        var after = await EntityText(Agreement);
        var added = after.Except(before).ToList();
        added.Should().ContainSingle().Which.Should().StartWith($"{Agreement} IN_SECTOR sector:robotics").And.Contain(Cited.Quote);
        before.Except(after).Should().BeEmpty("kept relationships and the agreement itself are not cited again (no property was given)");
    }

    [Fact]
    public async Task A_party_kept_without_a_role_keeps_its_role_and_citations()
    {
        var before = await EntityText(Agreement);
        var parties = await new EntityService(database).RelatedAsync(Agreement, ["PARTY_TO"], outgoing: false);

        await Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement,
            Parties: new([.. parties.Select(p => new PartyInput(p.Other.Id))])));

        (await EntityText(Agreement)).Should().Equal(before);
    }

    [Fact]
    public async Task Removing_a_party_below_two_is_refused_naming_the_parties()
    {
        var act = () => Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Id: Agreement, Parties: ListEdit<PartyInput>.Removing("org:jaxa")));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.parties");
    }

    [Fact]
    public async Task A_name_cannot_be_cleared_and_a_new_entity_needs_one()
    {
        var cleared = () => Service.UpsertPersonAsync("alice", new PersonInput(Cited, Id: "person:michiro-hara", Name: null));
        var unnamed = () => Service.UpsertEventAsync("alice", new EventInput(Cited, Kind: "workshop"));

        (await cleared.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.name");
        (await unnamed.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.name");
    }

    [Fact]
    public async Task A_date_given_without_its_stored_precision_is_checked_against_the_stored_one()
    {
        // The event's precision is 'month': a mid-month date contradicts it, even though the input gives only the date.
        var act = () => Service.UpsertEventAsync("alice", new EventInput(Cited, Id: Event, StartDate: new DateOnly(2025, 7, 15)));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.startDate");
    }

    [Fact]
    public async Task A_country_given_again_changes_nothing_and_a_null_country_removes_the_link()
    {
        var before = await EntityText("org:jaxa");

        await Service.UpsertOrganizationAsync("alice", new OrganizationInput(Cited, Id: "org:jaxa", Country: "place:japan"));
        (await EntityText("org:jaxa")).Should().Equal(before, "the link exists: it is neither rewritten nor cited again");

        await Service.UpsertOrganizationAsync("alice", new OrganizationInput(Cited, Id: "org:jaxa", Country: null));
        (await EntityText("org:jaxa")).Should().NotContain(line => line.StartsWith("org:jaxa LOCATED_IN place:japan ", StringComparison.Ordinal));
    }

    private async Task<EntityRecord> Entity(string id) => (await new EntityService(database).FindAsync(id))!;

    /// <summary>The entity's stored properties (<c>name = '…'</c>) and relationships (<c>from TYPE to {…}</c>), lineage left out.</summary>
    private async Task<IReadOnlyList<string>> EntityText(string id)
    {
        await using var session = database.OpenSession();
        var snapshot = await EntitySnapshotProbe.TakeAsync(session, id);
        return snapshot;
    }

    private static List<string> Without(IEnumerable<string> lines, params string[] properties) =>
        [.. lines.Where(line => !properties.Any(p => line.StartsWith(p + " = ", StringComparison.Ordinal)))];
}
