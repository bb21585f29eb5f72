using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Statements: queries with UNION, and which statement a text starts.</summary>
internal sealed partial class Parser
{
    private static readonly string[] IndexTypes = ["RANGE", "TEXT", "POINT", "LOOKUP", "FULLTEXT", "VECTOR", "BTREE"];

    private Statement ParseStatementBody()
    {
        SkipPreParserOptions();
        if (IsShowSettings())
        {
            return ParseShowSettings();
        }

        if (IsTransactionsCommand())
        {
            return ParseTransactionsCommand();
        }

        RefuseAdministrationCommand();
        if (IsKeyword("PROFILE"))
        {
            var start = Advance();
            var query = ParseQuery();
            return new ProfileStatement(query, SpanFrom(start));
        }

        if (IsKeyword("EXPLAIN"))
        {
            var start = Advance();
            var query = ParseQuery();
            return new ExplainStatement(query, SpanFrom(start));
        }

        if (IsKeyword("CREATE") && IsSchemaCreate())
        {
            return ParseCreateSchema();
        }

        if (IsKeyword("DROP"))
        {
            return ParseDropSchema();
        }

        if (IsKeyword("SHOW"))
        {
            return IsShowRoutines() ? ParseShowRoutines() : ParseShowSchema();
        }

        return ParseQuery();
    }

    /// <summary><c>single (UNION [ALL] single)*</c>; ends before ';', '}' or the end of input.</summary>
    private Query ParseQuery()
    {
        Enter();
        var query = ParseUnion();
        Leave();
        return query;
    }

    private Query ParseUnion()
    {
        var start = Current;
        var first = ParseSingleQuery();
        if (!IsKeyword("UNION"))
        {
            return first;
        }

        var queries = ImmutableArray.CreateBuilder<SingleQuery>();
        var all = ImmutableArray.CreateBuilder<bool>();
        queries.Add(first);
        while (AcceptKeyword("UNION"))
        {
            all.Add(AcceptKeyword("ALL"));
            if (!all[^1])
            {
                AcceptKeyword("DISTINCT");
            }

            queries.Add(ParseSingleQuery());
        }

        return new UnionQuery(queries.ToImmutable(), all.ToImmutable(), SpanFrom(start));
    }

    private SingleQuery ParseSingleQuery()
    {
        var start = Current;
        var clauses = ImmutableArray.CreateBuilder<Clause>();
        while (TryParseClause(out var clause))
        {
            clauses.Add(clause);
        }

        if (clauses.Count == 0)
        {
            Fail("a clause (MATCH, WITH, RETURN, CREATE, MERGE, UNWIND, CALL, …)");
        }

        // A CALL is standalone only when it is the whole statement, not the body of a subquery.
        if (clauses.Count == 1 && clauses[0] is CallClause call && _depth == 1)
        {
            clauses[0] = call with { Standalone = true };
        }
        else
        {
            foreach (var clause in clauses)
            {
                if (clause is CallClause { YieldAll: true } inQuery)
                {
                    SyntaxErrors.ThrowNotAllowedHere(
                        _source,
                        inQuery.Span,
                        "YIELD * is only allowed when CALL is the whole query; name the outputs: YIELD a, b");
                }
            }
        }

        if (!Check(TokenKind.EndOfInput) && !Check(TokenKind.Semicolon) && !Check(TokenKind.RightBrace) && !IsKeyword("UNION"))
        {
            Fail(ExpectedAfterStatement());
        }

        return new SingleQuery(clauses.ToImmutable(), SpanFrom(start));
    }
}
