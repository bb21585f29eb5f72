using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax;

namespace GraphExplorer.Cypher.Tests.Semantics;

public sealed class StaticTypesTests
{
    private static CypherType? TypeOf(string expression, Scope? scope = null) =>
        StaticTypes.Of(CypherParser.ParseExpression(expression), scope ?? Scope.Empty);

    [Theory]
    [InlineData("true", "Boolean")]
    [InlineData("1", "Integer")]
    [InlineData("1.5", "Float")]
    [InlineData("'a'", "String")]
    [InlineData("[1, 'a']", "List")]
    [InlineData("[x IN [1] | x]", "List")]
    [InlineData("{a: 1}", "Map")]
    public void Literals_have_their_type(string expression, string expected) =>
        TypeOf(expression).Should().Be(Enum.Parse<CypherType>(expected));

    [Fact]
    public void What_depends_on_data_has_no_static_type()
    {
        TypeOf("null").Should().BeNull();
        TypeOf("1 + 2").Should().BeNull();
        TypeOf("$p").Should().BeNull();
    }

    [Fact]
    public void A_variable_has_the_type_its_binding_gives_it()
    {
        var scope = Scope.Empty
            .With(new VariableInfo("n", 0, VariableKind.Node))
            .With(new VariableInfo("r", 1, VariableKind.RelationshipList))
            .With(new VariableInfo("i", 2, VariableKind.Value, CypherType.Integer))
            .With(new VariableInfo("x", 3, VariableKind.Any));
        TypeOf("n", scope).Should().Be(CypherType.Node);
        TypeOf("r", scope).Should().Be(CypherType.List);
        TypeOf("i", scope).Should().Be(CypherType.Integer);
        TypeOf("x", scope).Should().BeNull();
    }

    [Fact]
    public void A_list_literal_has_an_element_type_only_when_all_items_share_it()
    {
        StaticTypes.ElementTypeOf(CypherParser.ParseExpression("['a', 'b']"), Scope.Empty).Should().Be(CypherType.String);
        StaticTypes.ElementTypeOf(CypherParser.ParseExpression("[1, 'b']"), Scope.Empty).Should().BeNull();
        StaticTypes.ElementTypeOf(CypherParser.ParseExpression("[]"), Scope.Empty).Should().BeNull();
    }

    [Fact]
    public void Operand_checks_leave_unknown_types_to_run_time()
    {
        StaticTypes.MayBeNumber(null).Should().BeTrue();
        StaticTypes.MayBeNumber(CypherType.String).Should().BeFalse();
        StaticTypes.MayBeAdded(CypherType.Map, CypherType.List).Should().BeTrue("a map joins a list");
        StaticTypes.MayBeAdded(CypherType.Map, null).Should().BeTrue();
        StaticTypes.MayBeAdded(CypherType.Node, CypherType.Integer).Should().BeFalse();
        StaticTypes.MayBeAdded(CypherType.String, CypherType.Integer).Should().BeTrue("string concatenation");
    }

    [Theory]
    [InlineData("labels", "Relationship", true)]
    [InlineData("labels", "Node", false)]
    [InlineData("TYPE", "Node", true)]
    [InlineData("size", "Path", true)]
    [InlineData("size", "String", false)]
    [InlineData("toUpper", "Node", false)]
    public void One_argument_functions_refuse_what_they_cannot_take(string function, string argument, bool refused) =>
        StaticTypes.FunctionRefuses(function, Enum.Parse<CypherType>(argument)).Should().Be(refused);
}
