using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_fields_with_aliases_arguments_directives_and_locations()
    {
        var document = Parser.Parse("{\n  alias: node(id: 4, list: [1, \"a\"], obj: {x: $v}) @skip(if: false) { id }\n}");
        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Which;
        operation.Operation.Should().Be(OperationType.Query);
        var field = operation.SelectionSet.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>().Which;
        field.ResponseKey.Should().Be("alias");
        field.Name.Value.Should().Be("node");
        field.Location.Line.Should().Be(2);
        field.Location.Column.Should().Be(3);
        field.Arguments.Select(a => a.Name.Value).Should().Equal("id", "list", "obj");
        field.Arguments[0].Value.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("4");
        field.Arguments[2].Value.Should().BeOfType<ObjectValueNode>().Which.Fields[0].Value.Should().BeOfType<VariableNode>();
        field.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("skip");
        field.SelectionSet!.Selections.Should().ContainSingle();
    }

    [Fact]
    public void Node_locations_span_from_first_to_last_token()
    {
        const string source = "query Q { a }";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        source[operation.Location.Start..operation.Location.End].Should().Be(source);
        source[operation.SelectionSet.Location.Start..operation.SelectionSet.Location.End].Should().Be("{ a }");
    }

    [Fact]
    public void Parses_fragments_and_inline_fragments()
    {
        var document = Parser.Parse("{ ...F ... on T { a } ... @include(if: true) { b } } fragment F on T { c }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        selections[0].Should().BeOfType<FragmentSpreadNode>().Which.Name.Value.Should().Be("F");
        selections[1].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition!.Name.Value.Should().Be("T");
        selections[2].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition.Should().BeNull();
        document.Definitions[1].Should().BeOfType<FragmentDefinitionNode>().Which.TypeCondition.Name.Value.Should().Be("T");
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($a: [Int!]! = [1], $b: String @dir) { f }").Definitions[0];
        operation.VariableDefinitions[0].Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<ListTypeNode>();
        operation.VariableDefinitions[0].DefaultValue.Should().BeOfType<ListValueNode>();
        operation.VariableDefinitions[1].Directives.Should().ContainSingle();
    }

    [Fact]
    public void Parses_type_system_definitions_with_descriptions_and_interfaces_implementing_interfaces()
    {
        var document = Parser.Parse("""
            "Node doc"
            interface Node { id: ID! }
            interface Resource implements Node & Entity { id: ID! url: String }
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            """);
        var node = document.Definitions[0].Should().BeOfType<InterfaceTypeDefinitionNode>().Which;
        node.Description!.Value.Should().Be("Node doc");
        var resource = document.Definitions[1].Should().BeOfType<InterfaceTypeDefinitionNode>().Which;
        resource.Interfaces.Select(i => i.Name.Value).Should().Equal("Node", "Entity");
        var directive = document.Definitions[2].Should().BeOfType<DirectiveDefinitionNode>().Which;
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("OBJECT", "FIELD_DEFINITION");
    }

    [Fact]
    public void Parses_directives_applied_to_a_directive_definition_after_its_arguments()
    {
        var directive = Parser.Parse("directive @old(a: Int) @deprecated(reason: \"r\") repeatable on FIELD").Definitions[0]
            .Should().BeOfType<DirectiveDefinitionNode>().Which;
        directive.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("deprecated");
        directive.Repeatable.Should().BeTrue();
        Printer.Print(directive).Should().Be("directive @old(a: Int) @deprecated(reason: \"r\") repeatable on FIELD");
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("query Q($a) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ f(a: 1 b: ) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("query Q($a: Int = $b) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("type T { f: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var act = () => Parser.Parse(source);
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be(message);
        (error.Line, error.Column).Should().Be((line, column));
        error.Locations.Should().Equal(new SourceLocation(line, column));
    }

    [Fact]
    public void Syntax_error_names_the_offending_token_and_shows_a_caret()
    {
        var act = () => Parser.Parse("query {\n  a(x: 1\n}");
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be("Syntax Error: Expected Name, found \"}\".");
        error.Token.Should().Be("\"}\"");
        error.Excerpt.Should().Be("2 |   a(x: 1\n3 | }\n  | ^");
    }

    [Fact]
    public void Rejects_documents_with_more_tokens_than_allowed()
    {
        var source = "{ " + string.Join(" ", Enumerable.Repeat("a", 50)) + " }";
        var act = () => Parser.Parse(source, new ParserOptions { MaxTokens = 20 });
        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Document contains more than 20 tokens. Parsing aborted.");
        Parser.Parse(source, new ParserOptions { MaxTokens = 60 }).Definitions.Should().ContainSingle();
    }

    [Fact]
    public void Rejects_documents_nested_deeper_than_allowed()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 30)) + string.Concat(Enumerable.Repeat("}", 30));
        var act = () => Parser.Parse(source, new ParserOptions { MaxDepth = 10 });
        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Document nesting exceeds the maximum depth of 10. Parsing aborted.");
        Parser.Parse(source, new ParserOptions { MaxDepth = 30 }).Definitions.Should().ContainSingle();
    }

    [Fact]
    public void Deeply_nested_list_values_hit_the_depth_limit_instead_of_the_stack()
    {
        var source = "{ f(a: " + new string('[', 100_000) + new string(']', 100_000) + ") }";
        var act = () => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue });
        act.Should().Throw<GraphQLSyntaxException>().WithMessage("*maximum depth of 100*");
    }

    [Fact]
    public void Parses_block_string_descriptions_and_string_default_values()
    {
        var document = Parser.Parse("type Q {\n  \"\"\"\n    Multi\n    line\n  \"\"\"\n  f(a: String = \"x\"): String\n}");
        var field = ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields[0];
        field.Description!.Value.Should().Be("Multi\nline");
        field.Description.Block.Should().BeTrue();
        field.Arguments[0].DefaultValue.Should().BeOfType<StringValueNode>().Which.Value.Should().Be("x");
    }
}
