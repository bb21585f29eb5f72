using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Stewardship;

/// <summary>Sources with their text, quotes checked against it, citations removed one at a time, deletions recorded.</summary>
public sealed class CitationMutationTests : IAsyncLifetime
{
    private const string Text = "Le 3 mars, l’Université du Luxembourg et l’Université de Kyoto ont signé un protocole d’accord.\nIl porte sur la recherche spatiale.";

    private IGraphDatabase database = null!;

    private StewardshipService Service => new(database);

    public async Task InitializeAsync() => (database, _) = await SeedGraphFixture.CreateLoadedAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_new_source_is_stored_with_its_text_and_patched_without_losing_it()
    {
        var created = await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test", Language: "fr", Text: Text));
        created.Entity!.Id.Should().Be("src:test-article");
        await Service.UpsertPersonAsync("alice", new PersonInput(new CitationInput("src:test-article", "Il porte sur la recherche spatiale."), Name: "Personne Test"));

        var patched = await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Url: "https://example.org/article"));

        patched.Entity!["text"].Should().Be(Text);
        patched.Entity["url"].Should().Be("https://example.org/article");
        patched.Entity["title"].Should().Be("Article de test");
        patched.Audit.Before.Should().NotContain("url:").And.Contain("title: 'Article de test'");
        patched.Audit.After.Should().Contain("url: 'https://example.org/article'")
            .And.NotContain("CITED_IN", "the citations pointing at the source belong to the entities that make them");
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_sources_text_is_refused_with_the_closest_passage()
    {
        await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test", Text: Text));
        var before = await GraphText.ReadAsync(database);

        var act = () => Service.UpsertPersonAsync("alice", new PersonInput(
            new CitationInput("src:test-article", "L’Université du Luxembourg et celle de Kyoto ont signé un accord."), Name: "Personne Test"));

        var error = (await act.Should().ThrowAsync<ExplorerException>()).Which;
        error.Target.Should().Be("input.citation.quote");
        error.Message.Should().Contain("src:test-article").And.Contain("\"l'Université du Luxembourg et l'Université de Kyoto ont signé un");
        (await GraphText.ReadAsync(database)).Should().Equal(before);
    }

    [Fact]
    public async Task A_quote_copied_with_straight_apostrophes_and_other_line_breaks_is_accepted()
    {
        await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test", Text: Text));

        var result = await Service.UpsertPersonAsync("alice", new PersonInput(
            new CitationInput("src:test-article", "l'Université du Luxembourg et l'Université de Kyoto ont signé un protocole d'accord. Il porte"), Name: "Personne Test"));

        result.Entity!.Id.Should().Be("person:personne-test");
    }

    [Fact]
    public async Task A_new_text_that_drops_a_quote_already_citing_the_source_is_refused()
    {
        await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test", Text: Text));
        await Service.UpsertPersonAsync("alice", new PersonInput(new CitationInput("src:test-article", "Il porte sur la recherche spatiale."), Name: "Personne Test"));

        var act = () => Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Text: "Un autre texte."));

        (await act.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.text");
    }

    [Fact]
    public async Task A_citation_is_removed_from_an_entity_but_never_its_last()
    {
        var entities = new EntityService(database);
        var citations = await entities.CitationsAsync("org:jaxa");
        citations.Count.Should().BeGreaterThan(1);

        foreach (var citation in citations.Skip(1))
        {
            await Service.RemoveCitationAsync("alice", new RemoveCitationInput(citation.SourceId, citation.Quote!, Id: "org:jaxa"));
        }

        (await entities.CitationsAsync("org:jaxa")).Should().ContainSingle();
        var last = () => Service.RemoveCitationAsync("alice", new RemoveCitationInput(citations[0].SourceId, citations[0].Quote!, Id: "org:jaxa"));
        (await last.Should().ThrowAsync<ExplorerException>()).Which.Target.Should().Be("input.quote");
    }

    [Fact]
    public async Task A_fact_s_last_citation_is_removed_with_the_fact_only_when_asked_and_a_rollback_brings_both_back()
    {
        const string quote = "Il porte sur la recherche spatiale.";
        await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test", Text: Text));
        var person = await Service.UpsertPersonAsync("alice", new PersonInput(new CitationInput("src:test-article", quote), Name: "Personne Test"));
        var id = person.Entity!.Id;
        var input = new RemoveCitationInput("src:test-article", quote, Id: id);

        var refused = await Service.Invoking(s => s.RemoveCitationAsync("alice", input)).Should().ThrowAsync<ExplorerException>();
        refused.Which.Message.Should().Contain("last citation").And.Contain("removeFact: true");

        var removed = await Service.RemoveCitationAsync("alice", input with { RemoveFact = true });

        removed.Audit.Deleted.Should().Contain($"node {id}");
        (await new EntityService(database).FindAsync(id)).Should().BeNull("the fact went with its only source");
        await new BatchRollback(database).RollbackAsync(removed.Audit.Id, "bob", dryRun: false);
        (await new EntityService(database).CitationsAsync(id)).Single().Quote.Should().Be(quote);
    }

    [Fact]
    public async Task A_citation_is_removed_from_a_relationship_and_an_unknown_one_is_not_found()
    {
        const string quote = "Une phrase de plus pour la relation.";
        await Service.UpsertSourceAsync("alice", new SourceInput(Id: "src:test-article", Title: "Article de test"));
        await Service.LinkAsync("alice", new LinkInput("org:jaxa", "evt:expo-2025-osaka", "PARTICIPATED_IN", new CitationInput("src:test-article", quote)));
        await Service.LinkAsync("alice", new LinkInput("org:jaxa", "evt:expo-2025-osaka", "PARTICIPATED_IN", new CitationInput("src:test-article", "Et une autre.")));

        var removed = await Service.RemoveCitationAsync("alice", new RemoveCitationInput("src:test-article", quote, From: "org:jaxa", To: "evt:expo-2025-osaka", Type: "PARTICIPATED_IN"));

        var relationship = (await new EntityService(database).RelatedAsync("org:jaxa", ["PARTICIPATED_IN"], outgoing: true)).Single(r => r.Other.Id == "evt:expo-2025-osaka");
        relationship.Citations.Select(c => c.Quote).Should().Equal("Et une autre.");
        removed.Audit.Before.Should().Contain(quote);
        removed.Audit.After.Should().NotContain(quote);
        var again = () => Service.RemoveCitationAsync("alice", new RemoveCitationInput("src:test-article", quote, From: "org:jaxa", To: "evt:expo-2025-osaka", Type: "PARTICIPATED_IN"));
        (await again.Should().ThrowAsync<ExplorerException>()).Which.Code.Should().Be(ApplicationErrorCode.NotFound);
    }

    [Fact]
    public async Task Lineage_of_a_deletion_lists_the_node_and_relationships_it_removed()
    {
        var result = await Service.DeleteEntityAsync("alice", "person:michiro-hara");

        var lineage = await new LineageService(database).LineageAsync(result.Audit.Id);

        lineage.Deleted.Should().Contain("node person:michiro-hara").And.Contain(d => d.StartsWith("rel person:michiro-hara ", StringComparison.Ordinal));
        result.Audit.Before.Should().StartWith("(:Person {").And.Contain("name: 'Michiro Hara'");
        result.Audit.After.Should().BeNull();
    }
}
