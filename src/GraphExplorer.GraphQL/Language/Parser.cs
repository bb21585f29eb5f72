namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec §2 and §3), following graphql-js's structure and error
/// messages. Bounded by <see cref="ParserOptions"/>. Not thread-safe; the static entry points create one per call.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses an executable or type-system document.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document or exceeds the options' bounds.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        return parser.ParseDocument() with { Source = source };
    }

    /// <summary>Parses a single value literal (e.g. a default value), variables allowed unless <paramref name="isConst"/>.</summary>
    public static ValueNode ParseValue(string source, bool isConst = false, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // Document :: Definition+
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        return new DocumentNode(Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile), Loc(start));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- token helpers ----

    private Location Loc(Token start) => new(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private void Advance()
    {
        if (++_tokenCount > _options.MaxTokens && _lexer.Token.Kind != TokenKind.EndOfFile)
        {
            throw Error(_lexer.Token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }

        _lexer.Advance();
    }

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.", token);
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return;
        }

        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.", token);
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return true;
        }

        return false;
    }

    private GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return Error(token.Start, $"Unexpected {token.Describe()}.", token);
    }

    private GraphQLSyntaxException Error(int position, string description, Token? token = null)
    {
        return GraphQLErrors.Syntax(_lexer.Body, position, description, token?.Describe());
    }

    /// <summary>open Item+ close: at least one item.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item());
        }
        while (!ExpectOptional(close));
        return nodes;
    }

    /// <summary>(open Item+ close)?: empty when <paramref name="open"/> is absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        if (!Peek(open))
        {
            return [];
        }

        return Many(open, item, close);
    }

    /// <summary>open Item* close.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        while (!ExpectOptional(close))
        {
            nodes.Add(item());
        }

        return nodes;
    }

    /// <summary>delimiter? Item (delimiter Item)*.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptional(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item());
        }
        while (ExpectOptional(delimiter));
        return nodes;
    }

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_lexer.Token.Start, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, new Location(token.Start, token.End, token.Line, token.Column));
    }
}
