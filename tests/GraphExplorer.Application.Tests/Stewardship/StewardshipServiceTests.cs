using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Tests.Stewardship;

/// <summary>Steward changes on a database of their own, loaded with the seeds.</summary>
public sealed class StewardshipServiceTests : IAsyncLifetime
{
    private const string Source = "src:001-20df84f1ae021dc9";
    private static readonly CitationInput Cited = new(Source, "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo");

    private IGraphDatabase database = null!;

    private StewardshipService Service => new(database);

    public async Task InitializeAsync() => (database, _) = await SeedGraphFixture.CreateLoadedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_new_agreement_applies_with_its_parties_citation_audit_entry_and_lineage()
    {
        var input = new AgreementInput(
            Cited, Title: "Accord de test", Kind: "mou", Parties: new([new PartyInput("org:jaxa", "signataire"), new PartyInput("org:luxprovide", "signataire")]),
            SignedDate: new DateOnly(2025, 3, 1), SignedDatePrecision: "month", Sectors: new(["sector:space"]), Implements: new(["agr:lsa-jaxa-2024"]));

        var result = await Service.UpsertAgreementAsync("alice", input);

        result.Entity!.Id.Should().Be("agr:accord-de-test");
        result.Entity["signedDate"].Should().Be(new CypherDate(new DateOnly(2025, 3, 1)));
        result.Audit.Steward.Should().Be("alice");
        result.Audit.Operation.Should().Be("upsertAgreement");
        result.Audit.Target.Should().Be("agr:accord-de-test");
        var parties = await new EntityService(database).RelatedAsync("agr:accord-de-test", ["PARTY_TO"], outgoing: false);
        parties.Select(p => p.Other.Id).Should().BeEquivalentTo("org:jaxa", "org:luxprovide");
        parties.Should().OnlyContain(p => p.Citations.Single().Quote == Cited.Quote);
        (await new EntityService(database).CitationsAsync("agr:accord-de-test")).Single().SourceId.Should().Be(Source);
        (await Service.AuditTrailAsync("agr:accord-de-test")).Single().Id.Should().Be(result.Audit.Id);
        var lineage = await new LineageService(database).LineageAsync(result.Audit.Id);
        lineage.Nodes.Select(n => n.Id).Should().Equal("agr:accord-de-test");
        lineage.Relationships.Select(r => $"{r.Start} {r.Type} {r.End}").Should().BeEquivalentTo(
            "agr:accord-de-test CITED_IN " + Source, "agr:accord-de-test IMPLEMENTS agr:lsa-jaxa-2024", "agr:accord-de-test IN_SECTOR sector:space",
            "org:jaxa PARTY_TO agr:accord-de-test", "org:luxprovide PARTY_TO agr:accord-de-test");
        (await new GraphValidator(database).ValidateAsync()).Should().BeEmpty("the seeds validate and the new agreement has two parties");
    }

    [Fact]
    public async Task Updating_an_organisation_sets_its_fields_search_text_and_sectors()
    {
        var input = new OrganizationInput(Cited, Id: "org:luxprovide", Name: "LuxProvide S.A.", Kind: "company", Aliases: new(["MeluXina"]), Sectors: new(["sector:supercomputing"]));

        var result = await Service.UpsertOrganizationAsync("bob", input);

        result.Entity!.Name.Should().Be("LuxProvide S.A.");
        result.Entity["searchText"].Should().Be("luxprovide s.a. meluxina");
        (await new SearchService(database).SearchAsync("meluxina"))[0].Entity.Id.Should().Be("org:luxprovide");
        (await new EntityService(database).RelatedAsync("org:luxprovide", ["IN_SECTOR"], true)).Select(r => r.Other.Id).Should().Equal("sector:supercomputing");
    }

    [Fact]
    public async Task A_new_event_and_a_link_apply()
    {
        var created = await Service.UpsertEventAsync("carol", new EventInput(Cited, Name: "Atelier spatial", Kind: "workshop",
            StartDate: new DateOnly(2025, 7, 10), EndDate: new DateOnly(2025, 7, 11), DatePrecision: "day", Places: new(["place:tokyo"]), PartOf: "evt:luxembourg-expo-2025-mission-2-space"));
        var linked = await Service.LinkAsync("carol", new LinkInput("org:jaxa", created.Entity!.Id, "PARTICIPATED_IN", Cited, new LinkProperties(Role: "intervenant")));

        linked.Audit.Operation.Should().Be("link");
        var participants = await new EntityService(database).RelatedAsync(created.Entity.Id, ["PARTICIPATED_IN"], outgoing: false);
        participants.Single().Properties["role"].Should().Be("intervenant");
        (await new ListingProbe(database).EventsInAsync("place:japan")).Should().Contain(created.Entity.Id);
    }

    [Fact]
    public async Task Unlinking_keeps_the_reason_in_the_audit_and_the_tie_with_its_citation_in_before()
    {
        var created = await Service.UpsertEventAsync("carol", new EventInput(Cited, Name: "Atelier à délier", Kind: "workshop"));
        await Service.LinkAsync("carol", new LinkInput("org:jaxa", created.Entity!.Id, "PARTICIPATED_IN", Cited));

        var unlinked = await Service.UnlinkAsync("dave", "org:jaxa", created.Entity.Id, "PARTICIPATED_IN", "  JAXA was not there: a misreading  ");

        unlinked.Audit.Operation.Should().Be("unlink");
        unlinked.Audit.Details.Should().Contain("\"reason\":\"JAXA was not there: a misreading\"");
        unlinked.Audit.Before.Should().Contain("PARTICIPATED_IN").And.Contain(Cited.Quote!);
        (await new EntityService(database).RelatedAsync(created.Entity.Id, ["PARTICIPATED_IN"], outgoing: false)).Should().BeEmpty();
        await Service.LinkAsync("carol", new LinkInput("org:jaxa", created.Entity.Id, "PARTICIPATED_IN", Cited));
        var silent = await Service.UnlinkAsync("dave", "org:jaxa", created.Entity.Id, "PARTICIPATED_IN", "   ");
        silent.Audit.Details.Should().NotContain("reason", "a blank reason is no reason");
    }

    [Fact]
    public async Task An_agreement_with_one_party_fails_clearly_and_writes_nothing()
    {
        var before = await GraphText.ReadAsync(database);

        var act = () => Service.UpsertAgreementAsync("alice", new AgreementInput(Cited, Title: "Seul", Kind: "mou", Parties: new([new PartyInput("org:jaxa")])));

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Code.Should().Be(ApplicationErrorCode.ValidationFailed);
        error.Target.Should().Be("input.parties");
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task A_blank_counterparty_note_is_no_note_so_removing_a_party_is_refused()
    {
        var input = new AgreementInput(
            Cited, Title: "Accord à note vide", Kind: "mou", Parties: new([new PartyInput("org:jaxa"), new PartyInput("org:luxprovide")]), CounterpartyNote: "   ");
        var created = await Service.UpsertAgreementAsync("alice", input);
        created.Entity!["counterpartyNote"].Should().BeNull("a blank note is stored as absent");

        var act = () => Service.UnlinkAsync("alice", "org:luxprovide", created.Entity.Id, "PARTY_TO");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Code.Should().Be(ApplicationErrorCode.ValidationFailed);
        (await new GraphValidator(database).ValidateAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("treaty", "org:jaxa", "2025-03-01", "month", Source, "input.kind")]
    [InlineData("mou", "org:nobody", "2025-03-01", "month", Source, "input.parties[1].id")]
    [InlineData("mou", "org:luxprovide", "2025-03-15", "month", Source, "input.signedDate")]
    [InlineData("mou", "org:luxprovide", "2025-03-01", "week", Source, "input.signedDatePrecision")]
    [InlineData("mou", "org:luxprovide", "2025-03-01", "month", "src:nowhere", "input.citation.source")]
    [InlineData("mou", "place:tokyo", "2025-03-01", "month", Source, "input.parties[1].id")]
    public async Task Invalid_agreements_name_the_offending_field_and_leave_nothing_behind(string kind, string party, string date, string precision, string source, string path)
    {
        var before = await GraphText.ReadAsync(database);
        var input = new AgreementInput(new CitationInput(source, "q"), Title: "Invalide", Kind: kind, Parties: new([new PartyInput("org:jaxa"), new PartyInput(party)]),
            SignedDate: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), SignedDatePrecision: precision);

        var act = () => Service.UpsertAgreementAsync("alice", input);

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be(path);
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task An_event_part_of_itself_is_refused_and_leaves_nothing_behind()
    {
        var before = await GraphText.ReadAsync(database);

        var act = () => Service.UpsertEventAsync("carol", new EventInput(Cited, Id: "evt:boucle", Name: "Boucle", Kind: "workshop", PartOf: "evt:boucle"));

        await act.Should().ThrowAsync<ExplorerException>();
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task Deleting_a_party_that_would_leave_an_agreement_with_one_party_is_refused()
    {
        var act = () => Service.DeleteEntityAsync("alice", "org:luxprovide");

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Message.Should().Contain("agr:luxprovide-jaxa-loi-2024");
        (await new EntityService(database).FindAsync("org:luxprovide")).Should().NotBeNull();
    }

    [Fact]
    public async Task Deleting_an_entity_removes_it_and_its_relationships_and_is_audited()
    {
        var result = await Service.DeleteEntityAsync("alice", "person:michiro-hara");

        result.Entity.Should().BeNull();
        result.Audit.Target.Should().Be("person:michiro-hara");
        (await new EntityService(database).FindAsync("person:michiro-hara")).Should().BeNull();
    }

    [Fact]
    public async Task Unlinking_a_missing_relationship_is_not_found_and_an_unknown_type_is_invalid()
    {
        var missing = () => Service.UnlinkAsync("alice", "org:jaxa", "evt:awex-wbi-mission-japan", "ORGANIZED");
        var unknown = () => Service.LinkAsync("alice", new LinkInput("org:jaxa", "org:luxprovide", "LIKES", Cited));

        (await missing.Should().ThrowAsync<ExplorerException>()).Which.Code.Should().Be(ApplicationErrorCode.NotFound);
        (await unknown.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.type");
    }

    [Theory]
    [InlineData("agr:lsa-jaxa-2024", "SIGNED_AT", "evt:awex-wbi-mission-japan", "role", "it carries neither role nor title")]
    [InlineData("org:jaxa", "PARTICIPATED_IN", "evt:awex-wbi-mission-japan", "title", "it carries role")]
    public async Task A_role_or_title_on_a_type_the_model_gives_none_is_refused_and_nothing_written(string from, string type, string to, string property, string carried)
    {
        var before = await GraphText.ReadAsync(database);
        var properties = property == "role" ? new LinkProperties(Role: "hôte") : new LinkProperties(Title: "président");

        var act = () => Service.LinkAsync("alice", new LinkInput(from, to, type, Cited, properties));

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Target.Should().Be($"input.properties.{property}");
        error.Message.Should().Contain($"a {type} relationship has no {property} in the model ({carried})");
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task A_link_between_kinds_the_model_does_not_join_is_refused()
    {
        var act = () => Service.LinkAsync("alice", new LinkInput("org:jaxa", "org:luxprovide", "PARTY_TO", Cited));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.to");
    }

    private sealed class ListingProbe(IGraphDatabase database)
    {
        public async Task<IReadOnlyList<string>> EventsInAsync(string place) =>
            [.. (await new GraphExplorer.Application.Listing.ListService(database).EventsAsync(new GraphExplorer.Application.Listing.EntityWhere { Place = place }, first: 500)).Nodes.Select(n => n.Id)];
    }
}
