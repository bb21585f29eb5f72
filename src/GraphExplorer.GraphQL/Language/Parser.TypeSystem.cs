namespace GraphExplorer.GraphQL.Language;

public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), Loc(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(true), Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    // ImplementsInterfaces :: implements &? NamedType (& NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true), Loc(start));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true), Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes(), Loc(start));
    }

    // UnionMemberTypes :: = |? NamedType (| NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition(), Loc(start));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.", token);
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(true), Loc(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFieldsDefinition(), Loc(start));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);

    // DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? Directives[Const]? repeatable? on DirectiveLocations
    // (the working draft's directives, e.g. @deprecated, sit where graphql-js 17 parses them: after the arguments)
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start)) { Directives = directives };
    }

    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer.Token;
        var name = ParseName();
        if (!DirectiveLocationNames.IsKnown(name.Value))
        {
            throw Unexpected(token);
        }

        return name;
    }

    // TypeSystemExtension :: SchemaExtension | TypeExtension
    private TypeSystemNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension() =>
        ParseComplexTypeExtension("type", (name, interfaces, directives, fields, location) => new ObjectTypeExtensionNode(name, interfaces, directives, fields, location));

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension() =>
        ParseComplexTypeExtension("interface", (name, interfaces, directives, fields, location) => new InterfaceTypeExtensionNode(name, interfaces, directives, fields, location));

    private UnionTypeExtensionNode ParseUnionTypeExtension() =>
        ParseMemberExtension("union", ParseUnionMemberTypes, (name, directives, types, location) => new UnionTypeExtensionNode(name, directives, types, location));

    private EnumTypeExtensionNode ParseEnumTypeExtension() =>
        ParseMemberExtension("enum", ParseEnumValuesDefinition, (name, directives, values, location) => new EnumTypeExtensionNode(name, directives, values, location));

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension() =>
        ParseMemberExtension("input", ParseInputFieldsDefinition, (name, directives, fields, location) => new InputObjectTypeExtensionNode(name, directives, fields, location));

    // extend (type|interface) Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? — at least one part.
    private TNode ParseComplexTypeExtension<TNode>(string keyword,
        Func<NameNode, IReadOnlyList<NamedTypeNode>, IReadOnlyList<DirectiveNode>, IReadOnlyList<FieldDefinitionNode>, Location, TNode> create)
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return create(name, interfaces, directives, fields, Loc(start));
    }

    // extend (union|enum|input) Name Directives[Const]? Members? — at least one part (members: union member types,
    // enum values or input fields).
    private TNode ParseMemberExtension<TMember, TNode>(string keyword, Func<IReadOnlyList<TMember>> parseMembers,
        Func<NameNode, IReadOnlyList<DirectiveNode>, IReadOnlyList<TMember>, Location, TNode> create)
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var directives = ParseDirectives(true);
        var members = parseMembers();
        if (directives.Count == 0 && members.Count == 0)
        {
            throw Unexpected();
        }

        return create(name, directives, members, Loc(start));
    }
}
