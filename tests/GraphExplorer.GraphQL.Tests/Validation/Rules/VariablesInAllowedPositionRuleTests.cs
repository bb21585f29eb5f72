using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Allows_compatible_and_defaulted_variables()
    {
        ValidationHarness.ExpectValid<VariablesInAllowedPositionRule>("query Q($a: Int!, $b: Int = 1, $c: [String!], $d: Boolean) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) n2: nonNullIntArgField(nonNullIntArg: $b) stringListArgField(stringListArg: $c) } dog { isHouseTrained(atOtherHomes: $d) } }");
    }

    [Fact]
    public void Reports_nullable_variables_in_non_null_positions()
    {
        ValidationHarness.Errors<VariablesInAllowedPositionRule>("query Q($a: Int, $b: [String], $c: String) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) stringListNonNullArgField(stringListNonNullArg: $b) } dog @withArgs(req: $a) { name } }").Should().Equal(
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:98",
            "Variable \"$b\" of type \"[String]\" used in position expecting type \"[String!]\". @ 1:18, 1:150",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:175");
    }
}
