using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void Allows_one_anonymous_operation_with_fragments()
    {
        ValidationHarness.ExpectValid<LoneAnonymousOperationRule>("{ dog { ...F } } fragment F on Dog { name }");
    }

    [Fact]
    public void Rejects_anonymous_operation_with_others()
    {
        ValidationHarness.Errors<LoneAnonymousOperationRule>("{ dog { name } } query Foo { dog { name } }").Should().Equal(
            "This anonymous operation must be the only defined operation. @ 1:1");
    }
}
