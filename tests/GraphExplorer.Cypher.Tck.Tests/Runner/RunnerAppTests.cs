using GraphExplorer.Cypher.Tck.Runner;
using GraphExplorer.Cypher.Tck.Tests.Execution;

namespace GraphExplorer.Cypher.Tck.Tests.Runner;

public sealed class RunnerAppTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tck-runner-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public RunnerAppTests()
    {
        var features = Path.Combine(folder, "features", "clauses", "sample");
        Directory.CreateDirectory(features);
        File.WriteAllText(Path.Combine(features, "Sample.feature"), """"
            Feature: Sample
              Scenario: [1] Passes
                Given any graph
                When executing query:
                  """
                  GOOD
                  """
                Then the result should be empty
              Scenario: [2] Fails
                Given any graph
                When executing query:
                  """
                  BAD
                  """
                Then the result should be empty
              Scenario: [3] Skipped
                Given any graph
                And there exists a procedure test.p() :: ():
                  |
                When executing query:
                  """
                  GOOD
                  """
                Then the result should be empty
            """");
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        RunnerApp.RunAsync(
            [Path.Combine(folder, "features"), .. args],
            output,
            error,
            () => new FakeGraphDatabase(new() { ["GOOD"] = (_, _) => FakeGraphDatabase.Rows([]) }));

    [Fact]
    public async Task Reports_per_folder_lists_skips_and_ends_with_the_pass_count()
    {
        var exit = await RunAsync();

        exit.Should().Be(RunnerApp.Success);
        var text = output.ToString();
        text.Should().MatchRegex(@"clauses/sample\s+1\s+1\s+1\s+3\s+33\.3%");
        text.Should().Contain("skipped (1):").And.Contain("clauses/sample/Sample.feature: [3] Skipped: line 18: declares a test procedure");
        text.Should().Contain("failed (1):").And.Contain("top failure causes");
        text.TrimEnd().Split('\n')[^1].Should().Be("tck: 1/3 passed");
    }

    [Fact]
    public async Task Min_pass_makes_the_exit_code_fail_below_the_percentage()
    {
        (await RunAsync("--min-pass", "30")).Should().Be(RunnerApp.Success);
        (await RunAsync("--min-pass", "50")).Should().Be(RunnerApp.BelowMinimum);
        error.ToString().Should().Contain("below the required 50%");
    }

    [Fact]
    public async Task Filter_selects_scenarios_by_id()
    {
        await RunAsync("--filter", "PASSES");

        output.ToString().TrimEnd().Split('\n')[^1].Should().Be("tck: 1/1 passed");
    }

    [Fact]
    public async Task Writes_json_results_and_the_known_failures_list()
    {
        var json = Path.Combine(folder, "results.json");
        var known = Path.Combine(folder, "known.txt");

        await RunAsync("--json", json, "--write-known-failures", known);

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        document.RootElement.GetProperty("total").GetInt32().Should().Be(3);
        var failed = document.RootElement.GetProperty("scenarios")[1];
        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("cause").GetString().Should().Be("the query failed: SyntaxError Unscripted: no handler for 'BAD'");
        Tck.KnownFailures.KnownFailureList.Load(known).Reasons.Keys.Should().Equal("clauses/sample/Sample.feature: [2] Fails");
    }

    [Fact]
    public async Task A_bad_command_line_or_missing_folder_is_exit_code_2()
    {
        (await RunAsync("--nope")).Should().Be(RunnerApp.Broken);
        (await RunnerApp.RunAsync([Path.Combine(folder, "absent")], output, error, () => throw new InvalidOperationException()))
            .Should().Be(RunnerApp.Broken);
    }
}
