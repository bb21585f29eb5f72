using System.Collections.Immutable;
using System.Globalization;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Graph patterns: parts, chains, node and relationship patterns, variable lengths; Neo4j 5's quantifiers and WHERE
/// inside patterns are in Parser.QuantifiedPatterns.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Where a pattern stands, which decides whether a parameter may give its properties.</summary>
    private enum PatternContext
    {
        Match,
        Create,
        Merge,
        Expression,
    }

    private Pattern ParsePattern(PatternContext context)
    {
        var start = Current;
        var parts = ImmutableArray.CreateBuilder<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart(context));
        }
        while (Accept(TokenKind.Comma));

        return new Pattern(parts.ToImmutable(), SpanFrom(start));
    }

    /// <summary><c>[p =] element</c> or <c>[p =] shortestPath(element)</c> / <c>allShortestPaths(element)</c>.</summary>
    private PatternPart ParsePatternPart(PatternContext context)
    {
        var start = Current;
        string? variable = null;
        if (IsName() && PeekToken().Kind == TokenKind.Equal)
        {
            variable = Advance().Text;
            Advance();
        }

        var selector = PathSelector.All;
        if (IsPathSelectorAhead())
        {
            (selector, var count) = ParsePathSelector();
            return new PatternPart(variable, ParsePatternElement(context), selector, SpanFrom(start)) { PathCount = count, SelectorWritten = true };
        }

        if (Current.Kind == TokenKind.Identifier && PeekToken().Kind == TokenKind.LeftParen)
        {
            if (Current.IsKeyword("shortestPath"))
            {
                selector = PathSelector.ShortestPath;
            }
            else if (Current.IsKeyword("allShortestPaths"))
            {
                selector = PathSelector.AllShortestPaths;
            }
        }

        PatternElement element;
        if (selector != PathSelector.All)
        {
            Advance();
            Expect(TokenKind.LeftParen, "'('");
            element = ParsePatternElement(context);
            Expect(TokenKind.RightParen, "')' closing the shortest path pattern");
        }
        else
        {
            element = ParsePatternElement(context);
        }

        return new PatternPart(variable, element, selector, SpanFrom(start));
    }

    /// <summary>A node followed by relationship steps; <c>((a)--(b))</c> parenthesised chains are accepted.</summary>
    private PatternElement ParsePatternElement(PatternContext context)
    {
        if (Check(TokenKind.LeftParen) && PeekToken().Kind == TokenKind.LeftParen && !IsQuantifiedPathAhead())
        {
            Advance();
            Enter();
            var inner = ParsePatternElement(context);
            Leave();
            Expect(TokenKind.RightParen, "')' closing the parenthesised pattern");
            return inner;
        }

        var start = Current;
        var startImplicit = IsQuantifiedPathAhead();
        var endImplicit = false;
        var node = startImplicit ? ImplicitNode() : ParseNodePattern(context);
        var steps = ImmutableArray.CreateBuilder<PatternStep>();
        while (true)
        {
            var stepStart = Current;
            RelationshipPattern relationship;
            if (IsRelationshipStart())
            {
                relationship = ParseRelationshipPattern(context);
            }
            else if (IsQuantifiedPathAhead())
            {
                relationship = ParseQuantifiedPathPattern(context);
            }
            else
            {
                break;
            }

            // After a quantified path pattern the next node may be left out (Neo4j fills in an anonymous one).
            endImplicit = relationship.Quantified is not null && (!Check(TokenKind.LeftParen) || IsQuantifiedPathAhead());
            var next = endImplicit ? ImplicitNode() : ParseNodePattern(context);
            steps.Add(new PatternStep(relationship, next, SpanFrom(stepStart)));
        }

        CheckNotEmptyPath(startImplicit, endImplicit, steps);
        return new PatternElement(node, steps.ToImmutable(), SpanFrom(start));
    }

    private bool IsRelationshipStart() =>
        Current.Kind == TokenKind.Minus || (Current.Kind == TokenKind.LessThan && PeekToken().Kind == TokenKind.Minus);

    private NodePattern ParseNodePattern(PatternContext context)
    {
        var start = Expect(TokenKind.LeftParen, "'(' starting a node pattern");
        string? variable = null;
        if (IsName())
        {
            variable = Advance().Text;
        }

        var (labels, labelExpression, dynamicLabels) = ParseNodeLabels(context);
        var properties = ParsePatternProperties(context);
        var where = ParseInlineWhere(context);
        Expect(TokenKind.RightParen, properties is null && where is null ? "a label, a property map, WHERE or ')' in a node pattern" : "')' closing the node pattern");
        return new NodePattern(variable, labels, properties, SpanFrom(start), where, labelExpression) { DynamicLabels = dynamicLabels };
    }

    /// <summary><c>:A:B</c>; a label may be any name, keywords included.</summary>
    private ImmutableArray<string> ParseLabels()
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        Expect(TokenKind.Colon, "':' and a label");
        do
        {
            labels.Add(ExpectName("a label name after ':'"));
        }
        while (Accept(TokenKind.Colon));

        return labels.ToImmutable();
    }

    private Expression? ParsePatternProperties(PatternContext context)
    {
        if (Check(TokenKind.LeftBrace))
        {
            return ParseMapLiteral();
        }

        if (Check(TokenKind.Parameter))
        {
            // Only CREATE may take a whole property map from a parameter; matching needs each key spelled out.
            var token = Advance();
            if (context != PatternContext.Create)
            {
                SyntaxErrors.ThrowInvalidParameterUse(
                    _source,
                    token.Span,
                    context switch
                    {
                        PatternContext.Match => "MATCH",
                        PatternContext.Merge => "MERGE",
                        _ => "expression",
                    });
            }

            return new Parameter(token.Text, token.Span);
        }

        return null;
    }

    /// <summary><c>&lt;-[…]-</c>, <c>-[…]-&gt;</c>, <c>-[…]-</c>, <c>&lt;-[…]-&gt;</c> and the bracketless forms.</summary>
    private RelationshipPattern ParseRelationshipPattern(PatternContext context)
    {
        var start = Current;
        var left = Accept(TokenKind.LessThan);
        Expect(TokenKind.Minus, "'-' in a relationship pattern");
        string? variable = null;
        var types = ImmutableArray<string>.Empty;
        VariableLength? length = null;
        Expression? properties = null;
        Expression? where = null;
        LabelExpression? typeExpression = null;
        var dynamicTypes = ImmutableArray<DynamicLabel>.Empty;
        if (Accept(TokenKind.LeftBracket))
        {
            if (IsName())
            {
                variable = Advance().Text;
            }

            if (Check(TokenKind.Colon))
            {
                (types, typeExpression, dynamicTypes) = ParseRelationshipTypeExpression(context);
            }

            if (Check(TokenKind.Star))
            {
                length = ParseVariableLength();
            }
            else if (Check(TokenKind.DotDot) || Check(TokenKind.Integer))
            {
                SyntaxErrors.ThrowInvalidRelationshipPattern(_source, Current.Span, "a length range must start with '*', e.g. [*1..3]");
            }

            properties = ParsePatternProperties(context);
            where = ParseInlineWhere(context);
            Expect(TokenKind.RightBracket, "':', '*', a property map, WHERE or ']' in a relationship pattern");
        }

        Expect(TokenKind.Minus, "'-' closing the relationship pattern");
        var right = Accept(TokenKind.GreaterThan);
        var direction = (left, right) switch
        {
            (true, false) => RelationshipDirection.Incoming,
            (false, true) => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Both,
        };
        if (TryParseQuantifier(context) is { } quantifier)
        {
            if (length is not null)
            {
                ThrowUnsupportedPattern(quantifier.Span, "A relationship pattern cannot have both a variable length (*) and a quantifier; write -[:R]->{1,3} or -[:R*1..3]->");
            }

            length = quantifier;
        }

        return new RelationshipPattern(variable, types, direction, length, properties, SpanFrom(start), where, TypeExpression: typeExpression) { DynamicTypes = dynamicTypes };
    }

    /// <summary><c>*</c>, <c>*n</c>, <c>*n..</c>, <c>*..m</c>, <c>*n..m</c>.</summary>
    private VariableLength ParseVariableLength()
    {
        var start = Expect(TokenKind.Star, "'*'");
        int? min = null;
        int? max = null;
        if (Check(TokenKind.Integer))
        {
            min = ParseLengthBound();
            if (Accept(TokenKind.DotDot))
            {
                max = Check(TokenKind.Integer) ? ParseLengthBound() : null;
            }
            else
            {
                max = min;
            }
        }
        else if (Accept(TokenKind.DotDot))
        {
            max = Check(TokenKind.Integer) ? ParseLengthBound() : null;
        }
        else if (Check(TokenKind.Minus) || Check(TokenKind.Float) || Check(TokenKind.Parameter))
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(
                _source,
                Current.Span,
                "a variable length takes non-negative integer literals, e.g. *2, *1..3, *..3 or *2..");
        }

        return new VariableLength(min, max, SpanFrom(start));
    }

    private int ParseLengthBound()
    {
        var token = Advance();
        if (!int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            SyntaxErrors.ThrowInvalidRelationshipPattern(
                _source,
                token.Span,
                $"'{token.Text}' is not a valid path length (a decimal integer up to {int.MaxValue} is expected)");
        }

        return value;
    }
}
