using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Allows_distinct_input_fields()
    {
        ValidationHarness.ExpectValid<UniqueInputFieldNamesRule>("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) } }");
    }

    [Fact]
    public void Reports_duplicate_input_fields()
    {
        ValidationHarness.Errors<UniqueInputFieldNamesRule>("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }").Should().Equal(
            "There can be only one input field named \"requiredField\". @ 1:50, 1:71");
    }
}
