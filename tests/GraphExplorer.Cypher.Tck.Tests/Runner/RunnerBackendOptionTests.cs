using GraphExplorer.Cypher.Tck.Runner;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Cypher.Tck.Tests.Runner;

public sealed class RunnerBackendOptionTests
{
    [Theory]
    [InlineData("embedded", TestBackendKind.Embedded)]
    [InlineData("queryapi", TestBackendKind.QueryApi)]
    [InlineData("NEO4J", TestBackendKind.Neo4j)]
    public void The_backend_is_chosen_by_name(string name, TestBackendKind expected) =>
        RunnerOptions.Parse(["--backend", name]).Backend.Should().Be(expected);

    [Fact]
    public void An_unknown_backend_is_refused_with_the_names_it_takes() =>
        FluentActions.Invoking(() => RunnerOptions.Parse(["--backend", "bolt"]))
            .Should().Throw<ArgumentException>().WithMessage("*'bolt'*embedded, queryapi or neo4j*");

    [Fact]
    public void Only_the_embedded_engine_takes_test_procedures()
    {
        BackendChoice.Procedures(TestBackendKind.Embedded).Should().NotBeNull();
        BackendChoice.Procedures(TestBackendKind.QueryApi).Should().BeNull();
    }
}
