using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// The openCypher TCK against the embedded engine, one test per scenario (outline examples included), split by the
/// TCK's top-level folders so that xunit runs the three classes in parallel. Scenarios the harness cannot run and
/// scenarios in known-failures.txt are skipped with their reason (<see cref="TckScenarioTestCase"/>); every other
/// scenario must pass.
/// </summary>
internal static class TckScenarioTests
{
    public static IEnumerable<object[]> ScenarioIdsUnder(string topFolder) =>
        TckCatalog.Scenarios.Keys
            .Where(id => id.StartsWith(topFolder + "/", StringComparison.Ordinal))
            .Select(id => new object[] { id });

    public static async Task RunAsync(string id)
    {
        var result = await TckCatalog.Executor.RunAsync(TckCatalog.Scenarios[id]);

        result.Status.Should().Be(ScenarioStatus.Passed, because: result.Reason);
    }
}

[Trait(TestCategories.Category, TestCategories.Slow)]
public sealed class TckClausesTests
{
    public static IEnumerable<object[]> Scenarios() => TckScenarioTests.ScenarioIdsUnder("clauses");

    [TckTheory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => TckScenarioTests.RunAsync(id);
}

[Trait(TestCategories.Category, TestCategories.Slow)]
public sealed class TckExpressionsTests
{
    public static IEnumerable<object[]> Scenarios() => TckScenarioTests.ScenarioIdsUnder("expressions");

    [TckTheory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => TckScenarioTests.RunAsync(id);
}

[Trait(TestCategories.Category, TestCategories.Slow)]
public sealed class TckUseCasesTests
{
    public static IEnumerable<object[]> Scenarios() => TckScenarioTests.ScenarioIdsUnder("useCases");

    [TckTheory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => TckScenarioTests.RunAsync(id);
}
