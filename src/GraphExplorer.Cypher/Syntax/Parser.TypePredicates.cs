using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The predicates that start with IS or :: (Neo4j 5 Cypher manual, "Type predicate expressions" and "Predicates" →
/// string operators): <c>IS [NOT] NULL</c>, <c>IS [NOT] :: type</c>, <c>IS [NOT] TYPED type</c>, <c>:: type</c> and
/// <c>IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED</c>, and the types they name ("Values and types" → "Types and their
/// synonyms").
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> NormalForms = new(StringComparer.OrdinalIgnoreCase) { "NFC", "NFD", "NFKC", "NFKD" };

    /// <summary>At IS or '::' after <paramref name="operand"/>.</summary>
    private Expression ParseIsPredicate(Expression operand)
    {
        if (Accept(TokenKind.DoubleColon))
        {
            return new TypePredicate(operand, ParseValueType(), false, SpanFrom(operand.Span));
        }

        ExpectKeyword("IS");
        var negated = AcceptKeyword("NOT");
        if (AcceptKeyword("NULL"))
        {
            return new IsNull(operand, negated, SpanFrom(operand.Span));
        }

        if (Accept(TokenKind.DoubleColon) || AcceptKeyword("TYPED"))
        {
            return new TypePredicate(operand, ParseValueType(), negated, SpanFrom(operand.Span));
        }

        var form = "NFC";
        if (Current.Kind == TokenKind.Identifier && NormalForms.Contains(Current.Text))
        {
            form = Advance().Text.ToUpperInvariant();
        }

        if (!AcceptKeyword("NORMALIZED"))
        {
            Fail(negated ? "NULL, ::, TYPED or NORMALIZED after IS NOT" : "NULL, NOT, ::, TYPED, NORMALIZED or a label after IS");
        }

        return new NormalizedPredicate(operand, form, negated, SpanFrom(operand.Span));
    }

    /// <summary><c>part | part …</c>: one type, or a union of them.</summary>
    private ValueTypeSyntax ParseValueType()
    {
        var start = Current;
        var first = ParseValueTypePart();
        if (!Check(TokenKind.Pipe) || _pipeStartsProjection)
        {
            return first;
        }

        var members = ImmutableArray.CreateBuilder<ValueTypeSyntax>();
        members.Add(first);
        while (!_pipeStartsProjection && Accept(TokenKind.Pipe))
        {
            members.Add(ParseValueTypePart());
        }

        return new ValueTypeSyntax(ValueTypeKind.Union, false, null, members.ToImmutable(), SpanFrom(start));
    }

    /// <summary>A type name, its nullability, then any postfix <c>LIST</c> / <c>ARRAY</c> (<c>INTEGER NOT NULL LIST</c>).</summary>
    private ValueTypeSyntax ParseValueTypePart()
    {
        var start = Current;
        var type = ParseValueTypeName();
        type = type with { NotNull = ParseNotNull() };
        while (IsKeyword("LIST") || IsKeyword("ARRAY"))
        {
            Advance();
            type = new ValueTypeSyntax(ValueTypeKind.List, false, type, [], SpanFrom(start));
            type = type with { NotNull = ParseNotNull() };
        }

        return type;
    }

    /// <summary><c>NOT NULL</c> or its shorthand <c>!</c>.</summary>
    private bool ParseNotNull()
    {
        if (IsKeyword("NOT") && IsKeywordAt(1, "NULL"))
        {
            Advance();
            Advance();
            return true;
        }

        return Accept(TokenKind.Exclamation);
    }

    private ValueTypeSyntax ParseValueTypeName()
    {
        var start = Current;
        if (start.Kind != TokenKind.Identifier)
        {
            Fail("a type such as INTEGER, STRING or LIST<FLOAT>");
        }

        var word = Advance().Text.ToUpperInvariant();
        ValueTypeSyntax Simple(ValueTypeKind kind) => new(kind, false, null, [], SpanFrom(start));
        switch (word)
        {
            case "NOTHING": return Simple(ValueTypeKind.Nothing);
            case "NULL": return Simple(ValueTypeKind.Null);
            case "BOOL" or "BOOLEAN": return Simple(ValueTypeKind.Boolean);
            case "STRING" or "VARCHAR": return Simple(ValueTypeKind.String);
            case "INT" or "INTEGER": return Simple(ValueTypeKind.Integer);
            case "SIGNED":
                ExpectKeyword("INTEGER");
                return Simple(ValueTypeKind.Integer);
            case "FLOAT": return Simple(ValueTypeKind.Float);
            case "DATE": return Simple(ValueTypeKind.Date);
            case "DURATION": return Simple(ValueTypeKind.Duration);
            case "POINT": return Simple(ValueTypeKind.Point);
            case "NODE" or "VERTEX": return Simple(ValueTypeKind.Node);
            case "RELATIONSHIP" or "EDGE": return Simple(ValueTypeKind.Relationship);
            case "MAP": return Simple(ValueTypeKind.Map);
            case "PATH": return Simple(ValueTypeKind.Path);
            case "LOCAL" or "ZONED":
                {
                    var local = word == "LOCAL";
                    if (AcceptKeyword("TIME"))
                    {
                        return Simple(local ? ValueTypeKind.LocalTime : ValueTypeKind.ZonedTime);
                    }

                    ExpectKeyword("DATETIME");
                    return Simple(local ? ValueTypeKind.LocalDateTime : ValueTypeKind.ZonedDateTime);
                }

            case "TIME" or "TIMESTAMP":
                {
                    var zoned = ParseTimeZoneSuffix();
                    return word == "TIME"
                        ? Simple(zoned ? ValueTypeKind.ZonedTime : ValueTypeKind.LocalTime)
                        : Simple(zoned ? ValueTypeKind.ZonedDateTime : ValueTypeKind.LocalDateTime);
                }

            case "PROPERTY":
                ExpectKeyword("VALUE");
                return Simple(ValueTypeKind.PropertyValue);
            case "LIST" or "ARRAY":
                {
                    Expect(TokenKind.LessThan, $"'<' and the element type after {word}");
                    var element = ParseValueType();
                    Expect(TokenKind.GreaterThan, $"'>' closing {word}<…>");
                    return new ValueTypeSyntax(ValueTypeKind.List, false, element, [], SpanFrom(start));
                }

            case "ANY":
                return ParseAnyType(start);
            case "VECTOR":
                SyntaxErrors.ThrowUnsupported(_source, start.Span, "The VECTOR type");
                return null!;
            default:
                SyntaxErrors.ThrowUnexpectedToken(_source, start, "a type such as INTEGER, STRING or LIST<FLOAT>");
                return null!;
        }
    }

    /// <summary>After ANY: <c>ANY</c>, <c>ANY VALUE</c>, <c>ANY NODE</c>, <c>ANY PROPERTY VALUE</c>, <c>ANY&lt;A | B&gt;</c>, ….</summary>
    private ValueTypeSyntax ParseAnyType(Token start)
    {
        ValueTypeSyntax Simple(ValueTypeKind kind) => new(kind, false, null, [], SpanFrom(start));
        if (Accept(TokenKind.LessThan))
        {
            var inner = ParseValueType();
            Expect(TokenKind.GreaterThan, "'>' closing ANY<…>");
            return inner with { Span = SpanFrom(start) };
        }

        if (AcceptKeyword("VALUE"))
        {
            return Simple(ValueTypeKind.Any);
        }

        if (AcceptKeyword("NODE") || AcceptKeyword("VERTEX"))
        {
            return Simple(ValueTypeKind.Node);
        }

        if (AcceptKeyword("RELATIONSHIP") || AcceptKeyword("EDGE"))
        {
            return Simple(ValueTypeKind.Relationship);
        }

        if (AcceptKeyword("MAP"))
        {
            return Simple(ValueTypeKind.Map);
        }

        if (IsKeyword("PROPERTY") && IsKeywordAt(1, "VALUE"))
        {
            Advance();
            Advance();
            return Simple(ValueTypeKind.PropertyValue);
        }

        return Simple(ValueTypeKind.Any);
    }

    /// <summary><c>WITH TIME ZONE</c> / <c>WITHOUT TIMEZONE</c> and the like after TIME or TIMESTAMP: true when zoned.</summary>
    private bool ParseTimeZoneSuffix()
    {
        bool zoned;
        if (AcceptKeyword("WITH"))
        {
            zoned = true;
        }
        else
        {
            ExpectKeyword("WITHOUT");
            zoned = false;
        }

        if (!AcceptKeyword("TIMEZONE"))
        {
            ExpectKeyword("TIME");
            ExpectKeyword("ZONE");
        }

        return zoned;
    }
}
