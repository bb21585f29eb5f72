using GraphExplorer.Cypher.Tck.Execution;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// A test case for one TCK scenario: displayed as the scenario id (feature path, scenario name, example index) and
/// skipped with its reason when the scenario is a known failure. Its only argument is the scenario id, so the
/// display name and the skip reason are recomputed after de-serialization.
/// </summary>
public sealed class TckScenarioTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", error: true)]
    public TckScenarioTestCase()
    {
    }

    public TckScenarioTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        object[] testMethodArguments)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, testMethodArguments)
    {
    }

    private string ScenarioId => TestMethodArguments is [string id, ..] ? id : "?";

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => "TCK " + ScenarioId;

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        if (TckCatalog.Scenarios.TryGetValue(ScenarioId, out var scenario) && TckCatalog.Executor.SkipReason(scenario) is { } notRunnable)
        {
            return $"not runnable here: {notRunnable}";
        }

        return TckCatalog.KnownFailures.ReasonFor(ScenarioId) is { } reason
            ? $"known failure (known-failures.txt): {reason}"
            : base.GetSkipReason(factAttribute);
    }
}
