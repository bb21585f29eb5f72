using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: 2) } }")]
    [InlineData("{ complicatedArgs { floatArgField(floatArg: 1) } }")]
    [InlineData("{ complicatedArgs { idArgField(idArg: 1) } }")]
    [InlineData("{ complicatedArgs { idArgField(idArg: \"someIdString\") } }")]
    [InlineData("{ complicatedArgs { enumArgField(enumArg: NO_FUR) } }")]
    [InlineData("{ complicatedArgs { intArgField(intArg: null) } }")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: [\"one\", null, \"two\"]) } }")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: \"one\") } }")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4 }) } }")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\" }) } }")]
    [InlineData("query Q($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }")]
    [InlineData("query Q($i: Int = 3, $c: ComplexInput = {requiredField: true}) { dog { name } }")]
    public void Accepts_values_of_the_expected_type(string query)
    {
        ValidationHarness.ExpectValid<ValuesOfCorrectTypeRule>(query);
    }

    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: \"3\") } }", "Int cannot represent non-integer value: \"3\" @ 1:41")]
    [InlineData("{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }", "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938 @ 1:41")]
    [InlineData("{ complicatedArgs { stringArgField(stringArg: 1) } }", "String cannot represent a non string value: 1 @ 1:47")]
    [InlineData("{ complicatedArgs { booleanArgField(booleanArg: \"true\") } }", "Boolean cannot represent a non boolean value: \"true\" @ 1:49")]
    [InlineData("{ complicatedArgs { idArgField(idArg: 1.0) } }", "ID cannot represent a non-string and non-integer value: 1.0 @ 1:39")]
    [InlineData("{ complicatedArgs { enumArgField(enumArg: \"NO_FUR\") } }", "Enum \"FurColor\" cannot represent non-enum value: \"NO_FUR\". Did you mean the enum value \"NO_FUR\"? @ 1:43")]
    [InlineData("{ complicatedArgs { enumArgField(enumArg: no_fur) } }", "Value \"no_fur\" does not exist in \"FurColor\" enum. Did you mean the enum value \"NO_FUR\"? @ 1:43")]
    [InlineData("{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }", "Expected value of non-null type \"Int!\" not to be null. @ 1:55")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }", "String cannot represent a non string value: 2 @ 1:63")]
    [InlineData("{ complicatedArgs { intArgField(intArg: [1]) } }", "Int cannot represent non-integer value: [1] @ 1:41")]
    [InlineData("{ complicatedArgs { intArgField(intArg: {a: 1}) } }", "Int cannot represent non-integer value: { a: 1 } @ 1:41")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }", "Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }. @ 1:49")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }", "Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\" }. @ 1:72")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, strinField: \"value\" }) } }", "Expected value of type \"ComplexInput\" not to include unknown field \"strinField\". Did you mean \"stringField\", \"intField\", or \"stringListField\"? Found: { requiredField: true, strinField: \"value\" }. @ 1:72")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"a\", intField: 1 }) } }", "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. @ 1:45")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }", "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null. @ 1:45")]
    [InlineData("query Q($i: Int = \"one\") { dog { name } }", "Int cannot represent non-integer value: \"one\" @ 1:19")]
    [InlineData("{ dog { name @include(if: 1) } }", "Boolean cannot represent a non boolean value: 1 @ 1:27")]
    public void Rejects_values_of_the_wrong_type(string query, string error)
    {
        ValidationHarness.Errors<ValuesOfCorrectTypeRule>(query).Should().Equal(error);
    }
}
