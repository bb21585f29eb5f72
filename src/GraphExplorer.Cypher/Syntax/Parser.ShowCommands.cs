using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// What SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS share: the type filter before the command's
/// noun and the YIELD, WHERE and RETURN after it (Cypher manual, "SHOW INDEXES", "SHOW CONSTRAINTS" › Syntax).
/// </summary>
internal sealed partial class Parser
{
    private static readonly string[] IndexTypeFilters = ["ALL", "FULLTEXT", "LOOKUP", "POINT", "RANGE", "TEXT", "VECTOR"];

    /// <summary>
    /// <c>[YIELD {* | field [AS v], …} [ORDER BY …] [SKIP n] [LIMIT n]] [WHERE predicate] [RETURN …]</c>; RETURN needs
    /// YIELD, as in Neo4j ("YIELD is mandatory if the RETURN clause is used").
    /// </summary>
    private ShowProjection ParseShowProjection(string example)
    {
        ImmutableArray<YieldItem>? items = null;
        var all = false;
        var (orderBy, skip, limit) = (ImmutableArray<SortItem>.Empty, (Expression?)null, (Expression?)null);
        var yielded = AcceptKeyword("YIELD");
        if (yielded)
        {
            if (Accept(TokenKind.Star))
            {
                all = true;
            }
            else
            {
                items = ParseYieldItems("a column name after YIELD");
            }

            (orderBy, skip, limit) = ParseOrderSkipLimit();
        }

        var where = ParseOptionalWhere();
        var returned = IsKeyword("RETURN") ? ParseReturn() : null;
        if (returned is not null && !yielded)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, returned.Span, $"RETURN after SHOW needs YIELD: {example}");
        }

        return new ShowProjection(items, all, orderBy, skip, limit, where, returned);
    }

    /// <summary>The index type of <c>SHOW [ALL|FULLTEXT|LOOKUP|POINT|RANGE|TEXT|VECTOR] INDEX[ES]</c>, upper case; null when none.</summary>
    private string? ParseIndexTypeFilter()
    {
        if (IsShowTarget(Current))
        {
            return null;
        }

        var written = Current.Text.ToUpperInvariant();
        if (Current.Kind != TokenKind.Identifier || !IndexTypeFilters.Contains(written))
        {
            Fail("ALL, FULLTEXT, LOOKUP, POINT, RANGE, TEXT or VECTOR before INDEXES");
        }

        Advance();
        return written;
    }

    /// <summary>
    /// The constraint types of <c>SHOW [ALL | [NODE | REL[ATIONSHIP]] {UNIQUE[NESS] | [PROPERTY] EXIST[ENCE] | PROPERTY TYPE
    /// | KEY}] CONSTRAINT[S]</c>, as the <c>type</c> column names them; empty for all. NODE and REL[ATIONSHIP] are not
    /// written before a bare EXIST without PROPERTY for nodes only in Neo4j's grammar, so every combination is read alike.
    /// </summary>
    private ImmutableArray<string> ParseConstraintTypeFilter()
    {
        if (IsShowTarget(Current) || AcceptKeyword("ALL"))
        {
            return [];
        }

        var node = AcceptKeyword("NODE");
        var relationship = !node && (AcceptKeyword("REL") || AcceptKeyword("RELATIONSHIP"));
        ImmutableArray<string> types;
        if (AcceptKeyword("UNIQUE") || AcceptKeyword("UNIQUENESS"))
        {
            types = ["UNIQUENESS", "RELATIONSHIP_UNIQUENESS"];
        }
        else if (AcceptKeyword("KEY"))
        {
            types = ["NODE_KEY", "RELATIONSHIP_KEY"];
        }
        else if (AcceptKeyword("PROPERTY") && AcceptKeyword("TYPE"))
        {
            types = ["NODE_PROPERTY_TYPE", "RELATIONSHIP_PROPERTY_TYPE"];
        }
        else if (AcceptKeyword("EXIST") || AcceptKeyword("EXISTENCE"))
        {
            types = ["NODE_PROPERTY_EXISTENCE", "RELATIONSHIP_PROPERTY_EXISTENCE"];
        }
        else
        {
            Fail("ALL, UNIQUE, EXIST, PROPERTY TYPE or KEY (after NODE or RELATIONSHIP or alone) before CONSTRAINTS");
            return [];
        }

        return node ? [types[0]] : relationship ? [types[1]] : types;
    }
}
