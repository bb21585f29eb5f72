using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// Facts are tied to the script that asserts them: re-applying a changed script replaces what it said (what it no
/// longer says is retracted, audited), and <c>retract</c> withdraws a script's facts with a reason.
/// </summary>
public sealed class ReingestTests : IAsyncLifetime
{
    private const string Reference =
        "MERGE (:Sector {key: 'sector:space', name: 'Space'}) MERGE (:Sector {key: 'sector:energy', name: 'Energy'});\n";

    private const string Article =
        "MERGE (s:Source {key: 'src:a'}) SET s.title = 'A';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme', kind: 'company'};\n" +
        "MERGE (o:Organization {key: 'org:shared'}) SET o += {name: 'Shared', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (t:Sector {key: 'sector:space'}) MERGE (o)-[r:IN_SECTOR]->(t) SET r.sources = ['src:a'];\n";

    // Another article asserts the shared organisation too.
    private const string Other =
        "MERGE (s:Source {key: 'src:b'}) SET s.title = 'B';\n" +
        "MERGE (o:Organization {key: 'org:shared'}) SET o += {name: 'Shared', kind: 'company'};\n";

    private readonly ScriptFolder folder = new("reingest-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task A_changed_script_re_applied_no_longer_says_what_it_dropped_and_the_retraction_is_audited()
    {
        await LoadBaseAsync();
        var corrected = Article.Replace("sector:space", "sector:energy", StringComparison.Ordinal)
            .Replace("MERGE (o:Organization {key: 'org:shared'}) SET o += {name: 'Shared', kind: 'company'};\n", "", StringComparison.Ordinal);

        var report = await folder.LoadAsync("101_a.cypher", corrected, new LoadOptions("bob", AllowChanged: true));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Notes.Should().ContainSingle().Which.Should().Be(
            "retracted what the previous version of 101_a.cypher alone said and this one no longer says: rel org:acme IN_SECTOR sector:space");
        (await StringsAsync("MATCH (:Organization {key: 'org:acme'})-[:IN_SECTOR]->(t) RETURN t.key AS s")).Should().Equal("sector:energy");
        (await StringsAsync("MATCH (o:Organization {key: 'org:shared'}) RETURN o.key AS s")).Should().Equal(["org:shared"], "101_b.cypher asserts it too");
        var audit = (await folder.Database.ReadAsync($"MATCH (a:{GraphModel.AuditLabel}) RETURN a.operation AS operation, a.target AS target, a.steward AS steward, a.deleted AS deleted")).Single();
        (audit.Get<string>("operation"), audit.Get<string>("target"), audit.Get<string>("steward")).Should().Be(("reingest", "script:101_a.cypher", "bob"));
        GraphQueries.Strings(audit["deleted"]).Should().Equal("rel org:acme IN_SECTOR sector:space");
    }

    [Fact]
    public async Task A_dry_run_of_a_changed_script_shows_only_what_really_changes()
    {
        await LoadBaseAsync();

        var report = await folder.LoadAsync("101_a.cypher", Article.Replace("name: 'Acme'", "name: 'Acme SA'", StringComparison.Ordinal),
            new LoadOptions("bob", DryRun: true, AllowChanged: true));

        report.Outcome.Should().Be(ScriptOutcome.WouldApply, report.Error?.ToString());
        ChangeSetText.Lines(report.Changes!).Should().Equal("~ node org:acme", "    ~ name: 'Acme' → 'Acme SA'");
        report.Notes.Should().BeEmpty("the new version says again all the previous one said");
    }

    [Fact]
    public async Task Retract_withdraws_what_the_script_alone_asserted_keeps_what_others_assert_and_records_the_reason()
    {
        await LoadBaseAsync();

        var report = await new ScriptRetractor(folder.Database).RetractAsync("101_a.cypher", "carol", "the article was withdrawn by its publisher", dryRun: false);

        report.Deleted.Should().Equal("node org:acme", "node src:a", "rel org:acme IN_SECTOR sector:space");
        report.Kept.Should().Be(1, "org:shared is asserted by 101_b.cypher too");
        (await StringsAsync("MATCH (o:Organization) RETURN o.key AS s ORDER BY s")).Should().Equal("org:shared");
        (await StringsAsync($"MATCH (o:Organization {{key: 'org:shared'}}) RETURN o.{Lineage.BatchProperty} AS s")).Should().Equal(
            [null], "101_a.cypher no longer stands behind it; 101_b.cypher said it again without changing it, so left no batch");
        (await StringsAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel}) RETURN s.name AS s ORDER BY s")).Should().Equal("100_reference.cypher", "101_b.cypher");
        var audit = (await folder.Database.ReadAsync($"MATCH (a:{GraphModel.AuditLabel} {{id: $id}}) RETURN a.operation AS operation, a.details AS details",
            GraphQueries.Parameters(("id", report.AuditId)))).Single();
        audit.Get<string>("operation").Should().Be("retract");
        audit.Get<string>("details").Should().Contain("the article was withdrawn by its publisher");
        (await new LineageService(folder.Database).LineageAsync(report.AuditId)).Deleted.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_retracted_script_loads_again_as_a_new_one()
    {
        await LoadBaseAsync();
        await new ScriptRetractor(folder.Database).RetractAsync("101_a.cypher", "carol", "wrong article", dryRun: false);

        var report = await folder.LoadAsync("101_a.cypher", Article, new LoadOptions("carol"));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        (await StringsAsync("MATCH (o:Organization) RETURN o.key AS s ORDER BY s")).Should().Equal("org:acme", "org:shared");
    }

    [Fact]
    public async Task A_dry_run_retraction_changes_nothing_and_a_retraction_needs_a_reason_and_an_applied_script()
    {
        await LoadBaseAsync();
        var retractor = new ScriptRetractor(folder.Database);

        var dry = await retractor.RetractAsync("101_a.cypher", "carol", "checking", dryRun: true);

        dry.Changes.Nodes.Where(n => n.Kind == ChangeKind.Deleted).Select(n => n.Identity).Should().Contain(["org:acme", "src:a"]);
        (await StringsAsync("MATCH (o:Organization) RETURN o.key AS s ORDER BY s")).Should().Equal("org:acme", "org:shared");
        (await retractor.Invoking(r => r.RetractAsync("101_a.cypher", "carol", " ", dryRun: false)).Should().ThrowAsync<ExplorerException>())
            .Which.Message.Should().Contain("reason");
        (await retractor.Invoking(r => r.RetractAsync("999_none.cypher", "carol", "why", dryRun: false)).Should().ThrowAsync<ExplorerException>())
            .Which.Message.Should().Contain("No applied script '999_none.cypher'");
    }

    private async Task LoadBaseAsync()
    {
        foreach (var (name, text) in new[] { ("100_reference.cypher", Reference), ("101_a.cypher", Article), ("101_b.cypher", Other) })
        {
            var report = await folder.LoadAsync(name, text, new LoadOptions("alice"));
            report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        }
    }

    private async Task<List<string?>> StringsAsync(string cypher) => [.. (await folder.Database.ReadAsync(cypher)).Select(r => r.Get<string?>("s"))];
}
