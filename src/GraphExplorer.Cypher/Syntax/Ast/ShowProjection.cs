using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// What follows a SHOW command (Cypher manual, "SHOW INDEXES", "SHOW CONSTRAINTS", "SHOW PROCEDURES", "SHOW FUNCTIONS"):
/// <c>[YIELD {* | field [AS v], …} [ORDER BY …] [SKIP n] [LIMIT n]] [WHERE predicate] [RETURN …]</c>. Without YIELD the
/// command's default columns are listed; <see cref="Items"/> is null then, and also for <c>YIELD *</c> (<see cref="All"/>).
/// </summary>
public sealed record ShowProjection(
    ImmutableArray<YieldItem>? Items,
    bool All,
    ImmutableArray<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit,
    Expression? Where,
    ReturnClause? Return)
{
    /// <summary>A bare SHOW command: its default columns, every row.</summary>
    public static readonly ShowProjection Default = new(null, false, [], null, null, null, null);
}
