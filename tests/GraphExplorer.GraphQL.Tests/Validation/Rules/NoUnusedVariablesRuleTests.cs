using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Allows_variables_used_in_fragments()
    {
        ValidationHarness.ExpectValid<NoUnusedVariablesRule>("query Q($a: Boolean) { dog { ...F } } fragment F on Dog { isHouseTrained(atOtherHomes: $a) }");
    }

    [Fact]
    public void Reports_unused_variables()
    {
        ValidationHarness.Errors<NoUnusedVariablesRule>("query Q($a: Boolean, $b: Int) { dog { isHouseTrained(atOtherHomes: $a) } }").Should().Equal(
            "Variable \"$b\" is never used in operation \"Q\". @ 1:22");
    }
}
