using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Allows_variables_defined_by_the_operation_even_in_fragments()
    {
        ValidationHarness.ExpectValid<NoUndefinedVariablesRule>("query Q($a: Boolean) { dog { ...F } } fragment F on Dog { isHouseTrained(atOtherHomes: $a) }");
    }

    [Fact]
    public void Reports_undefined_variables_per_operation()
    {
        ValidationHarness.Errors<NoUndefinedVariablesRule>("query Q { dog { isHouseTrained(atOtherHomes: $a) } } { dog { ...F } } fragment F on Dog { name(surname: $b) }").Should().Equal(
            "Variable \"$a\" is not defined by operation \"Q\". @ 1:46, 1:1",
            "Variable \"$b\" is not defined. @ 1:105, 1:54");
    }
}
