using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Allows_distinct_fragment_names()
    {
        ValidationHarness.ExpectValid<UniqueFragmentNamesRule>("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barks }");
    }

    [Fact]
    public void Reports_duplicate_fragment_names()
    {
        ValidationHarness.Errors<UniqueFragmentNamesRule>("{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barks }").Should().Equal(
            "There can be only one fragment named \"A\". @ 1:27, 1:54");
    }
}
