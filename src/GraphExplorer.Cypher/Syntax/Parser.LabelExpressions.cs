using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Label expressions (Neo4j 5 Cypher manual, "Label expressions"): <c>:A|B</c>, <c>:A&amp;B</c>, <c>:!A</c>, <c>:%</c>,
/// parentheses, the colon conjunction <c>:A:B</c> and the <c>IS A</c> form; precedence from highest <c>!</c>,
/// <c>&amp;</c> (or <c>:</c>), <c>|</c>. Mixing <c>:</c> as a conjunction with the other symbols is refused as Neo4j
/// refuses it; <c>|:</c> (the older relationship type list <c>[:A|:B]</c>) is accepted.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// True while parsing the WHERE of a list or pattern comprehension, where '|' starts the projection: there a label
    /// disjunction or a type union must be written in parentheses, <c>[x IN list WHERE (x:A|B) | x.name]</c>.
    /// </summary>
    private bool _pipeStartsProjection;

    /// <summary>Which spellings a label expression used, to refuse mixing ':' with '|', '&amp;', '!' and '%'.</summary>
    private sealed class LabelSpelling
    {
        public bool Colon { get; set; }

        public bool Symbols { get; set; }
    }

    /// <summary><c>:labelExpression</c>, at the colon.</summary>
    private LabelExpression ParseLabelExpression()
    {
        var start = Expect(TokenKind.Colon, "':' and a label");
        return ParseLabelExpressionBody(start);
    }

    /// <summary>Whether <c>IS</c> here starts a label expression (<c>n IS A</c>) rather than IS NULL, IS :: and friends.</summary>
    private bool IsLabelExpressionAfterIs() =>
        IsKeyword("IS") && StartsLabelTerm(PeekToken())
        && !(PeekToken().Kind == TokenKind.Identifier
            && PeekToken().Text.ToUpperInvariant() is "NOT" or "NULL" or "TYPED" or "NORMALIZED" or "NFC" or "NFD" or "NFKC" or "NFKD");

    /// <summary><c>IS labelExpression</c>, at IS.</summary>
    private LabelExpression ParseLabelExpressionAfterIs()
    {
        var start = ExpectKeyword("IS");
        return ParseLabelExpressionBody(start);
    }

    /// <summary>A parse of <c>[x IN list WHERE predicate | …]</c>'s predicate, where '|' ends label expressions.</summary>
    private Expression ParseComprehensionWhere()
    {
        var saved = _pipeStartsProjection;
        _pipeStartsProjection = true;
        try
        {
            return ParseWhereExpression();
        }
        finally
        {
            _pipeStartsProjection = saved;
        }
    }

    private LabelExpression ParseLabelExpressionBody(Token start)
    {
        var spelling = new LabelSpelling();
        var expression = ParseLabelDisjunction(spelling);
        if (spelling.Colon && spelling.Symbols)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                SpanFrom(start),
                "Mixing label expression symbols ('|', '&', '!', and '%') with colon (':') is not allowed. Please only use one set of symbols.");
        }

        return expression;
    }

    private static bool StartsLabelTerm(Token token) =>
        token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.Percent or TokenKind.LeftParen or TokenKind.Exclamation
            or TokenKind.Dollar
        || (token.Kind == TokenKind.Parameter && token.Text.ToUpperInvariant() is "ANY" or "ALL");

    private LabelExpression ParseLabelDisjunction(LabelSpelling spelling)
    {
        var left = ParseLabelConjunction(spelling);
        while (Check(TokenKind.Pipe) && !_pipeStartsProjection
            && (StartsLabelTerm(PeekToken()) || (PeekToken().Kind == TokenKind.Colon && StartsLabelTerm(PeekToken(2)))))
        {
            Advance();
            Accept(TokenKind.Colon);
            spelling.Symbols = true;
            var right = ParseLabelConjunction(spelling);
            left = new LabelOr(left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private LabelExpression ParseLabelConjunction(LabelSpelling spelling)
    {
        var left = ParseLabelNegation(spelling);
        while ((Check(TokenKind.Ampersand) || Check(TokenKind.Colon)) && StartsLabelTerm(PeekToken()))
        {
            if (Advance().Kind == TokenKind.Colon)
            {
                spelling.Colon = true;
            }
            else
            {
                spelling.Symbols = true;
            }

            var right = ParseLabelNegation(spelling);
            left = new LabelAnd(left, right, Cover(left.Span, right.Span));
        }

        return left;
    }

    private LabelExpression ParseLabelNegation(LabelSpelling spelling)
    {
        if (Check(TokenKind.Exclamation))
        {
            var bang = Advance();
            spelling.Symbols = true;
            var operand = ParseLabelNegation(spelling);
            return new LabelNot(operand, Cover(bang.Span, operand.Span));
        }

        if (Check(TokenKind.Percent))
        {
            spelling.Symbols = true;
            return new AnyLabel(Advance().Span);
        }

        if (Check(TokenKind.LeftParen))
        {
            var open = Advance();

            // Inside parentheses '|' is a disjunction again, even in a comprehension's WHERE.
            var saved = _pipeStartsProjection;
            _pipeStartsProjection = false;
            var inner = ParseLabelDisjunction(spelling);
            _pipeStartsProjection = saved;
            Expect(TokenKind.RightParen, "')' closing the label expression");
            return inner with { Span = SpanFrom(open) };
        }

        if (IsDynamicReferenceStart())
        {
            return ParseDynamicLabel();
        }

        var name = Current;
        return new LabelName(ExpectName("a label name, '%', '!' or '(' in a label expression"), name.Span);
    }

    /// <summary>A label predicate on <paramref name="target"/>: a plain conjunction stays <see cref="HasLabels"/>.</summary>
    private Expression LabelPredicateOn(Expression target, LabelExpression labels) =>
        HoldsDynamicLabel(labels)
            ? throw SyntaxErrors.Create(_source, "UnsupportedFeature", "A dynamic label in a label predicate (n:$(…) outside a pattern) is not supported by this engine; write it in the node pattern, MATCH (n:$(…))", labels.Span)
            : labels.TryGetConjunction(out var names)
            ? new HasLabels(target, names, SpanFrom(target.Span))
            : new LabelPredicate(target, labels, SpanFrom(target.Span));
}
