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

    [Fact]
    public void Rejects_skip_and_include_in_the_root_selection_set_including_via_fragments()
    {
        ValidationHarness.Errors<SingleFieldSubscriptionsRule>(
            "subscription S($no: Boolean!) { importantEmails @skip(if: $no) ... @include(if: true) { notImportantEmails } }").Should().Equal(
            "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection. @ 1:49, 1:68");
        ValidationHarness.Errors<SingleFieldSubscriptionsRule>(
            "subscription { ...F } fragment F on SubscriptionRoot { importantEmails @include(if: true) }").Should().Equal(
            "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection. @ 1:72");
    }
}
