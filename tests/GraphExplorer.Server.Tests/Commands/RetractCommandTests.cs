using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary><c>retract</c> as a steward runs it: withdraws a script's facts with a reason, which <c>lineage</c> then lists.</summary>
[Collection(CommandRunner.Collection)]
public sealed class RetractCommandTests : IDisposable
{
    private const string Article =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-retract-").FullName;
    private readonly string setting;

    public RetractCommandTests() => setting = $"--Database:Path={Path.Combine(folder, "db")}";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Retract_deletes_what_the_script_asserted_prints_the_diff_and_lineage_lists_the_retraction()
    {
        var script = Path.Combine(folder, "105_new.cypher");
        await File.WriteAllTextAsync(script, Article);
        (await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting)).Exit.Should().Be(0);

        var (exit, output, errors) = await CommandRunner.RunAsync(RetractCommand.Create([setting]), "retract", "105_new.cypher",
            "--reason", "the publisher withdrew the article", "--steward", "carol", setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("105_new.cypher: retracted 3 fact(s) it alone asserted; 0 it shares with other batches stay (audit entry retract:")
            .And.Contain("    - node org:acme :Organization")
            .And.Contain("    - relationship org:acme -[:CITED_IN]-> src:test");
        var (_, batches, _) = await CommandRunner.RunAsync(LineageCommand.Create([setting]), "lineage");
        batches.Should().MatchRegex(@"retract:[0-9a-f]{32}\tretraction\tcarol\tretract script:105_new\.cypher");
    }

    [Fact]
    public async Task Retract_without_a_reason_is_refused_by_the_command_line()
    {
        var (exit, _, errors) = await CommandRunner.RunAsync(RetractCommand.Create([setting]), "retract", "105_new.cypher", setting);

        exit.Should().NotBe(0);
        errors.Should().Contain("--reason");
    }

    [Fact]
    public async Task Retract_of_a_script_that_was_never_applied_names_it()
    {
        var (exit, _, errors) = await CommandRunner.RunAsync(RetractCommand.Create([setting]), "retract", "999_none.cypher", "--reason", "x", setting);

        exit.Should().Be(2);
        errors.Should().Contain("No applied script '999_none.cypher'");
    }
}
