using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Allows_known_field_and_directive_arguments()
    {
        ValidationHarness.ExpectValid<KnownArgumentNamesRule>("{ dog { doesKnowCommand(dogCommand: SIT) name @include(if: true) } }");
    }

    [Fact]
    public void Reports_unknown_arguments_with_suggestions()
    {
        ValidationHarness.Errors<KnownArgumentNamesRule>("{ dog { doesKnowCommand(DogCommand: SIT) name @skip(iff: true) } }").Should().Equal(
            "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25",
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:53");
    }

    [Fact]
    public void Ignores_arguments_of_unknown_directives()
    {
        ValidationHarness.ExpectValid<KnownArgumentNamesRule>("{ dog { name @unknown(arg: 1) } }");
    }
}
