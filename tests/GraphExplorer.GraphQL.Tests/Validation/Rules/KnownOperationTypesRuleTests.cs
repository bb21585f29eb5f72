using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class KnownOperationTypesRuleTests
{
    [Fact]
    public void Allows_supported_operations()
    {
        ValidationHarness.ExpectValid<KnownOperationTypesRule>("query { dog { name } } subscription S { importantEmails }");
    }

    [Fact]
    public void Rejects_operations_without_root_type()
    {
        ValidationHarness.Errors<KnownOperationTypesRule>("mutation { dog { name } }").Should().Equal(
            "The mutation operation is not supported by the schema. @ 1:1");
    }
}
