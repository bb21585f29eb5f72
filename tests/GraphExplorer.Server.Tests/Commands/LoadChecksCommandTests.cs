using System.Text.Json;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// <c>load</c> as a steward runs it on a new script with mistakes: every problem is listed as <c>file:line:column</c>
/// before anything is written; <c>--allow-violations</c> loads anyway; <c>--dry-run</c> prints the diff (and
/// <c>--json</c> gives it whole).
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class LoadChecksCommandTests : IDisposable
{
    private const string Good =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    // Line 4: a typo'd kind; line 5: a date of month precision that is not the 1st.
    private const string Mistaken = Good +
        "MERGE (e:Event {key: 'evt:forum'}) SET e += {name: 'Forum', kind: 'forun', startDate: date('2024-06-12'), datePrecision: 'month'};\n" +
        "MATCH (e:Event {key: 'evt:forum'}), (s:Source {key: 'src:test'}) MERGE (e)-[:CITED_IN]->(s);\n";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-loadchecks-").FullName;
    private readonly string setting;

    public LoadChecksCommandTests() => setting = $"--Database:Path={Path.Combine(folder, "db")}";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Load_refuses_a_script_that_breaks_the_rules_listing_each_problem_and_applies_nothing()
    {
        var script = await WriteAsync("105_new.cypher", Mistaken);

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting);

        exit.Should().Be(1);
        output.Should().Contain("105_new.cypher: refused: it breaks the data rules, nothing of it was applied");
        // Line 4: "kind" at column 61, "startDate" at column 76.
        errors.Should().Contain($"{script}:4:61: 2 problem(s) found before commit")
            .And.Contain($"{script}:4:61: key-or-kind: evt:forum: kind 'forun' is not a Event kind of the model")
            .And.Contain($"{script}:4:76: invalid-date: evt:forum: startDate 2024-06-12 has month precision but is not the 1st of the month");
        var (validated, report, _) = await CommandRunner.RunAsync(ValidateCommand.Create([setting]), "validate");
        validated.Should().Be(0, "nothing of the refused file was applied: " + report);
        report.Should().Contain("No violations.");
    }

    [Fact]
    public async Task Load_with_allow_violations_applies_and_prints_each_violation_as_a_warning()
    {
        var script = await WriteAsync("105_new.cypher", Mistaken);

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, "--allow-violations", setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("105_new.cypher: applied");
        errors.Should().Contain($"warning: {script}:4:61: key-or-kind: evt:forum: kind 'forun'");
    }

    [Fact]
    public async Task A_dry_run_prints_what_would_change_property_by_property()
    {
        await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", await WriteAsync("100_base.cypher", Good), setting);
        var correction = await WriteAsync("101_fix.cypher", "MATCH (o:Organization {key: 'org:acme'}) SET o.name = 'Acme Anvil Works';\n");

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", correction, "--dry-run", setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("101_fix.cypher: would apply (1 property set)")
            .And.Contain("  changes: 1 node changed")
            .And.Contain("    ~ node org:acme")
            .And.Contain("        ~ name: 'Acme Anvils' → 'Acme Anvil Works'");
    }

    [Fact]
    public async Task A_dry_run_with_json_gives_the_outcome_and_every_change_whole()
    {
        var script = await WriteAsync("100_base.cypher", Good);

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, "--dry-run", "--json", setting);

        exit.Should().Be(0, errors);
        using var document = JsonDocument.Parse(output);
        var first = document.RootElement.GetProperty("scripts")[0];
        first.GetProperty("outcome").GetString().Should().Be("wouldApply");
        var nodes = first.GetProperty("changes").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Select(n => (n.GetProperty("change").GetString(), n.GetProperty("identity").GetString())).Should().Equal(("created", "org:acme"), ("created", "src:test"));
        nodes[0].GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("after").GetString()))
            .Should().Equal(("key", "org:acme"), ("kind", "company"), ("name", "Acme Anvils"));
        first.GetProperty("changes").GetProperty("relationships")[0].GetProperty("type").GetString().Should().Be("CITED_IN");
    }

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
