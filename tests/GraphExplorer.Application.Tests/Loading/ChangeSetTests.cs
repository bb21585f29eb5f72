using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary><c>load --dry-run</c> reports what a script would create, change (old → new) or delete, and changes nothing.</summary>
public sealed class ChangeSetTests : IAsyncLifetime
{
    private const string Base =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MERGE (o:Organization {key: 'org:old'}) SET o += {name: 'Old Works', kind: 'company'};\n" +
        "MATCH (o:Organization), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    private const string Correction =
        "MATCH (o:Organization {key: 'org:acme'}) SET o.description = 'Fabrique des enclumes.', o.name = 'Acme Anvil Works';\n" +
        "MATCH (o:Organization {key: 'org:old'}) DETACH DELETE o;\n" +
        "MATCH (o:Organization {key: 'org:acme'}) MERGE (o)-[:HAS_PRESENCE_IN {sources: ['src:test']}]->(:Place {key: 'place:lu', name: 'Luxembourg'});\n";

    private readonly ScriptFolder folder = new("change-set-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task A_dry_run_lists_the_nodes_relationships_and_properties_created_changed_and_deleted()
    {
        await LoadAsync("100_base.cypher", Base);

        var report = await LoadAsync("101_correction.cypher", Correction, dryRun: true);

        report.Outcome.Should().Be(ScriptOutcome.WouldApply, report.Error?.ToString());
        var changes = report.Changes!;
        changes.Nodes.Select(n => (n.Kind, n.Identity)).Should().Equal(
            (ChangeKind.Created, "place:lu"), (ChangeKind.Changed, "org:acme"), (ChangeKind.Deleted, "org:old"));
        changes.Nodes[1].Properties.Should().Equal(
            new PropertyChange("description", ChangeKind.Created, null, "Fabrique des enclumes."),
            new PropertyChange("name", ChangeKind.Changed, "Acme Anvils", "Acme Anvil Works"));
        changes.Relationships.Select(r => (r.Kind, r.Start, r.Type, r.End)).Should().Equal(
            (ChangeKind.Created, "org:acme", "HAS_PRESENCE_IN", "place:lu"), (ChangeKind.Deleted, "org:old", "CITED_IN", "src:test"));
        ChangeSetText.Summary(changes).Should().Be("1 node and 1 relationship created, 1 node changed, 1 node and 1 relationship deleted");
        ChangeSetText.Lines(changes).Should().Equal(
            "+ node place:lu :Place",
            "    + key = 'place:lu'",
            "    + name = 'Luxembourg'",
            "~ node org:acme",
            "    + description = 'Fabrique des enclumes.'",
            "    ~ name: 'Acme Anvils' → 'Acme Anvil Works'",
            "- node org:old :Organization",
            "    - key = 'org:old'",
            "    - kind = 'company'",
            "    - name = 'Old Works'",
            "+ relationship org:acme -[:HAS_PRESENCE_IN]-> place:lu",
            "    + sources = ['src:test']",
            "- relationship org:old -[:CITED_IN]-> src:test");
        (await folder.Database.ReadAsync("MATCH (o:Organization {key: 'org:old'}) RETURN count(o) AS n")).Single().Get<long>("n").Should().Be(1, "a dry run changes nothing");
    }

    [Fact]
    public async Task A_dry_run_of_a_script_that_says_again_what_the_graph_holds_changes_nothing()
    {
        await LoadAsync("100_base.cypher", Base);

        var report = await LoadAsync("101_again.cypher", Base, dryRun: true);

        report.Statistics.PropertiesSet.Should().BeGreaterThan(0, "SET writes the same values again");
        report.Changes!.IsEmpty.Should().BeTrue();
        ChangeSetText.Summary(report.Changes).Should().Be("no change");
    }

    [Fact]
    public async Task A_long_text_is_cut_in_the_diff_saying_how_long_it_is()
    {
        var text = new string('a', 250);

        var report = await LoadAsync("100_text.cypher", $"MERGE (s:Source {{key: 'src:long'}}) SET s.text = '{text}';", dryRun: true);

        ChangeSetText.Lines(report.Changes!).Should().Contain($"    + text = '{new string('a', ChangeSetText.LongestValue)}…' (250 characters)");
    }

    private Task<ScriptReport> LoadAsync(string name, string text, bool dryRun = false) =>
        folder.LoadAsync(name, text, new LoadOptions("test", DryRun: dryRun));
}
