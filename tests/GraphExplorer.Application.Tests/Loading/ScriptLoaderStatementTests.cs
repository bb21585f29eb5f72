using GraphExplorer.Application.Loading;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>What the loader reports about one statement of a file: where it failed, which limit stopped it, an empty file.</summary>
public sealed class ScriptLoaderStatementTests : IAsyncLifetime
{
    private readonly IGraphDatabase database = TestBackend.CreateDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_runtime_error_in_a_later_statement_points_at_that_statement_not_at_the_start_of_the_file()
    {
        var reports = await LoadAsync(Script("001_bad.cypher",
            "CREATE (:Person {name: 'Ada'});\nCREATE (:Person {name: 'Grace'});\n\n   UNWIND [1, 0] AS d RETURN 10 / d;"));

        var error = reports.Single().Error!;
        // The embedded engine places the failing expression (`10 / d`, line 4, column 30); a backend that gives no
        // position (Neo4j's runtime errors) leaves the statement's start (line 4, column 4). Never line 1, column 1.
        error.Line.Should().Be(4, "the third statement is on line 4");
        error.Column.Should().BeOneOf([30, 4], "the failing expression or, without its position, the statement's start");
        error.Message.Should().Contain("statement 3");
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(0, "nothing of a failed file is applied");
    }

    [Fact]
    public async Task A_file_without_statements_is_reported_empty_and_not_recorded_as_applied()
    {
        var reports = await LoadAsync(
            Script("001_empty.cypher", "// nothing here yet;\n\n"),
            Script("002_people.cypher", "CREATE (:Person {name: 'Ada'});"));

        reports.Select(r => r.Outcome).Should().Equal(ScriptOutcome.Empty, ScriptOutcome.Applied);
        (await CountAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel}) RETURN count(s) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_file_over_its_time_budget_applies_nothing_and_names_the_budget_and_the_statement()
    {
        var slow = "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b WITH a WHERE a < 0 RETURN count(a);";
        var reports = await new ScriptLoader(database).LoadAsync(
            [Script("001_slow.cypher", "CREATE (:Person {name: 'Ada'});\n" + slow)],
            new LoadOptions("test", FileTimeout: TimeSpan.FromMilliseconds(300)));

        var error = reports.Single().Error!;
        error.Message.Should().StartWith("FileTimeout").And.Contain("Load:FileTimeoutSeconds").And.Contain("statement 2");
        (error.Line, error.Column).Should().Be((2, 1));
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(0);
    }

    [Fact]
    public async Task The_per_statement_timeout_stops_a_statement_and_says_which_setting_it_is()
    {
        await using var limited = EmbeddedGraphDatabase.CreateInMemory(
            new EmbeddedDatabaseOptions(DefaultLimits: new QueryLimits(Timeout: TimeSpan.FromMilliseconds(200))));
        var reports = await new ScriptLoader(limited).LoadAsync(
            [Script("001_slow.cypher", "CREATE (:Person);\nUNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b WITH a WHERE a < 0 RETURN count(a);")],
            new LoadOptions("test"));

        var error = reports.Single().Error!;
        error.Message.Should().StartWith("QueryTimeout").And.Contain("Database:QueryTimeoutSeconds").And.Contain("statement 2");
        (error.Line, error.Column).Should().Be((2, 1), error.ToString());
    }

    [Fact]
    public async Task The_row_limit_does_not_apply_to_loading_nor_add_up_across_a_file()
    {
        await using var limited = EmbeddedGraphDatabase.CreateInMemory(
            new EmbeddedDatabaseOptions(DefaultLimits: new QueryLimits(MaxRows: 5)));
        var script = string.Join('\n', Enumerable.Range(1, 4).Select(i => $"UNWIND range(1, 4) AS k CREATE (:Item {{batch: {i}, k: k}}) RETURN k;"));

        var first = await new ScriptLoader(limited).LoadAsync([Script("001_items.cypher", script)], new LoadOptions("test"));
        var second = await new ScriptLoader(limited).LoadAsync(
            [Script("002_more.cypher", "UNWIND range(1, 20) AS k CREATE (:Item {batch: 5, k: k});")], new LoadOptions("test"));

        first.Single().Outcome.Should().Be(ScriptOutcome.Applied, "16 rows over four statements, and the bookkeeping reads the whole graph");
        second.Single().Outcome.Should().Be(ScriptOutcome.Applied, "the loader's fingerprint of the graph reads 16 nodes, over the limit of 5");
        await using var session = limited.OpenSession(SessionOptions.System);
        (await session.RunAsync("MATCH (i:Item) RETURN count(i) AS n")).Single().Get<long>("n").Should().Be(36);
    }

    private static ScriptFile Script(string name, string text) => ScriptFile.FromText(name, "cypher/" + name, text);

    private Task<IReadOnlyList<ScriptReport>> LoadAsync(params ScriptFile[] scripts) =>
        new ScriptLoader(database).LoadAsync(scripts, new LoadOptions("test"));

    private async Task<long> CountAsync(string cypher)
    {
        await using var session = database.OpenSession();
        return (await session.RunAsync(cypher)).Single().Get<long>("n");
    }
}
