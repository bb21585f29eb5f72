using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// The xunit test framework of the suites that run on <see cref="TestBackend"/>: the standard one, except that when the
/// chosen backend cannot run (GRAPHEXPLORER_TEST_BACKEND=neo4j with no server and no Docker engine) every test is
/// reported as skipped with the reason, instead of failing. Enable it in a test assembly with
/// <c>[assembly: TestFramework(BackendTestFramework.TypeName, BackendTestFramework.AssemblyName)]</c>.
/// </summary>
public sealed class BackendTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string TypeName = "GraphExplorer.TestSupport.Backends.BackendTestFramework";
    public const string AssemblyName = "GraphExplorer.TestSupport";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            if (TestBackend.WhyUnavailable is { } reason)
            {
                testCases = [.. testCases.Select(testCase => (IXunitTestCase)new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None,
                    testCase.TestMethod, $"Backend {TestBackend.Kind}: {reason}", testCase.TestMethodArguments))];
            }

            base.RunTestCases(testCases, executionMessageSink, executionOptions);
        }
    }
}
