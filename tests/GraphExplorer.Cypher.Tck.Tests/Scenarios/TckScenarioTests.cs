using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// The openCypher TCK against the embedded engine, one test per scenario (outline examples included).
/// Scenarios in known-failures.txt are skipped with their reason; every other scenario must pass. The list may only
/// shrink: <see cref="Known_failures_still_fail"/> fails when a listed scenario passes, so fixing the engine forces
/// the list to be regenerated (<c>--write-known-failures</c>) rather than silently keeping a stale skip.
/// </summary>
public sealed class TckScenarioTests
{
    public static IEnumerable<object[]> ScenarioIds() => TckCatalog.Scenarios.Keys.Select(id => new object[] { id });

    [TckTheory]
    [MemberData(nameof(ScenarioIds))]
    public async Task Scenario(string id)
    {
        // Scenarios the harness cannot run and known failures never get here: TckScenarioTestCase skips them.
        var result = await TckCatalog.Executor.RunAsync(TckCatalog.Scenarios[id]);

        result.Status.Should().Be(ScenarioStatus.Passed, because: result.Reason);
    }

    [Fact]
    public void The_shared_TCK_is_found_and_loaded()
    {
        TckCatalog.Scenarios.Should().NotBeEmpty(because: $"the TCK features are expected at {TckCatalog.Features}");
    }

    [Fact]
    public void Every_known_failure_names_an_existing_scenario()
    {
        var stale = TckCatalog.KnownFailures.Reasons.Keys.Where(id => !TckCatalog.Scenarios.ContainsKey(id)).ToList();

        stale.Should().BeEmpty(because: "known-failures.txt must list only scenarios of the TCK; regenerate it with --write-known-failures");
    }

    [Fact]
    public async Task Known_failures_still_fail()
    {
        var nowPassing = new List<string>();
        foreach (var id in TckCatalog.KnownFailures.Reasons.Keys.Where(TckCatalog.Scenarios.ContainsKey))
        {
            var result = await TckCatalog.Executor.RunAsync(TckCatalog.Scenarios[id]);
            if (result.Status == ScenarioStatus.Passed)
            {
                nowPassing.Add(id);
            }
        }

        nowPassing.Should().BeEmpty(
            because: "these scenarios pass now: remove them from tests/GraphExplorer.Cypher.Tck/known-failures.txt "
            + "(or regenerate it with --write-known-failures)");
    }
}
