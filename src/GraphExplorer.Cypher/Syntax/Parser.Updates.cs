using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Updating clauses: CREATE, MERGE (with ON CREATE / ON MATCH), SET, REMOVE, DELETE.</summary>
internal sealed partial class Parser
{
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
            var (labels, dynamic) = ParseUpdateLabels();
            return new SetLabelsItem(variable, labels, SpanFrom(start)) { DynamicLabels = dynamic };
        }

        var target = ParsePostfixExpression();
        if (target is Subscript subscript)
        {
            Expect(TokenKind.Equal, "'=' after the property to set");
            var value = ParseExpression();
            return new SetDynamicPropertyItem(subscript.Target, subscript.Index, value, SpanFrom(start));
        }

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
                var (labels, dynamic) = ParseUpdateLabels();
                items.Add(new RemoveLabelsItem(variable, labels, SpanFrom(itemStart)) { DynamicLabels = dynamic });
                continue;
            }

            var target = ParsePostfixExpression();
            if (target is Subscript subscript)
            {
                items.Add(new RemoveDynamicPropertyItem(subscript.Target, subscript.Index, SpanFrom(itemStart)));
                continue;
            }

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
}
