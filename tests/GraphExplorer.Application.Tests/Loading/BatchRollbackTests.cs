using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// Undo: every batch keeps what it changed (<see cref="UndoRecord"/>), and <see cref="BatchRollback"/> restores exactly
/// the state before it, refuses while a later batch builds on it, and is a batch of its own. On both backends.
/// </summary>
public sealed class BatchRollbackTests : IAsyncLifetime
{
    private const string Reference =
        "MERGE (:Sector {key: 'sector:space', name: 'Space'}) MERGE (:Sector {key: 'sector:energy', name: 'Energy'});\n";

    private const string Quote = "Acme works in space.";

    private const string Article =
        "MERGE (s:Source {key: 'src:a'}) SET s.title = 'A', s.publishedDate = date('2024-06-12');\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme', kind: 'company', aliases: ['ACME']};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:a'}) MERGE (o)-[:CITED_IN {quote: '" + Quote + "'}]->(s);\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (t:Sector {key: 'sector:space'}) MERGE (o)-[r:IN_SECTOR]->(t) SET r.sources = ['src:a'], r.quotes = ['" + Quote + "'];\n";

    // A new article: a new organisation, a property on a shared one, a relationship between them and reference data.
    private const string NewArticle =
        "MERGE (s:Source {key: 'src:b'}) SET s.title = 'B';\n" +
        "MERGE (o:Organization {key: 'org:beta'}) SET o += {name: 'Beta', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}) SET o.website = 'https://acme.example';\n" +
        "MATCH (o:Organization {key: 'org:beta'}), (t:Sector {key: 'sector:energy'}) MERGE (o)-[:IN_SECTOR {sources: ['src:b']}]->(t);\n";

    private readonly ScriptFolder folder = new("rollback-");

    private StewardshipService Stewards => new(folder.Database);

    private BatchRollback Rollback => new(folder.Database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task Rolling_back_mutations_restores_exactly_the_graph_before_each()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article));
        var before = await FactsAsync();

        var upsert = await Stewards.UpsertOrganizationAsync("bob", new OrganizationInput(new CitationInput("src:a", Quote), Id: "org:acme", Name: "Acme SA",
            Aliases: ListEdit<string>.Replacing(["Acme Anvils"]), Sectors: ListEdit<string>.Replacing(["sector:energy"])));
        (await FactsAsync()).Should().NotEqual(before);
        await Rollback.RollbackAsync(upsert.Audit.Id, "carol", dryRun: false);
        (await FactsAsync()).Should().Equal(before, "the name, aliases, searchText, sector and lineage stamps are back");

        var deleted = await Stewards.DeleteEntityAsync("bob", "org:acme");
        await Rollback.RollbackAsync(deleted.Audit.Id, "carol", dryRun: false);
        (await FactsAsync()).Should().Equal(before, "the node comes back with its citation and sector, properties and dates as they were");

        var retracted = await Stewards.RemoveCitationAsync("bob", new RemoveCitationInput("src:a", Quote, From: "org:acme", To: "sector:space", Type: "IN_SECTOR", RemoveFact: true));
        (await StringsAsync("MATCH (:Organization {key: 'org:acme'})-[r:IN_SECTOR]->() RETURN type(r) AS s")).Should().BeEmpty();
        await Rollback.RollbackAsync(retracted.Audit.Id, "carol", dryRun: false);
        (await FactsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Rolling_back_the_load_of_a_new_article_removes_what_it_wrote_and_it_loads_again_as_new()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article));
        var before = await FactsAsync();
        await LoadAsync(("102_b.cypher", NewArticle));

        var report = await Rollback.RollbackAsync("102_b.cypher", "carol", dryRun: false);

        report.Batch.Should().StartWith("script:102_b.cypher@");
        report.Deleted.Should().Contain(["node org:beta", "node src:b", "rel org:beta IN_SECTOR sector:energy"]);
        (await FactsAsync()).Should().Equal(before, "org:acme lost its website again and the applied-script record is gone");
        var again = await folder.LoadAsync("102_b.cypher", NewArticle, new LoadOptions("alice"));
        again.Outcome.Should().Be(ScriptOutcome.Applied, again.Error?.ToString());
    }

    [Fact]
    public async Task A_rollback_is_refused_while_a_later_batch_builds_on_it_naming_the_batch_and_the_items()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article), ("102_b.cypher", NewArticle));
        var correction = await Stewards.UpsertOrganizationAsync("bob", new OrganizationInput(new CitationInput("src:b", "Beta is an energy company."), Id: "org:beta", Name: "Beta Energy"));
        var graph = await FactsAsync();

        var refused = await Rollback.Invoking(r => r.RollbackAsync("102_b.cypher", "carol", dryRun: false)).Should().ThrowAsync<ExplorerException>();

        refused.Which.Code.Should().Be(ApplicationErrorCode.Conflict);
        refused.Which.Message.Should().Contain(correction.Audit.Id).And.Contain("upsertOrganization by bob").And.Contain("org:beta").And.Contain("Nothing was changed");
        (await FactsAsync()).Should().Equal(graph);
        await Rollback.RollbackAsync(correction.Audit.Id, "carol", dryRun: false);
        (await Rollback.RollbackAsync("102_b.cypher", "carol", dryRun: false)).Deleted.Should().Contain("node org:beta");
    }

    [Fact]
    public async Task A_rollback_is_a_batch_of_its_own_that_can_itself_be_rolled_back()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article));
        var deleted = await Stewards.DeleteEntityAsync("bob", "org:acme");
        var afterDelete = await FactsAsync();
        var undone = await Rollback.RollbackAsync(deleted.Audit.Id, "carol", dryRun: false);
        (await Rollback.Invoking(r => r.RollbackAsync(deleted.Audit.Id, "carol", dryRun: false)).Should().ThrowAsync<ExplorerException>())
            .Which.Message.Should().Contain(undone.RollbackBatch, "the deletion was rolled back already: org:acme would come back twice");

        var redone = await Rollback.RollbackAsync(undone.RollbackBatch, "dave", dryRun: false);

        redone.Deleted.Should().Contain("node org:acme");
        (await FactsAsync()).Should().Equal(afterDelete, "rolling back the rollback deletes org:acme again");
        var batches = await new LineageService(folder.Database).BatchesAsync();
        batches.Should().Contain(b => b.Batch == undone.RollbackBatch && b.Kind == "rollback" && b.Steward == "carol" && b.Description == "rollback " + deleted.Audit.Id && b.At != null);
        await Rollback.RollbackAsync(deleted.Audit.Id, "erin", dryRun: false);
        (await StringsAsync("MATCH (o:Organization) RETURN o.key AS s")).Should().Equal(["org:acme"], "a rollback and its own rollback cancel out: the deletion can be undone again");
    }

    [Fact]
    public async Task A_dry_run_shows_the_diff_and_changes_nothing()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article));
        var upsert = await Stewards.UpsertOrganizationAsync("bob", new OrganizationInput(new CitationInput("src:a", Quote), Id: "org:acme", Name: "Acme SA"));
        var graph = await FactsAsync();

        var dry = await Rollback.RollbackAsync(upsert.Audit.Id, "carol", dryRun: true);

        var lines = ChangeSetText.Lines(dry.Changes).ToList();
        lines.Should().Contain(["~ node org:acme", "    ~ name: 'Acme SA' → 'Acme'"]);
        lines.Should().Contain(l => l.StartsWith("    - searchText = ", StringComparison.Ordinal), "the article gave no searchText; the mutation derived one");
        (await FactsAsync()).Should().Equal(graph);
        (await StringsAsync($"MATCH (a:{GraphModel.AuditLabel} {{operation: 'rollback'}}) RETURN a.id AS s")).Should().BeEmpty();
        (await Rollback.RollbackAsync(upsert.Audit.Id, "carol", dryRun: false)).Changes.Should().BeEquivalentTo(dry.Changes);
    }

    [Fact]
    public async Task Rolling_back_a_retraction_brings_the_script_s_facts_back()
    {
        await LoadAsync(("100_reference.cypher", Reference), ("101_a.cypher", Article));
        var before = await FactsAsync();
        var retracted = await new ScriptRetractor(folder.Database).RetractAsync("101_a.cypher", "carol", "wrong article", dryRun: false);

        await Rollback.RollbackAsync(retracted.AuditId, "carol", dryRun: false);

        (await FactsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_batch_without_an_undo_record_is_named()
    {
        await LoadAsync(("100_reference.cypher", Reference));

        (await Rollback.Invoking(r => r.RollbackAsync("mutation:0000", "carol", dryRun: false)).Should().ThrowAsync<ExplorerException>())
            .Which.Message.Should().Contain("No undo record of batch 'mutation:0000'");
    }

    /// <summary>The graph without its history (audit entries, undo records), as comparable lines.</summary>
    private Task<IReadOnlyList<string>> FactsAsync() => GraphText.ReadAsync(folder.Database, n => !UndoRecord.IsHistory(n));

    private async Task LoadAsync(params (string Name, string Text)[] scripts)
    {
        foreach (var (name, text) in scripts)
        {
            var report = await folder.LoadAsync(name, text, new LoadOptions("alice"));
            report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        }
    }

    private async Task<IReadOnlyList<string?>> StringsAsync(string cypher) =>
        [.. (await folder.Database.ReadAsync(cypher)).Select(r => r.Get<string?>("s"))];
}
