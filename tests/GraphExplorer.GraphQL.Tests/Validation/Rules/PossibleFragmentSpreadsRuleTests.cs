using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Allows_overlapping_types()
    {
        ValidationHarness.ExpectValid<PossibleFragmentSpreadsRule>("fragment A on Pet { ... on Dog { barks } } fragment B on CatOrDog { ... on Pet { name } } fragment C on Dog { ...B }");
    }

    [Fact]
    public void Reports_spreads_that_can_never_apply()
    {
        ValidationHarness.Errors<PossibleFragmentSpreadsRule>("fragment A on Dog { ... on Cat { meows } } fragment B on HumanOrAlien { ...C } fragment C on CatOrDog { __typename }").Should().Equal(
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:21",
            "Fragment \"C\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"CatOrDog\". @ 1:73");
    }
}
