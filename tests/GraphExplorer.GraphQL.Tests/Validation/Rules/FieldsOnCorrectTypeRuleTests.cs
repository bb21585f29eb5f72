using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Allows_fields_aliases_and_typename()
    {
        ValidationHarness.ExpectValid<FieldsOnCorrectTypeRule>("fragment F on Dog { name alias: barks __typename } fragment G on Pet { name __typename } fragment H on CatOrDog { __typename }");
    }

    [Fact]
    public void Reports_unknown_fields_with_suggestions()
    {
        ValidationHarness.Errors<FieldsOnCorrectTypeRule>("fragment F on Dog { meowVolume barkVolumes } fragment G on Pet { nickname } fragment H on CatOrDog { name }").Should().Equal(
            "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:21",
            "Cannot query field \"barkVolumes\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:32",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? @ 1:66",
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? @ 1:102");
    }
}
