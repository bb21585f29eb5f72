using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Allows_input_types()
    {
        ValidationHarness.ExpectValid<VariablesAreInputTypesRule>("query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }");
    }

    [Fact]
    public void Rejects_output_types()
    {
        ValidationHarness.Errors<VariablesAreInputTypesRule>("query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }").Should().Equal(
            "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:13",
            "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @ 1:22",
            "Variable \"$c\" cannot be non-input type \"Pet\". @ 1:42");
    }
}
