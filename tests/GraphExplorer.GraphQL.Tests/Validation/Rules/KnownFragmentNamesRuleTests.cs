using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Allows_defined_fragments()
    {
        ValidationHarness.ExpectValid<KnownFragmentNamesRule>("{ dog { ...A } } fragment A on Dog { name }");
    }

    [Fact]
    public void Reports_undefined_fragments()
    {
        ValidationHarness.Errors<KnownFragmentNamesRule>("{ dog { ...Missing } }").Should().Equal(
            "Unknown fragment \"Missing\". @ 1:12");
    }
}
