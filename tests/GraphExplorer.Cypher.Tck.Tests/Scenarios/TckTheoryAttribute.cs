using Xunit.Sdk;

namespace GraphExplorer.Cypher.Tck.Tests.Scenarios;

/// <summary>
/// A theory whose data rows are TCK scenario ids: each row becomes a test case named after its scenario and,
/// when the scenario is in known-failures.txt, skipped with the listed reason (xunit 2 has no per-row skip).
/// </summary>
[XunitTestCaseDiscoverer("GraphExplorer.Cypher.Tck.Tests.Scenarios.TckTheoryDiscoverer", "GraphExplorer.Cypher.Tck.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TckTheoryAttribute : TheoryAttribute
{
}
