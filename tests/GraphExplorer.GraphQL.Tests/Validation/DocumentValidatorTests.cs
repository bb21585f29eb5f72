using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_passes_every_specified_rule()
    {
        const string query = """
            query Q($id: ID, $cmd: DogCommand = SIT) @onQuery {
              human(id: $id) { name pets { ...PetFields } }
              dog { doesKnowCommand(dogCommand: $cmd) ... on Dog @include(if: true) { barks } }
              catOrDog { __typename ... on Cat { meows } ... on Dog { barks } }
              complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: ["a"]}) oneOfArgField(oneOfArg: {intField: 1}) }
            }
            fragment PetFields on Pet { name ... on Dog { barkVolume } }
            """;
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query)).Should().BeEmpty();
    }

    [Fact]
    public void Errors_carry_stable_codes_and_locations()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { unknown } }"));
        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be(GraphQLErrors.ValidationCodes.FieldsOnCorrectType);
        error.Locations.Should().Equal(new SourceLocation(1, 9));
    }

    [Fact]
    public void The_introspection_query_of_graphql_js_is_valid()
    {
        var errors = DocumentValidator.Validate(TestSupport.CompatSchema.Build(), Parser.Parse(IntrospectionQueryText.Full));
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Reports_errors_of_many_rules_at_once()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("query Q($unused: Int) { dog { name(surname: \"x\") } ...Missing }"));
        errors.Select(e => e.Code).Should().BeEquivalentTo(
            GraphQLErrors.ValidationCodes.KnownFragmentNames,
            GraphQLErrors.ValidationCodes.NoUnusedVariables,
            GraphQLErrors.ValidationCodes.ValuesOfCorrectType);
    }
}
