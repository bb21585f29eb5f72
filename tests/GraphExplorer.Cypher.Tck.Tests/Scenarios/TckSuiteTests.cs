using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// Checks on the suite as a whole: the TCK is found, every scenario belongs to one of the per-folder test classes,
/// and known-failures.txt stays truthful. The list may only shrink: <see cref="Known_failures_still_fail"/> fails
/// when a listed scenario passes, so an engine fix forces the list to be regenerated (<c>--write-known-failures</c>)
/// instead of leaving a stale skip that would hide a later regression.
/// </summary>
[Trait(TestCategories.Category, TestCategories.Slow)]
public sealed class TckSuiteTests
{
    /// <summary>
    /// Known failures are re-run with a shorter timeout than the scenarios proper: a scenario that hangs is still
    /// failing, and waiting the full timeout for each would make the suite slow.
    /// </summary>
    private static readonly TimeSpan RecheckTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public void The_shared_TCK_is_found_and_loaded()
    {
        TckCatalog.Scenarios.Should().NotBeEmpty(because: $"the TCK features are expected at {TckCatalog.Features}");
    }

    [Fact]
    public void Every_scenario_is_under_a_folder_with_a_test_class()
    {
        TckCatalog.Scenarios.Keys
            .Where(id => !id.StartsWith("clauses/", StringComparison.Ordinal)
                && !id.StartsWith("expressions/", StringComparison.Ordinal)
                && !id.StartsWith("useCases/", StringComparison.Ordinal))
            .Should().BeEmpty();
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
        var executor = new ScenarioExecutor(
            Tck.Runner.EmbeddedEngine.CreateInMemory,
            Tck.Loading.NamedGraphs.Around(TckCatalog.Features),
            RecheckTimeout,
            Tck.Runner.EmbeddedEngine.Procedures);
        var listed = TckCatalog.KnownFailures.Reasons.Keys.Where(TckCatalog.Scenarios.ContainsKey).ToList();
        var nowPassing = new System.Collections.Concurrent.ConcurrentBag<string>();

        await Parallel.ForEachAsync(listed, async (id, cancellationToken) =>
        {
            var result = await executor.RunAsync(TckCatalog.Scenarios[id], cancellationToken);
            if (result.Status == ScenarioStatus.Passed)
            {
                nowPassing.Add(id);
            }
        });

        nowPassing.Order(StringComparer.Ordinal).Should().BeEmpty(
            because: "these scenarios pass now: remove them from tests/GraphExplorer.Cypher.Tck/known-failures.txt "
            + "(or regenerate it with --write-known-failures)");
    }
}
