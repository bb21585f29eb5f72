using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Allows_repeatable_directives_and_different_locations()
    {
        ValidationHarness.ExpectValid<UniqueDirectivesPerLocationRule>("{ dog @include(if: true) { name @repeatable @repeatable } }");
    }

    [Fact]
    public void Reports_repeated_non_repeatable_directives()
    {
        ValidationHarness.Errors<UniqueDirectivesPerLocationRule>("{ dog @skip(if: false) @skip(if: true) { name } }").Should().Equal(
            "The directive \"@skip\" can only be used once at this location. @ 1:7, 1:24");
    }
}
