using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Clause dispatch and the reading and calling clauses: MATCH, UNWIND, CALL (procedures and subqueries), FOREACH.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses the clause that starts at the current token, or returns false when none does.</summary>
    private bool TryParseClause(out Clause clause)
    {
        var token = Current;
        clause = null!;
        if (token.Kind != TokenKind.Identifier)
        {
            return false;
        }

        switch (token.Text.ToUpperInvariant())
        {
            case "MATCH":
                clause = ParseMatch(optional: false);
                return true;
            case "OPTIONAL":
                clause = IsKeywordAt(1, "CALL") ? ParseCall(optional: true) : ParseMatch(optional: true);
                return true;
            case "UNWIND":
                clause = ParseUnwind();
                return true;
            case "WITH":
                clause = ParseWith();
                return true;
            case "RETURN":
                clause = ParseReturn();
                return true;
            case "CREATE":
                clause = ParseCreate();
                return true;
            case "MERGE":
                clause = ParseMerge();
                return true;
            case "SET":
                clause = ParseSet();
                return true;
            case "REMOVE":
                clause = ParseRemove();
                return true;
            case "DELETE":
            case "DETACH":
                clause = ParseDelete();
                return true;
            case "CALL":
                clause = ParseCall(optional: false);
                return true;
            case "FOREACH":
                clause = ParseForeach();
                return true;
            default:
                return TryParseNeo4j5Clause(out clause);
        }
    }

    private MatchClause ParseMatch(bool optional)
    {
        var start = Current;
        if (optional)
        {
            ExpectKeyword("OPTIONAL");
        }

        ExpectKeyword("MATCH");
        ParseMatchMode();
        var pattern = ParsePattern(PatternContext.Match);
        var where = ParseOptionalWhere();
        return new MatchClause(optional, pattern, where, SpanFrom(start));
    }

    private Expression? ParseOptionalWhere() => AcceptKeyword("WHERE") ? ParseWhereExpression() : null;

    /// <summary>A predicate in WHERE, where pattern expressions are allowed as existence tests.</summary>
    private Expression ParseWhereExpression()
    {
        var saved = _patternPredicatesAllowed;
        _patternPredicatesAllowed = true;
        try
        {
            return ParseExpression();
        }
        finally
        {
            _patternPredicatesAllowed = saved;
        }
    }

    private UnwindClause ParseUnwind()
    {
        var start = ExpectKeyword("UNWIND");
        var expression = ParseExpression();
        ExpectKeyword("AS");
        var variable = ExpectName("a variable name after AS");
        return new UnwindClause(expression, variable, SpanFrom(start));
    }

    private CallClause ParseProcedureCall()
    {
        var start = ExpectKeyword("CALL");
        var name = ParseQualifiedName("a procedure name after CALL");
        ImmutableArray<Expression>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            var builder = ImmutableArray.CreateBuilder<Expression>();
            if (!Check(TokenKind.RightParen))
            {
                do
                {
                    builder.Add(ParseExpression());
                }
                while (Accept(TokenKind.Comma));
            }

            Expect(TokenKind.RightParen, "',' or ')' after a procedure argument");
            arguments = builder.ToImmutable();
        }

        ImmutableArray<YieldItem>? yield = null;
        var yieldAll = false;
        Expression? where = null;
        if (AcceptKeyword("YIELD"))
        {
            if (Accept(TokenKind.Star))
            {
                yieldAll = true;
            }
            else
            {
                yield = ParseYieldItems("a procedure output name after YIELD");
                where = ParseOptionalWhere();
            }
        }

        return new CallClause(name, arguments, yield, yieldAll, where, Standalone: false, SpanFrom(start));
    }

    /// <summary><c>field [AS variable], …</c> after YIELD.</summary>
    private ImmutableArray<YieldItem> ParseYieldItems(string what)
    {
        var items = ImmutableArray.CreateBuilder<YieldItem>();
        do
        {
            var itemStart = Current;
            var field = ExpectName(what);
            var alias = AcceptKeyword("AS") ? ExpectName("a variable name after AS") : null;
            items.Add(new YieldItem(field, alias, SpanFrom(itemStart)));
        }
        while (Accept(TokenKind.Comma));

        return items.ToImmutable();
    }

    /// <summary><c>name(.name)*</c> for procedures and functions; keeps the written case.</summary>
    private string ParseQualifiedName(string what)
    {
        var name = ExpectName(what);
        while (Check(TokenKind.Dot) && PeekToken().Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            Advance();
            name += "." + Advance().Text;
        }

        return name;
    }

    /// <summary>A query inside braces; pattern-predicate permission does not leak into it.</summary>
    private Query ParseNestedQuery()
    {
        var saved = _patternPredicatesAllowed;
        _patternPredicatesAllowed = false;
        try
        {
            return ParseQuery();
        }
        finally
        {
            _patternPredicatesAllowed = saved;
        }
    }

    /// <summary><c>FOREACH (variable IN list | updating clause …)</c>.</summary>
    private ForeachClause ParseForeach()
    {
        var start = ExpectKeyword("FOREACH");
        Expect(TokenKind.LeftParen, "'(' after FOREACH");
        var variable = ExpectName("a variable name");
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, "'|' before the FOREACH body");
        var body = ImmutableArray.CreateBuilder<Clause>();
        Enter();
        while (TryParseClause(out var clause))
        {
            if (clause is not (CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause))
            {
                SyntaxErrors.ThrowNotAllowedHere(
                    _source,
                    clause.Span,
                    "Only updating clauses (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH) may appear in a FOREACH body");
            }

            body.Add(clause);
        }

        Leave();

        if (body.Count == 0)
        {
            Fail("an updating clause (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH) in the FOREACH body");
        }

        Expect(TokenKind.RightParen, "')' closing FOREACH");
        return new ForeachClause(variable, list, body.ToImmutable(), SpanFrom(start));
    }
}
