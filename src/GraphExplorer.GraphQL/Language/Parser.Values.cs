namespace GraphExplorer.GraphQL.Language;

public sealed partial class Parser
{
    // Value[Const] (spec §2.9); variables are rejected in constant positions.
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
            {
                EnterNesting();
                var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
                LeaveNesting();
                return new ListValueNode(values, Loc(token));
            }

            case TokenKind.BraceL:
            {
                EnterNesting();
                var fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR);
                LeaveNesting();
                return new ObjectValueNode(fields, Loc(token));
            }

            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!, Loc(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!, Loc(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(token.Value!, Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Peek(TokenKind.Name))
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.", token);
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst), Loc(start));
    }

    // Type :: NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName(), Loc(start));
    }
}
