using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Allows_distinct_arguments()
    {
        ValidationHarness.ExpectValid<UniqueArgumentNamesRule>("{ dog { isAtLocation(x: 1, y: 2) } }");
    }

    [Fact]
    public void Reports_duplicate_arguments()
    {
        ValidationHarness.Errors<UniqueArgumentNamesRule>("{ dog { isAtLocation(x: 1, x: 2) @withArgs(req: 1, req: 2) } }").Should().Equal(
            "There can be only one argument named \"x\". @ 1:22, 1:28",
            "There can be only one argument named \"req\". @ 1:44, 1:52");
    }
}
