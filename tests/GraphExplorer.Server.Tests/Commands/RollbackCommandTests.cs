using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary><c>rollback</c> as a steward runs it: a preview, the undo of a load, and the refusal while a later load builds on it.</summary>
[Collection(CommandRunner.Collection)]
public sealed class RollbackCommandTests : IDisposable
{
    private const string Article =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    private const string Correction = "MATCH (o:Organization {key: 'org:acme'}) SET o.website = 'https://acme.example';\n";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-rollback-").FullName;
    private readonly string setting;

    public RollbackCommandTests() => setting = $"--Database:Path={Path.Combine(folder, "db")}";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Rollback_previews_then_undoes_a_load_and_lineage_lists_it_with_its_time()
    {
        await LoadAsync("105_new.cypher", Article);

        var (exit, output, errors) = await CommandRunner.RunAsync(RollbackCommand.Create([setting]), "rollback", "105_new.cypher", "--dry-run", setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("would roll back (3 nodes and 1 relationship deleted); nothing was changed")
            .And.Contain("    - node (:AppliedScript {name: '105_new.cypher'}) :AppliedScript", "the file is no longer recorded as applied")
            .And.Contain("    - node org:acme :Organization")
            .And.Contain("    - relationship org:acme -[:CITED_IN]-> src:test");
        (exit, output, errors) = await CommandRunner.RunAsync(RollbackCommand.Create([setting]), "rollback", "105_new.cypher", "--steward", "carol", setting);
        exit.Should().Be(0, errors);
        output.Should().MatchRegex(@"script:105_new\.cypher@[0-9a-f]{12}: rolled back \(.*\) as batch rollback:[0-9a-f]{32}");
        var (_, batches, _) = await CommandRunner.RunAsync(LineageCommand.Create([setting]), "lineage");
        batches.Should().StartWith("batch\tkind\tsteward\tdescription\tat (UTC)")
            .And.MatchRegex(@"rollback:[0-9a-f]{32}\trollback\tcarol\trollback script:105_new\.cypher@[0-9a-f]{12}\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d");
    }

    [Fact]
    public async Task Rollback_of_a_load_a_later_load_builds_on_is_refused_naming_it()
    {
        await LoadAsync("105_new.cypher", Article);
        await LoadAsync("106_fix.cypher", Correction);

        var (exit, _, errors) = await CommandRunner.RunAsync(RollbackCommand.Create([setting]), "rollback", "105_new.cypher", setting);

        exit.Should().Be(2);
        errors.Should().Contain("Cannot roll back script:105_new.cypher@").And.Contain("script:106_fix.cypher@").And.Contain("org:acme")
            .And.Contain("Nothing was changed");
    }

    private async Task LoadAsync(string name, string text)
    {
        var script = Path.Combine(folder, name);
        await File.WriteAllTextAsync(script, text);
        var (exit, _, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting);
        exit.Should().Be(0, errors);
    }
}
