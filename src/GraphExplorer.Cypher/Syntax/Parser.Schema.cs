using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Schema commands in Neo4j 5 syntax: <c>CREATE [RANGE|TEXT|POINT] INDEX</c>, <c>DROP INDEX</c>,
/// <c>CREATE CONSTRAINT … FOR … REQUIRE …</c> (the Neo4j 4 <c>ON … ASSERT …</c> form is refused, as Neo4j 5 does), <c>DROP CONSTRAINT</c>,
/// <c>SHOW INDEXES</c> and <c>SHOW CONSTRAINTS</c>.
/// </summary>
internal sealed partial class Parser
{
    private bool IsSchemaCreate()
    {
        var next = PeekToken();
        if (next.IsKeyword("INDEX") || next.IsKeyword("CONSTRAINT"))
        {
            return true;
        }

        return next.Kind == TokenKind.Identifier && IsKeywordAt(2, "INDEX")
            && Array.Exists(IndexTypes, t => next.IsKeyword(t));
    }

    private Statement ParseCreateSchema()
    {
        var start = ExpectKeyword("CREATE");
        if (IsKeyword("FULLTEXT"))
        {
            return ParseCreateFullTextIndex(start);
        }

        return IsKeyword("CONSTRAINT") ? ParseCreateConstraint(start) : ParseCreateIndex(start);
    }

    private CreateIndexStatement ParseCreateIndex(Token start)
    {
        var indexType = "RANGE";
        if (!IsKeyword("INDEX"))
        {
            var typeToken = Advance();
            indexType = typeToken.Text.ToUpperInvariant();
            if (indexType is not ("RANGE" or "TEXT" or "POINT" or "BTREE"))
            {
                SyntaxErrors.ThrowNotAllowedHere(
                    _source,
                    typeToken.Span,
                    $"{indexType} indexes are not supported: use CREATE [RANGE|TEXT|POINT] INDEX");
            }

            if (indexType == "BTREE")
            {
                indexType = "RANGE";
            }
        }

        ExpectKeyword("INDEX");
        var name = ParseSchemaName();
        var ifNotExists = ParseIfNotExists();
        if (IsKeyword("ON") && PeekToken().Kind == TokenKind.Colon)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                Current.Span,
                "Invalid create index syntax, use `CREATE INDEX FOR ...` instead: CREATE INDEX [name] FOR (n:Label) ON (n.property) (CREATE INDEX ON :Label(property) was removed in Neo4j 5)");
        }

        ExpectKeyword("FOR");
        var (entity, variable, labelOrType) = ParseSchemaTarget();
        ExpectKeyword("ON");
        Expect(TokenKind.LeftParen, "'(' before the indexed properties");
        var properties = ImmutableArray.CreateBuilder<string>();
        do
        {
            properties.Add(ParseSchemaProperty(variable));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RightParen, "',' or ')' after an indexed property");
        RejectOptions();
        return new CreateIndexStatement(name, ifNotExists, entity, variable, labelOrType, properties.ToImmutable(), indexType, SpanFrom(start));
    }

    /// <summary>
    /// The type of a property type constraint: one the manual allows ("Constraints" → "Property type constraints"), a
    /// storable scalar or a <c>LIST&lt;T NOT NULL&gt;</c> of one, or a union of them.
    /// </summary>
    private ValueTypeSyntax ParsePropertyConstraintType()
    {
        var start = Current;
        var type = ParseValueType();
        var members = type.Kind == ValueTypeKind.Union ? type.Members : [type];
        foreach (var member in members)
        {
            var allowed = !member.NotNull && member.Kind == ValueTypeKind.List
                ? member.Element is { NotNull: true, Kind: var element } && IsStorableScalar(element)
                : !member.NotNull && IsStorableScalar(member.Kind);
            if (!allowed)
            {
                SyntaxErrors.ThrowNotAllowedHere(
                    _source,
                    SpanFrom(start),
                    "A property type constraint takes BOOLEAN, STRING, INTEGER, FLOAT, DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, "
                    + "ZONED DATETIME, DURATION, POINT, a LIST<… NOT NULL> of one of them, or a union of those");
            }
        }

        return type;
    }

    private static bool IsStorableScalar(ValueTypeKind kind) =>
        kind is >= ValueTypeKind.Boolean and <= ValueTypeKind.Point;

    private CreateConstraintStatement ParseCreateConstraint(Token start)
    {
        ExpectKeyword("CONSTRAINT");
        var name = ParseSchemaName();
        var ifNotExists = ParseIfNotExists();
        if (IsKeyword("ON"))
        {
            // Neo4j 5 removed the Neo4j 4 form; refusing it here keeps a script that passes from failing on Neo4j.
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                Current.Span,
                "Invalid constraint syntax, ON and ASSERT should not be used. Replace ON with FOR and ASSERT with REQUIRE.");
        }

        ExpectKeyword("FOR");
        var (entity, variable, labelOrType) = ParseSchemaTarget();
        if (IsKeyword("ASSERT"))
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                Current.Span,
                "Invalid constraint syntax, ON and ASSERT should not be used. Replace ON with FOR and ASSERT with REQUIRE.");
        }

        ExpectKeyword("REQUIRE");

        var properties = ImmutableArray.CreateBuilder<string>();
        if (Accept(TokenKind.LeftParen))
        {
            do
            {
                properties.Add(ParseSchemaProperty(variable));
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightParen, "',' or ')' after a constrained property");
        }
        else
        {
            properties.Add(ParseSchemaProperty(variable));
        }

        ExpectKeyword("IS");
        ConstraintKind kind;
        if (AcceptKeyword("UNIQUE"))
        {
            kind = ConstraintKind.Unique;
        }
        else if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            kind = ConstraintKind.NotNull;
        }
        else if (IsKeyword("NODE") || IsKeyword("RELATIONSHIP") || IsKeyword("REL"))
        {
            Advance();
            ExpectKeyword("KEY");
            kind = ConstraintKind.NodeKey;
        }
        else if (IsKeyword("KEY"))
        {
            Advance();
            kind = ConstraintKind.NodeKey;
        }
        else if (Accept(TokenKind.DoubleColon) || AcceptKeyword("TYPED"))
        {
            var type = ParsePropertyConstraintType();
            RejectOptions();
            return new CreateConstraintStatement(
                name, ifNotExists, entity, variable, labelOrType, properties.ToImmutable(), ConstraintKind.PropertyType, SpanFrom(start), type);
        }
        else
        {
            Fail("UNIQUE, NOT NULL, NODE KEY or :: and a type");
            return null!;
        }

        RejectOptions();
        return new CreateConstraintStatement(name, ifNotExists, entity, variable, labelOrType, properties.ToImmutable(), kind, SpanFrom(start));
    }

    /// <summary>The optional name before IF NOT EXISTS / FOR / ON.</summary>
    private string? ParseSchemaName()
    {
        if (!IsName() || IsKeyword("FOR") || IsKeyword("ON") || (IsKeyword("IF") && IsKeywordAt(1, "NOT")))
        {
            return null;
        }

        return Advance().Text;
    }

    private bool ParseIfNotExists()
    {
        if (!IsKeyword("IF"))
        {
            return false;
        }

        Advance();
        ExpectKeyword("NOT");
        ExpectKeyword("EXISTS");
        return true;
    }

    private bool ParseIfExists()
    {
        if (!AcceptKeyword("IF"))
        {
            return false;
        }

        ExpectKeyword("EXISTS");
        return true;
    }

    /// <summary><c>(n:Label)</c> or <c>()-[r:TYPE]-()</c> (any direction).</summary>
    private (SchemaEntity Entity, string Variable, string LabelOrType) ParseSchemaTarget()
    {
        var (entity, variable, labelsOrTypes) = ParseSchemaTargetWithAlternatives();
        if (labelsOrTypes.Length > 1)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, Previous.Span,
                "only FULLTEXT indexes take several labels or types (A|B); this index or constraint takes one");
        }

        return (entity, variable, labelsOrTypes[0]);
    }

    /// <summary><c>n.key</c>, where n must be the pattern's variable.</summary>
    private string ParseSchemaProperty(string variable)
    {
        var owner = Current;
        var name = ExpectName($"{variable}.property");
        if (name != variable)
        {
            SyntaxErrors.ThrowNotAllowedHere(
                _source,
                owner.Span,
                $"'{name}' is not defined here: properties must be written as {variable}.property");
        }

        Expect(TokenKind.Dot, "'.' and a property key");
        return ExpectName("a property key");
    }

    private void RejectOptions()
    {
        if (IsKeyword("OPTIONS"))
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, Current.Span, "OPTIONS is not supported by this database");
        }
    }

    private Statement ParseDropSchema()
    {
        var start = ExpectKeyword("DROP");
        var constraint = IsKeyword("CONSTRAINT");
        if (!constraint && !IsKeyword("INDEX"))
        {
            Fail("INDEX or CONSTRAINT after DROP");
        }

        Advance();
        var name = ExpectName(constraint ? "the name of the constraint to drop" : "the name of the index to drop");
        var ifExists = ParseIfExists();
        return constraint
            ? new DropConstraintStatement(name, ifExists, SpanFrom(start))
            : new DropIndexStatement(name, ifExists, SpanFrom(start));
    }

    private Statement ParseShowSchema()
    {
        var start = ExpectKeyword("SHOW");
        // The noun comes after at most three words of type filter (SHOW RELATIONSHIP PROPERTY EXISTENCE CONSTRAINTS).
        var constraints = Enumerable.Range(0, 4).Select(ahead => PeekToken(ahead)).Where(IsShowTarget).Select(IsConstraintsTarget).FirstOrDefault();
        var indexType = constraints ? null : ParseIndexTypeFilter();
        var constraintTypes = constraints ? ParseConstraintTypeFilter() : [];
        if (!IsShowTarget(Current))
        {
            Fail("INDEXES or CONSTRAINTS after SHOW");
        }

        constraints = IsConstraintsTarget(Advance());
        var projection = ParseShowProjection(constraints ? "SHOW CONSTRAINTS YIELD name RETURN name" : "SHOW INDEXES YIELD name RETURN name");
        return new ShowSchemaStatement(constraints, SpanFrom(start))
        {
            IndexType = indexType,
            ConstraintTypes = constraintTypes,
            Projection = projection,
        };
    }

    private static bool IsConstraintsTarget(Token token) => token.IsKeyword("CONSTRAINT") || token.IsKeyword("CONSTRAINTS");

    private static bool IsShowTarget(Token token) =>
        token.IsKeyword("INDEX") || token.IsKeyword("INDEXES") || token.IsKeyword("CONSTRAINT") || token.IsKeyword("CONSTRAINTS");
}
