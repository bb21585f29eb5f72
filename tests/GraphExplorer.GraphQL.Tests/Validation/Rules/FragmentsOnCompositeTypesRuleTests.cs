using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Allows_object_interface_and_union_conditions()
    {
        ValidationHarness.ExpectValid<FragmentsOnCompositeTypesRule>("fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename } { dog { ... { name } } }");
    }

    [Fact]
    public void Rejects_scalar_and_enum_conditions()
    {
        ValidationHarness.Errors<FragmentsOnCompositeTypesRule>("fragment A on Boolean { x } { dog { ... on FurColor { x } } }").Should().Equal(
            "Fragment \"A\" cannot condition on non composite type \"Boolean\". @ 1:15",
            "Fragment cannot condition on non composite type \"FurColor\". @ 1:44");
    }
}
