namespace GraphExplorer.GraphQL.Language;

public sealed partial class Parser
{
    // OperationDefinition :: SelectionSet | OperationType Name? VariableDefinitions? Directives? SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet(), Loc(start));
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), Loc(start));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    // VariableDefinition :: Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    // SelectionSet :: { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        LeaveNesting();
        return new SelectionSetNode(selections, Loc(start));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // Field :: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenL, isConst ? ParseConstArgument : ParseArgument, TokenKind.ParenR);

    private ArgumentNode ParseArgument() => ParseArgument(false);

    private ArgumentNode ParseConstArgument() => ParseArgument(true);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), Loc(start));
    }

    // FragmentSpread :: ... FragmentName Directives?   InlineFragment :: ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false), Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    // FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    // FragmentName :: Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Kind == TokenKind.Name && _lexer.Token.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = _lexer.Token;
            Advance();
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), Loc(start)));
        }

        return directives;
    }
}
