using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>Makes one <see cref="TckScenarioTestCase"/> per data row of a <see cref="TckTheoryAttribute"/> theory.</summary>
public sealed class TckTheoryDiscoverer : TheoryDiscoverer
{
    public TckTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute,
        object[] dataRow) =>
    [
        new TckScenarioTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            dataRow),
    ];
}
