using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>WITH and RETURN: projection items (named by their source text), DISTINCT, *, ORDER BY, SKIP, LIMIT.</summary>
internal sealed partial class Parser
{
    private WithClause ParseWith()
    {
        var start = ExpectKeyword("WITH");
        var body = ParseProjectionBody("WITH");
        var where = ParseOptionalWhere();
        return new WithClause(body, where, SpanFrom(start));
    }

    private ReturnClause ParseReturn()
    {
        var start = ExpectKeyword("RETURN");
        var body = ParseProjectionBody("RETURN");
        return new ReturnClause(body, SpanFrom(start));
    }

    /// <summary><c>[DISTINCT] (* [, items] | items) [ORDER BY …] [SKIP n] [LIMIT n]</c>.</summary>
    private ProjectionBody ParseProjectionBody(string clause)
    {
        var start = Current;
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = ImmutableArray.CreateBuilder<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseProjectionItem());
            }
        }
        else
        {
            if (Check(TokenKind.EndOfInput) || Check(TokenKind.Semicolon))
            {
                Fail($"an expression or '*' after {clause}");
            }

            do
            {
                items.Add(ParseProjectionItem());
            }
            while (Accept(TokenKind.Comma));
        }

        var (orderBy, skip, limit) = ParseOrderSkipLimit();
        return new ProjectionBody(distinct, includeExisting, items.ToImmutable(), orderBy, skip, limit, SpanFrom(start));
    }

    /// <summary><c>[ORDER BY …] [SKIP|OFFSET n] [LIMIT n]</c>, after a projection or as standalone clauses.</summary>
    private (ImmutableArray<SortItem> OrderBy, Expression? Skip, Expression? Limit) ParseOrderSkipLimit()
    {
        var orderBy = ImmutableArray<SortItem>.Empty;
        if (IsKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            var sortItems = ImmutableArray.CreateBuilder<SortItem>();
            do
            {
                var itemStart = Current;
                var expression = ParseExpression();
                var descending = false;
                if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
                {
                    descending = true;
                }
                else if (!AcceptKeyword("ASC"))
                {
                    AcceptKeyword("ASCENDING");
                }

                sortItems.Add(new SortItem(expression, descending, SpanFrom(itemStart)));
            }
            while (Accept(TokenKind.Comma));

            orderBy = sortItems.ToImmutable();
        }

        Expression? skip = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }

        Expression? limit = null;
        if (AcceptKeyword("LIMIT"))
        {
            limit = ParseExpression();
        }

        return (orderBy, skip, limit);
    }

    private ProjectionItem ParseProjectionItem()
    {
        var start = Current;
        var expression = ParseExpression();
        var text = _source.Text[expression.Span.Start..expression.Span.End];
        string? alias = null;
        if (AcceptKeyword("AS"))
        {
            alias = ExpectName("a column name after AS");
        }

        return new ProjectionItem(expression, alias, text, SpanFrom(start));
    }
}
