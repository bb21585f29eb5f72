using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Allows_distinct_names()
    {
        ValidationHarness.ExpectValid<UniqueOperationNamesRule>("query Foo { dog { name } } query Bar { dog { name } }");
    }

    [Fact]
    public void Rejects_duplicate_names_across_operation_types()
    {
        ValidationHarness.Errors<UniqueOperationNamesRule>("query Foo { dog { name } } mutation Foo { dog { name } }").Should().Equal(
            "There can be only one operation named \"Foo\". @ 1:7, 1:37");
    }
}
