using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Allows_fragments_used_transitively()
    {
        ValidationHarness.ExpectValid<NoUnusedFragmentsRule>("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");
    }

    [Fact]
    public void Reports_unused_fragments()
    {
        ValidationHarness.Errors<NoUnusedFragmentsRule>("{ dog { name } } fragment Unused on Dog { name }").Should().Equal(
            "Fragment \"Unused\" is never used. @ 1:18");
    }
}
