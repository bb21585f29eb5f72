using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>What a <see cref="ShowRoutinesStatement"/> lists.</summary>
public enum RoutineKind
{
    Procedures,
    Functions,
}

/// <summary>
/// <c>SHOW PROCEDURES</c> / <c>SHOW [ALL|BUILT IN|USER DEFINED] FUNCTIONS</c> with Neo4j 5's
/// <c>[YIELD {* | field [AS v], …} [ORDER BY …] [SKIP n] [LIMIT n]] [WHERE predicate] [RETURN …]</c>
/// (Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS"). Without YIELD the default columns are listed.
/// </summary>
public sealed record ShowRoutinesStatement(
    RoutineKind Kind,
    bool UserDefinedOnly,
    ImmutableArray<YieldItem>? Yield,
    bool YieldAll,
    ImmutableArray<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit,
    Expression? Where,
    ReturnClause? Return,
    SourceSpan Span) : Statement(Span);
