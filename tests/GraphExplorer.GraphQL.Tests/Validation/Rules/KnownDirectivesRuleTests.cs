using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Allows_known_directives_in_valid_locations()
    {
        ValidationHarness.ExpectValid<KnownDirectivesRule>("query Q($v: Int @onVariableDefinition) @onQuery { dog @include(if: true) { name @onField } ...F } fragment F on Dog @onFragmentDefinition { name }");
    }

    [Fact]
    public void Reports_unknown_and_misplaced_directives()
    {
        ValidationHarness.Errors<KnownDirectivesRule>("query Q @onField { dog @unknown { name @onQuery } }").Should().Equal(
            "Directive \"@onField\" may not be used on QUERY. @ 1:9",
            "Unknown directive \"@unknown\". @ 1:24",
            "Directive \"@onQuery\" may not be used on FIELD. @ 1:40");
    }
}
