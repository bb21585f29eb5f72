using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Neo4j 5 pattern syntax (Cypher manual, "Patterns"): quantified relationships <c>-[:R]-&gt;{1,3}</c>, <c>+</c>,
/// <c>*</c>; quantified path patterns <c>((a)-[:R]-&gt;(b)-[:S]-&gt;(c) WHERE …){1,3}</c>; WHERE inside node and relationship
/// patterns <c>(n:A WHERE n.x &gt; 1)</c>; and label expressions in them (<c>(n:A|B)</c>, <c>(n:!A)</c>, <c>(n:%)</c>,
/// <c>-[r:!R]-&gt;</c>; Cypher manual, "Label expressions").
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// True when the '(' at the current token opens a quantified path pattern: it holds a pattern and a quantifier
    /// (<c>{</c>, <c>+</c> or <c>*</c>) follows its closing ')'.
    /// </summary>
    private bool IsQuantifiedPathAhead()
    {
        if (!Check(TokenKind.LeftParen) || PeekToken().Kind != TokenKind.LeftParen)
        {
            return false;
        }

        var after = SkipBalanced(_index);
        if (after < 0)
        {
            return false;
        }

        var next = _tokens[after];
        return next.Kind is TokenKind.Plus or TokenKind.Star
            || (next.Kind == TokenKind.LeftBrace && _tokens[after + 1].Kind is TokenKind.Integer or TokenKind.Comma);
    }

    /// <summary>An anonymous node where Neo4j lets a pattern leave one out (next to a quantified path pattern).</summary>
    private NodePattern ImplicitNode() => new(null, [], null, Current.Span);

    /// <summary>
    /// <c>(chain [WHERE predicate]) quantifier</c>: a path repeated (Cypher manual, "Patterns", "Variable-length
    /// patterns"; "Syntax and semantics", "Variable length paths", rules). It is kept as the relationship of a pattern
    /// step that names nothing and carries the quantifier, with the repeated chain in <see cref="RelationshipPattern.Quantified"/>.
    /// </summary>
    private RelationshipPattern ParseQuantifiedPathPattern(PatternContext context)
    {
        var start = Expect(TokenKind.LeftParen, "'(' opening the quantified path pattern");
        if (context is not (PatternContext.Match or PatternContext.Expression))
        {
            ThrowUnsupportedPattern(start.Span, "A quantified path pattern is only allowed in MATCH and in pattern expressions, not in CREATE or MERGE");
        }

        Enter();
        var inner = ParsePatternElement(context);
        if (inner.Steps.IsEmpty)
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(_source, inner.Span, "a quantified path pattern must contain at least one relationship; a single node pattern cannot be quantified");
        }

        foreach (var step in inner.Steps)
        {
            if (step.Relationship.Length is not null)
            {
                SyntaxErrors.ThrowInvalidRelationshipPattern(
                    _source,
                    step.Relationship.Span,
                    "quantified path patterns cannot be nested: a quantified path pattern cannot hold a quantified relationship, a variable-length relationship or another quantified path pattern");
            }
        }

        Expression? where = null;
        if (IsKeyword("WHERE"))
        {
            Advance();
            where = ParseWhereExpression();
        }

        Leave();
        Expect(TokenKind.RightParen, where is null ? "a relationship pattern, WHERE or ')' closing the quantified path pattern" : "')' closing the quantified path pattern");
        var quantifier = TryParseQuantifier(context) ?? throw SyntaxErrors.Create(_source, SyntaxErrors.UnexpectedSyntax, "Expected a quantifier ({m,n}, + or *) after the quantified path pattern", Current.Span);
        var span = SpanFrom(start);
        return new RelationshipPattern(null, [], RelationshipDirection.Outgoing, quantifier, null, span, Quantified: new QuantifiedPath(inner, where, span));
    }

    /// <summary>
    /// A path pattern must match at least one element: one that is only a quantified path pattern whose lower bound is 0,
    /// <c>((n)-[r]-&gt;(m)){0,10}</c>, is refused (Cypher manual, "Syntax and semantics", "Path patterns", rules).
    /// </summary>
    private void CheckNotEmptyPath(bool startImplicit, bool endImplicit, System.Collections.Immutable.ImmutableArray<PatternStep>.Builder steps)
    {
        if (startImplicit && endImplicit && steps.Count == 1 && steps[0].Relationship is { Quantified: not null, Length.Min: 0 } quantified)
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(
                _source,
                quantified.Span,
                "a path pattern must have a minimum length above zero; give the quantified path pattern a lower bound of at least 1, or write the nodes around it");
        }
    }

    /// <summary><c>{m,n}</c>, <c>{m,}</c>, <c>{,n}</c>, <c>{n}</c>, <c>+</c> (1 or more), <c>*</c> (0 or more); null when none follows.</summary>
    private VariableLength? TryParseQuantifier(PatternContext context)
    {
        var start = Current;
        var isQuantifier = Check(TokenKind.Plus) || Check(TokenKind.Star)
            || (Check(TokenKind.LeftBrace) && PeekToken().Kind is TokenKind.Integer or TokenKind.Comma);
        if (!isQuantifier)
        {
            return null;
        }

        if (context is not (PatternContext.Match or PatternContext.Expression))
        {
            ThrowUnsupportedPattern(start.Span, "A quantified relationship is only allowed in MATCH and in pattern expressions, not in CREATE or MERGE");
        }

        if (Accept(TokenKind.Plus))
        {
            return new VariableLength(1, null, SpanFrom(start));
        }

        if (Accept(TokenKind.Star))
        {
            return new VariableLength(0, null, SpanFrom(start));
        }

        Expect(TokenKind.LeftBrace, "'{'");
        int? min = null;
        int? max;
        if (Check(TokenKind.Integer))
        {
            min = ParseLengthBound();
            max = Accept(TokenKind.Comma) ? (Check(TokenKind.Integer) ? ParseLengthBound() : null) : min;
        }
        else
        {
            Expect(TokenKind.Comma, "a lower bound or ',' in the quantifier");
            max = Check(TokenKind.Integer) ? ParseLengthBound() : null;
        }

        Expect(TokenKind.RightBrace, "'}' closing the quantifier");
        if (max is { } upper && upper < (min ?? 0))
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(_source, start.Span, $"the quantifier's lower bound {min} is greater than its upper bound {upper}");
        }

        if (max == 0)
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(_source, start.Span, "a quantifier's upper bound must be at least 1");
        }

        return new VariableLength(min ?? 0, max, SpanFrom(start));
    }

    /// <summary>
    /// A node's labels: a plain conjunction (<c>:A:B</c>, <c>:A&amp;B</c>, <c>IS A</c>) as required labels, any other label
    /// expression as a condition, which only matching patterns may have (CREATE and MERGE set labels, so they take a
    /// conjunction only, as in Neo4j).
    /// </summary>
    private (System.Collections.Immutable.ImmutableArray<string> Labels, LabelExpression? Expression, System.Collections.Immutable.ImmutableArray<DynamicLabel> Dynamic) ParseNodeLabels(PatternContext context)
    {
        LabelExpression written;
        if (Check(TokenKind.Colon))
        {
            written = ParseLabelExpression();
        }
        else if (IsLabelExpressionAfterIs())
        {
            written = ParseLabelExpressionAfterIs();
        }
        else
        {
            return ([], null, []);
        }

        var (expression, dynamic) = SplitDynamicLabels(written, context);
        if (expression is null)
        {
            return ([], null, dynamic);
        }

        if (expression.TryGetConjunction(out var names))
        {
            return (names, null, dynamic);
        }

        RefuseInUpdatingPattern(context, expression.Span, "labels");
        return ([], expression, dynamic);
    }

    /// <summary>A relationship's types: a plain disjunction <c>:A|B</c> as alternatives, any other type expression as a condition.</summary>
    private (System.Collections.Immutable.ImmutableArray<string> Types, LabelExpression? Expression, System.Collections.Immutable.ImmutableArray<DynamicLabel> Dynamic) ParseRelationshipTypeExpression(PatternContext context)
    {
        var expression = ParseLabelExpression();
        if (expression is DynamicLabel dynamic)
        {
            if (dynamic.MatchesAny && context is PatternContext.Create or PatternContext.Merge)
            {
                SyntaxErrors.ThrowNotAllowedHere(_source, dynamic.Span, "CREATE and MERGE give a relationship exactly one type: write its dynamic type as $(…); $any(…) may only be used to match");
            }

            return ([], null, [dynamic]);
        }

        if (HoldsDynamicLabel(expression))
        {
            SyntaxErrors.ThrowUnsupported(_source, expression.Span, "A dynamic relationship type combined with other types (write it alone, -[r:$(x)]->, or use $any(…))");
        }

        var names = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
        if (CollectDisjunction(expression, names))
        {
            return (names.ToImmutable(), null, []);
        }

        RefuseInUpdatingPattern(context, expression.Span, "a relationship type");
        return ([], expression, []);

        static bool CollectDisjunction(LabelExpression expression, System.Collections.Immutable.ImmutableArray<string>.Builder into)
        {
            switch (expression)
            {
                case LabelName name:
                    into.Add(name.Name);
                    return true;
                case LabelOr or:
                    return CollectDisjunction(or.Left, into) && CollectDisjunction(or.Right, into);
                default:
                    return false;
            }
        }
    }

    private void RefuseInUpdatingPattern(PatternContext context, SourceSpan span, string what)
    {
        if (context is PatternContext.Create or PatternContext.Merge)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                span,
                $"CREATE and MERGE set {what}: write it as :A or :A&B; '|', '!' and '%' may only be used to match");
        }
    }

    /// <summary><c>WHERE predicate</c> inside a node or relationship pattern of MATCH or a pattern expression.</summary>
    private Expression? ParseInlineWhere(PatternContext context)
    {
        if (!IsKeyword("WHERE"))
        {
            return null;
        }

        if (context is not (PatternContext.Match or PatternContext.Expression))
        {
            ThrowUnsupportedPattern(Current.Span, "WHERE is not allowed inside a pattern of CREATE or MERGE");
        }

        Advance();
        return ParseWhereExpression();
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowUnsupportedPattern(SourceSpan span, string message) =>
        throw SyntaxErrors.Create(_source, message.Contains("not supported by this engine", StringComparison.Ordinal) ? "UnsupportedFeature" : SyntaxErrors.UnexpectedSyntax, message, span);
}
