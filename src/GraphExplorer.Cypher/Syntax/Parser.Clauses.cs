using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Clauses: reading, projecting, updating and calling.</summary>
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
                clause = ParseMatch(optional: true);
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
                clause = PeekToken().Kind == TokenKind.LeftBrace ? ParseSubqueryCall() : ParseProcedureCall();
                return true;
            case "FOREACH":
                clause = ParseForeach();
                return true;
            default:
                return false;
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

        return new ProjectionBody(distinct, includeExisting, items.ToImmutable(), orderBy, skip, limit, SpanFrom(start));
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

    private CreateClause ParseCreate()
    {
        var start = ExpectKeyword("CREATE");
        var pattern = ParsePattern(PatternContext.Create);
        return new CreateClause(pattern, SpanFrom(start));
    }

    private MergeClause ParseMerge()
    {
        var start = ExpectKeyword("MERGE");
        var part = ParsePatternPart(PatternContext.Merge);
        var actions = ImmutableArray.CreateBuilder<MergeAction>();
        while (IsKeyword("ON"))
        {
            var actionStart = Advance();
            bool onCreate;
            if (AcceptKeyword("CREATE"))
            {
                onCreate = true;
            }
            else if (AcceptKeyword("MATCH"))
            {
                onCreate = false;
            }
            else
            {
                Fail("CREATE or MATCH after ON");
                return null!;
            }

            ExpectKeyword("SET");
            var items = ParseSetItems();
            actions.Add(new MergeAction(onCreate, items, SpanFrom(actionStart)));
        }

        return new MergeClause(part, actions.ToImmutable(), SpanFrom(start));
    }

    private SetClause ParseSet()
    {
        var start = ExpectKeyword("SET");
        var items = ParseSetItems();
        return new SetClause(items, SpanFrom(start));
    }

    private ImmutableArray<SetItem> ParseSetItems()
    {
        var items = ImmutableArray.CreateBuilder<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (Accept(TokenKind.Comma));

        return items.ToImmutable();
    }

    /// <summary><c>n.key = v</c>, <c>(expr).key = v</c>, <c>n = map</c>, <c>n += map</c> or <c>n:Label…</c>.</summary>
    private SetItem ParseSetItem()
    {
        var start = Current;
        if (IsName() && PeekToken().Kind is TokenKind.Equal or TokenKind.PlusEqual)
        {
            var variable = Advance().Text;
            var merge = Advance().Kind == TokenKind.PlusEqual;
            var value = ParseExpression();
            return new SetPropertiesItem(variable, value, merge, SpanFrom(start));
        }

        if (IsName() && PeekToken().Kind == TokenKind.Colon)
        {
            var variable = Advance().Text;
            var labels = ParseLabels();
            return new SetLabelsItem(variable, labels, SpanFrom(start));
        }

        var target = ParsePostfixExpression();
        if (target is not PropertyAccess property)
        {
            SyntaxErrors.ThrowUnexpectedToken(_source, Current, "'.' and a property key, '=', '+=' or ':' in a SET item");
            return null!;
        }

        Expect(TokenKind.Equal, "'=' after the property to set");
        var assigned = ParseExpression();
        return new SetPropertyItem(property, assigned, SpanFrom(start));
    }

    private RemoveClause ParseRemove()
    {
        var start = ExpectKeyword("REMOVE");
        var items = ImmutableArray.CreateBuilder<RemoveItem>();
        do
        {
            var itemStart = Current;
            if (IsName() && PeekToken().Kind == TokenKind.Colon)
            {
                var variable = Advance().Text;
                var labels = ParseLabels();
                items.Add(new RemoveLabelsItem(variable, labels, SpanFrom(itemStart)));
                continue;
            }

            var target = ParsePostfixExpression();
            if (target is not PropertyAccess property)
            {
                SyntaxErrors.ThrowUnexpectedToken(_source, Current, "'.' and a property key or ':' and a label in a REMOVE item");
                return null!;
            }

            items.Add(new RemovePropertyItem(property, SpanFrom(itemStart)));
        }
        while (Accept(TokenKind.Comma));

        return new RemoveClause(items.ToImmutable(), SpanFrom(start));
    }

    private DeleteClause ParseDelete()
    {
        var start = Current;
        var detach = AcceptKeyword("DETACH");
        if (!detach)
        {
            AcceptKeyword("NODETACH");
        }

        ExpectKeyword("DELETE");
        var expressions = ImmutableArray.CreateBuilder<Expression>();
        do
        {
            expressions.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));

        return new DeleteClause(detach, expressions.ToImmutable(), SpanFrom(start));
    }

    /// <summary><c>CALL ns.name[(args)] [YIELD * | YIELD item, … [WHERE predicate]]</c>.</summary>
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
                var items = ImmutableArray.CreateBuilder<YieldItem>();
                do
                {
                    var itemStart = Current;
                    var field = ExpectName("a procedure output name after YIELD");
                    var alias = AcceptKeyword("AS") ? ExpectName("a variable name after AS") : null;
                    items.Add(new YieldItem(field, alias, SpanFrom(itemStart)));
                }
                while (Accept(TokenKind.Comma));

                yield = items.ToImmutable();
                where = ParseOptionalWhere();
            }
        }

        return new CallClause(name, arguments, yield, yieldAll, where, Standalone: false, SpanFrom(start));
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

    private SubqueryCallClause ParseSubqueryCall()
    {
        var start = ExpectKeyword("CALL");
        Expect(TokenKind.LeftBrace, "'{' after CALL");
        var query = ParseNestedQuery();
        Expect(TokenKind.RightBrace, "'}' closing the CALL subquery");
        if (IsKeyword("IN") && IsKeywordAt(1, "TRANSACTIONS"))
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                Current.Span,
                "CALL { … } IN TRANSACTIONS is not supported: this database commits each statement as one transaction");
        }

        return new SubqueryCallClause(query, SpanFrom(start));
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
        while (TryParseClause(out var clause))
        {
            body.Add(clause);
        }

        if (body.Count == 0)
        {
            Fail("an updating clause (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH) in the FOREACH body");
        }

        Expect(TokenKind.RightParen, "')' closing FOREACH");
        return new ForeachClause(variable, list, body.ToImmutable(), SpanFrom(start));
    }
}
