using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void Allows_one_root_field()
    {
        ValidationHarness.ExpectValid<SingleFieldSubscriptionsRule>("subscription S { importantEmails }");
    }

    [Fact]
    public void Rejects_more_than_one_root_field_including_via_fragments()
    {
        ValidationHarness.Errors<SingleFieldSubscriptionsRule>("subscription S { importantEmails ...F } fragment F on SubscriptionRoot { notImportantEmails }").Should().Equal(
            "Subscription \"S\" must select only one top level field. @ 1:74");
    }

    [Fact]
    public void Rejects_introspection_root_fields()
    {
        ValidationHarness.Errors<SingleFieldSubscriptionsRule>("subscription { __typename }").Should().Equal(
            "Anonymous Subscription must not select an introspection top level field. @ 1:16");
    }
}
