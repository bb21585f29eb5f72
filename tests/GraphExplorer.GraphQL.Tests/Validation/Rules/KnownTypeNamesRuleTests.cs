using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Allows_known_types()
    {
        ValidationHarness.ExpectValid<KnownTypeNamesRule>("query Q($a: String, $b: [Int!], $c: ComplexInput) { dog { ... on Pet { name } } }");
    }

    [Fact]
    public void Reports_unknown_types_with_suggestions()
    {
        ValidationHarness.Errors<KnownTypeNamesRule>("query Q($a: Strin) { dog { ... on Dgo { name } } } fragment F on Peat { name }").Should().Equal(
            "Unknown type \"Strin\". Did you mean \"String\"? @ 1:13",
            "Unknown type \"Dgo\". Did you mean \"Dog\"? @ 1:35",
            "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? @ 1:66");
    }
}
