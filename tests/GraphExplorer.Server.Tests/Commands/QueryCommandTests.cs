using System.Text.Json;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary><c>query</c>: a steward reads the graph from the terminal, as a table or JSON, and cannot change it.</summary>
[Collection(CommandRunner.Collection)]
public sealed class QueryCommandTests : IAsyncLifetime
{
    private const string Script =
        "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n" +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme Anvils', kind: 'company'};\n" +
        "MERGE (o:Organization {key: 'org:jaxa'}) SET o += {name: 'Japan Aerospace Exploration Agency', kind: 'government_agency'};\n" +
        "MATCH (o:Organization), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN]->(s);\n";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-query-").FullName;
    private string setting = "";

    public async Task InitializeAsync()
    {
        setting = $"--Database:Path={Path.Combine(folder, "db")}";
        var script = Path.Combine(folder, "100_test.cypher");
        await File.WriteAllTextAsync(script, Script);
        (await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting)).Exit.Should().Be(0);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_read_query_prints_a_table_with_a_header_a_row_per_record_and_the_count()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query",
            "MATCH (o:Organization)-[:CITED_IN]->(s) RETURN o.key AS key, o.name AS name, s ORDER BY key", setting);

        exit.Should().Be(0, errors);
        output.ReplaceLineEndings("\n").Should().Be(
            "key      | name                               | s\n" +
            "---------+------------------------------------+----------------------------\n" +
            "org:acme | Acme Anvils                        | (:Source {key: 'src:test'})\n" +
            "org:jaxa | Japan Aerospace Exploration Agency | (:Source {key: 'src:test'})\n" +
            "2 rows\n");
    }

    [Fact]
    public async Task A_profiled_query_prints_its_rows_then_its_measured_plan()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query",
            "PROFILE MATCH (o:Organization) RETURN o.key AS key ORDER BY key", setting);

        exit.Should().Be(0, errors);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        lines[..5].Should().Equal("key", "--------", "org:acme", "org:jaxa", "2 rows");
        lines[6].Should().StartWith("operator").And.Contain("db hits").And.Contain("time (ms)");
        lines.Should().Contain(l => l.StartsWith("+ProduceResults ", StringComparison.Ordinal) && l.Contains("| key ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("      +Match ", StringComparison.Ordinal) && l.Contains("NodeByLabelScan(o:Organization)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_json_a_profiled_query_adds_its_plan_as_profile()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query",
            "PROFILE MATCH (o:Organization) RETURN count(o) AS n", "--json", setting);

        exit.Should().Be(0, errors);
        using var document = JsonDocument.Parse(output);
        var profile = document.RootElement.GetProperty("profile");
        profile.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("operator", "details", "identifiers", "rows", "db hits", "time (ms)");
        profile.GetProperty("rows")[0][0].GetString().Should().Be("+ProduceResults");
        profile.GetProperty("rows")[0][3].GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task With_json_and_a_parameter_the_rows_are_json_values()
    {
        var (exit, output, errors) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query",
            "MATCH (o:Organization {key: $key}) RETURN o.name AS name, $n + 1 AS next", "--param", "key=org:jaxa", "--param", "n=41", "--json", setting);

        exit.Should().Be(0, errors);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("name", "next");
        var row = document.RootElement.GetProperty("rows")[0];
        (row[0].GetString(), row[1].GetInt64()).Should().Be(("Japan Aerospace Exploration Agency", 42));
    }

    [Fact]
    public async Task A_query_that_writes_is_refused_and_changes_nothing()
    {
        var (exit, _, errors) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query", "MATCH (o:Organization) DETACH DELETE o", setting);

        exit.Should().Be(2);
        errors.Should().StartWith("error: ");
        var (_, output, _) = await CommandRunner.RunAsync(QueryCommand.Create([setting]), "query", "MATCH (o:Organization) RETURN count(o) AS n", setting);
        output.ReplaceLineEndings("\n").Should().Be("n\n-\n2\n1 row\n", "the organisations are still there");
    }
}
