using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Allows_leaves_without_and_objects_with_selections()
    {
        ValidationHarness.ExpectValid<ScalarLeafsRule>("{ dog { barks } human { pets { name } } }");
    }

    [Fact]
    public void Reports_missing_and_superfluous_selections()
    {
        ValidationHarness.Errors<ScalarLeafsRule>("{ human dog { barks { sinceWhen } } }").Should().Equal(
            "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @ 1:3",
            "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @ 1:21");
    }
}
