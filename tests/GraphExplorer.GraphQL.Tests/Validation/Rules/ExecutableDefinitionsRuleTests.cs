using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Allows_only_operations_and_fragments()
    {
        ValidationHarness.ExpectValid<ExecutableDefinitionsRule>("query Foo { dog { name } } fragment Frag on Dog { name }");
    }

    [Fact]
    public void Rejects_type_definitions()
    {
        ValidationHarness.Errors<ExecutableDefinitionsRule>("query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String } schema { query: QueryRoot }").Should().Equal(
            "The \"Cow\" definition is not executable. @ 1:28",
            "The \"Dog\" definition is not executable. @ 1:54",
            "The schema definition is not executable. @ 1:88");
    }
}
