using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Allows_distinct_variables()
    {
        ValidationHarness.ExpectValid<UniqueVariableNamesRule>("query Q($a: Int, $b: Int) { dog { name } }");
    }

    [Fact]
    public void Reports_duplicate_variables()
    {
        ValidationHarness.Errors<UniqueVariableNamesRule>("query Q($a: Int, $a: String) { dog { name } }").Should().Equal(
            "There can be only one variable named \"$a\". @ 1:10, 1:19");
    }
}
