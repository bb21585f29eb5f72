using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Dynamic labels <c>:$(expression)</c> (Neo4j 5.24; Cypher manual 5, "SET" › "Dynamically setting a label", "REMOVE" ›
/// "Dynamically removing a label"). SET and REMOVE take them; in patterns (MATCH, CREATE, MERGE, with <c>$any</c> and
/// <c>$all</c>; Neo4j 5.26) they may stand where a label or type name stands in a conjunction: <c>(n:A:$(x))</c>,
/// <c>(n:$any($labels))</c>, <c>-[r:$($type)]-&gt;</c>. Inside '|' or '!' they are refused as not supported by this engine.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>At <c>$(</c>, <c>$any(</c> or <c>$all(</c>.</summary>
    private bool IsDynamicReferenceStart() =>
        Check(TokenKind.Dollar)
        || (Check(TokenKind.Parameter) && Current.Text.ToUpperInvariant() is "ANY" or "ALL"
            && PeekToken().Kind == TokenKind.LeftParen && PeekToken().Start == Current.End);

    /// <summary><c>$(e)</c>, <c>$all(e)</c> or <c>$any(e)</c>, at its '$'.</summary>
    private DynamicLabel ParseDynamicLabel()
    {
        var start = Current;
        var matchesAny = false;
        if (!Accept(TokenKind.Dollar))
        {
            matchesAny = Advance().Text.Equals("ANY", StringComparison.OrdinalIgnoreCase);
        }

        Expect(TokenKind.LeftParen, "'(' after '$' in a dynamic label");
        var value = ParseExpression();
        Expect(TokenKind.RightParen, "')' closing the dynamic label");
        return new DynamicLabel(value, matchesAny, SpanFrom(start));
    }

    private static bool HoldsDynamicLabel(LabelExpression expression) => expression switch
    {
        DynamicLabel => true,
        LabelNot not => HoldsDynamicLabel(not.Operand),
        LabelAnd and => HoldsDynamicLabel(and.Left) || HoldsDynamicLabel(and.Right),
        LabelOr or => HoldsDynamicLabel(or.Left) || HoldsDynamicLabel(or.Right),
        _ => false,
    };

    /// <summary>
    /// Takes the dynamic labels out of a node's label expression: they may be conjuncts (<c>:A:$(x)</c>,
    /// <c>:$(x)&amp;B</c>); what is left is the static expression, or null when only dynamic labels were written.
    /// </summary>
    private (LabelExpression? Static, ImmutableArray<DynamicLabel> Dynamic) SplitDynamicLabels(LabelExpression expression, PatternContext context)
    {
        if (!HoldsDynamicLabel(expression))
        {
            return (expression, []);
        }

        var dynamic = ImmutableArray.CreateBuilder<DynamicLabel>();
        var rest = Split(expression);
        foreach (var label in dynamic)
        {
            if (label.MatchesAny && context is PatternContext.Create or PatternContext.Merge)
            {
                SyntaxErrors.ThrowNotAllowedHere(_source, label.Span, "CREATE and MERGE set every dynamic label they are given: write $(…) or $all(…); $any(…) may only be used to match");
            }
        }

        return (rest, dynamic.ToImmutable());

        LabelExpression? Split(LabelExpression part)
        {
            switch (part)
            {
                case DynamicLabel label:
                    dynamic.Add(label);
                    return null;
                case LabelAnd and:
                    var left = Split(and.Left);
                    var right = Split(and.Right);
                    return left is null ? right : right is null ? left : and with { Left = left, Right = right };
                default:
                    if (HoldsDynamicLabel(part))
                    {
                        SyntaxErrors.ThrowUnsupported(_source, part.Span, "A dynamic label inside '|' or '!' (write dynamic labels as conjuncts, :A:$(x), or use $any(…))");
                    }

                    return part;
            }
        }
    }

    /// <summary>
    /// <c>:A:$(expression):B</c> after the variable of a SET or REMOVE item: the static labels and the expressions of the
    /// dynamic ones, which may be chained with <c>:</c> like static ones.
    /// </summary>
    private (ImmutableArray<string> Labels, ImmutableArray<Expression> Dynamic) ParseUpdateLabels()
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        var dynamic = ImmutableArray.CreateBuilder<Expression>();
        Expect(TokenKind.Colon, "':' and a label");
        do
        {
            if (Accept(TokenKind.Dollar))
            {
                Expect(TokenKind.LeftParen, "'(' after '$' in a dynamic label");
                dynamic.Add(ParseExpression());
                Expect(TokenKind.RightParen, "')' closing the dynamic label");
            }
            else
            {
                labels.Add(ExpectName("a label name or $(expression) after ':'"));
            }
        }
        while (Accept(TokenKind.Colon));

        return (labels.ToImmutable(), dynamic.ToImmutable());
    }
}
