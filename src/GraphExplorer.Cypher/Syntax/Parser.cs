using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The recursive-descent parser; this file holds token navigation and the entry points. The grammar is split by concern
/// into partial files: Statements and Schema; Clauses, Projections and Updates; Patterns; Expressions, Atoms, Literals,
/// Comprehensions and Subqueries.
/// Keywords are matched case-insensitively on identifier tokens, so a keyword may still be used as a name where no
/// keyword is expected (e.g. a property called <c>count</c> or a label called <c>Order</c>).
/// One parser per text; not thread-safe.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// How deeply expressions, patterns, subqueries and FOREACH may nest. Deeper input is rejected with a syntax error
    /// instead of exhausting the stack, which would take the whole process down.
    /// </summary>
    internal const int MaxNesting = 200;

    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    public Parser(SourceText source)
    {
        _source = source;
        _tokens = Lexer.Tokenize(source);
    }

    private Token Current => _tokens[_index];

    private Token Previous => _tokens[Math.Max(0, _index - 1)];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool Check(TokenKind kind) => Current.Kind == kind;

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            SyntaxErrors.ThrowUnexpectedToken(_source, Current, expected);
        }

        return Advance();
    }

    private bool IsKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool IsKeywordAt(int ahead, string keyword) => PeekToken(ahead).IsKeyword(keyword);

    private bool AcceptKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            SyntaxErrors.ThrowUnexpectedToken(_source, Current, keyword);
        }

        return Advance();
    }

    /// <summary>The span from <paramref name="start"/> to the end of the last consumed token.</summary>
    private SourceSpan SpanFrom(Token start) =>
        new(start.Start, Math.Max(start.End, Previous.End), start.Line, start.Column);

    private SourceSpan SpanFrom(SourceSpan start) =>
        new(start.Start, Math.Max(start.End, Previous.End), start.Line, start.Column);

    /// <summary>Enters one level of nesting; pair with <see cref="Leave"/> (on failure the parser is discarded).</summary>
    private void Enter()
    {
        if (++_depth > MaxNesting)
        {
            SyntaxErrors.ThrowTooDeeplyNested(_source, Current.Span, MaxNesting);
        }
    }

    private void Leave() => _depth--;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string expected) => SyntaxErrors.ThrowUnexpectedToken(_source, Current, expected);

    /// <summary>A name: an identifier (keywords included, since names may reuse them) or a backtick-quoted name.</summary>
    private bool IsName() => Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private string ExpectName(string what)
    {
        if (!IsName())
        {
            Fail(what);
        }

        return Advance().Text;
    }

    public CypherScript ParseScript()
    {
        var statements = ImmutableArray.CreateBuilder<Statement>();
        while (!Check(TokenKind.EndOfInput))
        {
            if (Accept(TokenKind.Semicolon))
            {
                continue;
            }

            statements.Add(ParseStatementBody());
            if (!Check(TokenKind.EndOfInput))
            {
                Expect(TokenKind.Semicolon, "';' or the end of the script");
            }
        }

        return new CypherScript(statements.ToImmutable(), _source.Span(0, _source.Text.Length));
    }

    public Statement ParseSingleStatement()
    {
        if (Check(TokenKind.EndOfInput))
        {
            Fail("a statement");
        }

        var statement = ParseStatementBody();
        Accept(TokenKind.Semicolon);
        if (!Check(TokenKind.EndOfInput))
        {
            Fail(
                Previous.Kind == TokenKind.Semicolon ? "the end of input (one statement only)"
                : statement is Query ? ExpectedAfterStatement()
                : "the end of the statement");
        }

        return statement;
    }

    public Expression ParseStandaloneExpression()
    {
        var expression = ParseExpression();
        if (!Check(TokenKind.EndOfInput))
        {
            Fail("an operator or the end of the expression");
        }

        return expression;
    }

    private static string ExpectedAfterStatement() =>
        "a clause (MATCH, WITH, RETURN, CREATE, MERGE, SET, DELETE, REMOVE, UNWIND, CALL, FOREACH), UNION, ';' or the end of input";
}
