using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// CALL in its Neo4j 5 forms: <c>[OPTIONAL] CALL [(x, y) | (*) | ()] { … } [IN TRANSACTIONS …]</c> and
/// <c>OPTIONAL CALL proc(…)</c> (Cypher manual, "CALL subqueries", "CALL subqueries in transactions", "OPTIONAL CALL").
/// </summary>
internal sealed partial class Parser
{
    /// <summary>A CALL clause at the current token (<c>CALL</c>, or <c>OPTIONAL</c> when <paramref name="optional"/>).</summary>
    private Clause ParseCall(bool optional)
    {
        var start = Current;
        var callAt = optional ? 1 : 0;
        if (PeekToken(callAt + 1).Kind is TokenKind.LeftBrace or TokenKind.LeftParen)
        {
            return ParseSubqueryCall(optional);
        }

        if (optional)
        {
            ExpectKeyword("OPTIONAL");
        }

        var call = ParseProcedureCall();
        return optional ? call with { Optional = true, Span = SpanFrom(start) } : call;
    }

    private SubqueryCallClause ParseSubqueryCall(bool optional)
    {
        var start = Current;
        if (optional)
        {
            ExpectKeyword("OPTIONAL");
        }

        ExpectKeyword("CALL");
        var scope = Check(TokenKind.LeftParen) ? ParseSubqueryScope() : null;
        Expect(TokenKind.LeftBrace, "'{' opening the CALL subquery");
        var query = ParseNestedQuery();
        Expect(TokenKind.RightBrace, "'}' closing the CALL subquery");
        InTransactions? inTransactions = null;
        if (IsKeyword("IN") && (IsKeywordAt(1, "TRANSACTIONS") || IsKeywordAt(1, "CONCURRENT") || IsKeywordAt(2, "CONCURRENT")))
        {
            if (_depth != 1)
            {
                SyntaxErrors.ThrowNotAllowedHere(_source, Current.Span, "Nested CALL { ... } IN TRANSACTIONS is not supported");
            }

            inTransactions = ParseInTransactions();
        }

        return new SubqueryCallClause(query, SpanFrom(start), optional, scope, inTransactions);
    }

    /// <summary><c>(*)</c>, <c>()</c> or <c>(x, y, …)</c> before a subquery's braces.</summary>
    private SubqueryScope ParseSubqueryScope()
    {
        var start = Expect(TokenKind.LeftParen, "'('");
        if (Accept(TokenKind.Star))
        {
            Expect(TokenKind.RightParen, "')' after '*' in the CALL scope clause");
            return new SubqueryScope(true, [], SpanFrom(start));
        }

        var variables = ImmutableArray.CreateBuilder<string>();
        if (!Check(TokenKind.RightParen))
        {
            do
            {
                variables.Add(ExpectName("a variable name to import into the CALL subquery"));
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightParen, "',' or ')' in the CALL scope clause");
        return new SubqueryScope(false, variables.ToImmutable(), SpanFrom(start));
    }

    /// <summary>
    /// <c>IN [n] [CONCURRENT] TRANSACTIONS</c> followed, in any order and each at most once, by <c>OF size ROW[S]</c>,
    /// <c>ON ERROR CONTINUE|BREAK|FAIL</c> and <c>REPORT STATUS AS variable</c>.
    /// </summary>
    private InTransactions ParseInTransactions()
    {
        var start = ExpectKeyword("IN");
        var concurrent = false;
        if (!IsKeyword("TRANSACTIONS"))
        {
            if (!IsKeyword("CONCURRENT"))
            {
                // The number of concurrent batches: the embedded engine runs them one after another, so it is only read.
                ParseExpression();
            }

            ExpectKeyword("CONCURRENT");
            concurrent = true;
        }

        ExpectKeyword("TRANSACTIONS");
        Expression? batchSize = null;
        InTransactionsErrorMode? onError = null;
        string? status = null;
        while (true)
        {
            var option = Current;
            if (AcceptKeyword("OF"))
            {
                RefuseRepeated(batchSize is not null, option, "OF … ROWS");
                batchSize = ParseExpression();
                if (!AcceptKeyword("ROWS") && !AcceptKeyword("ROW"))
                {
                    Fail("ROWS after the batch size");
                }
            }
            else if (IsKeyword("ON") && IsKeywordAt(1, "ERROR"))
            {
                RefuseRepeated(onError is not null, option, "ON ERROR");
                Advance();
                Advance();
                onError = ParseOnErrorMode();
            }
            else if (AcceptKeyword("REPORT"))
            {
                RefuseRepeated(status is not null, option, "REPORT STATUS");
                ExpectKeyword("STATUS");
                ExpectKeyword("AS");
                status = ExpectName("a variable name after REPORT STATUS AS");
            }
            else
            {
                break;
            }
        }

        if (status is not null && onError is null or InTransactionsErrorMode.Fail)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                start.Span,
                "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK");
        }

        return new InTransactions(batchSize, onError ?? InTransactionsErrorMode.Fail, status, concurrent, SpanFrom(start));
    }

    private InTransactionsErrorMode ParseOnErrorMode()
    {
        if (AcceptKeyword("CONTINUE"))
        {
            return InTransactionsErrorMode.Continue;
        }

        if (AcceptKeyword("BREAK"))
        {
            return InTransactionsErrorMode.Break;
        }

        if (AcceptKeyword("FAIL"))
        {
            return InTransactionsErrorMode.Fail;
        }

        if (IsKeyword("RETRY"))
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, Current.Span, "ON ERROR RETRY is not supported by this engine; use ON ERROR CONTINUE, BREAK or FAIL");
        }

        Fail("CONTINUE, BREAK or FAIL after ON ERROR");
        return default;
    }

    private void RefuseRepeated(bool repeated, Token option, string what)
    {
        if (repeated)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, option.Span, $"{what} may only be given once for CALL {{ … }} IN TRANSACTIONS");
        }
    }
}
