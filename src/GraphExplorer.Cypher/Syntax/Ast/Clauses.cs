using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>A clause of a single query.</summary>
public abstract record Clause(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>[OPTIONAL] MATCH pattern [WHERE predicate]</c>.</summary>
public sealed record MatchClause(bool Optional, Pattern Pattern, Expression? Where, SourceSpan Span) : Clause(Span);

/// <summary><c>UNWIND expression AS variable</c>.</summary>
public sealed record UnwindClause(Expression Expression, string Variable, SourceSpan Span) : Clause(Span);

/// <summary><c>WITH projection [WHERE predicate]</c>.</summary>
public sealed record WithClause(ProjectionBody Body, Expression? Where, SourceSpan Span) : Clause(Span);

/// <summary><c>RETURN projection</c>.</summary>
public sealed record ReturnClause(ProjectionBody Body, SourceSpan Span) : Clause(Span);

/// <summary>
/// What WITH and RETURN share: <c>[DISTINCT] [*,] items [ORDER BY …] [SKIP n] [LIMIT n]</c>.
/// </summary>
/// <param name="IncludeExisting">True for <c>*</c>: every variable in scope is projected too.</param>
public sealed record ProjectionBody(
    bool Distinct,
    bool IncludeExisting,
    ImmutableArray<ProjectionItem> Items,
    ImmutableArray<SortItem> OrderBy,
    Expression? Skip,
    Expression? Limit,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// One projected column. <see cref="Name"/> is the alias, or else the expression's source text exactly as written
/// (Neo4j names unaliased columns that way, e.g. <c>count(*)</c> or <c>n.name</c>).
/// </summary>
public sealed record ProjectionItem(Expression Expression, string? Alias, string Text, SourceSpan Span) : SyntaxNode(Span)
{
    public string Name => Alias ?? Text;
}

/// <summary><c>expression [ASC|DESC]</c> in ORDER BY.</summary>
public sealed record SortItem(Expression Expression, bool Descending, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>CREATE pattern</c>.</summary>
public sealed record CreateClause(Pattern Pattern, SourceSpan Span) : Clause(Span);

/// <summary><c>MERGE part [ON CREATE SET …] [ON MATCH SET …]</c>.</summary>
public sealed record MergeClause(PatternPart Part, ImmutableArray<MergeAction> Actions, SourceSpan Span) : Clause(Span);

/// <summary><c>ON CREATE SET …</c> (<see cref="OnCreate"/> true) or <c>ON MATCH SET …</c>.</summary>
public sealed record MergeAction(bool OnCreate, ImmutableArray<SetItem> Items, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>SET item, item, …</c>.</summary>
public sealed record SetClause(ImmutableArray<SetItem> Items, SourceSpan Span) : Clause(Span);

/// <summary>One assignment of a SET clause.</summary>
public abstract record SetItem(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>target.key = value</c>; <see cref="Target"/> is a <see cref="PropertyAccess"/>.</summary>
public sealed record SetPropertyItem(PropertyAccess Target, Expression Value, SourceSpan Span) : SetItem(Span);

/// <summary><c>n = map</c> (replace all properties) or <c>n += map</c> (<see cref="Merge"/>: add and overwrite).</summary>
public sealed record SetPropertiesItem(string Variable, Expression Value, bool Merge, SourceSpan Span) : SetItem(Span);

/// <summary><c>n:Label1:Label2</c>, also with dynamic labels <c>n:$(expression)</c>.</summary>
public sealed record SetLabelsItem(string Variable, ImmutableArray<string> Labels, SourceSpan Span) : SetItem(Span)
{
    /// <summary>The expressions of <c>:$(expression)</c>, each a STRING or a LIST&lt;STRING&gt; of labels.</summary>
    public ImmutableArray<Expression> DynamicLabels { get; init; } = [];
}

/// <summary><c>REMOVE item, item, …</c>.</summary>
public sealed record RemoveClause(ImmutableArray<RemoveItem> Items, SourceSpan Span) : Clause(Span);

/// <summary>One item of a REMOVE clause.</summary>
public abstract record RemoveItem(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>REMOVE n.key</c>.</summary>
public sealed record RemovePropertyItem(PropertyAccess Target, SourceSpan Span) : RemoveItem(Span);

/// <summary><c>REMOVE n:Label1:Label2</c>, also with dynamic labels <c>n:$(expression)</c>.</summary>
public sealed record RemoveLabelsItem(string Variable, ImmutableArray<string> Labels, SourceSpan Span) : RemoveItem(Span)
{
    /// <summary>The expressions of <c>:$(expression)</c>, each a STRING or a LIST&lt;STRING&gt; of labels.</summary>
    public ImmutableArray<Expression> DynamicLabels { get; init; } = [];
}

/// <summary><c>[DETACH] DELETE expression, …</c>.</summary>
public sealed record DeleteClause(bool Detach, ImmutableArray<Expression> Expressions, SourceSpan Span) : Clause(Span);

/// <summary>
/// <c>CALL ns.proc(args) [YIELD items [WHERE predicate]]</c>. <see cref="Arguments"/> is default when the call has no
/// parentheses (implicit arguments taken from parameters of the same names). <see cref="YieldAll"/> is true for
/// <c>YIELD *</c>. <see cref="Standalone"/> is true when the call is the whole query.
/// </summary>
public sealed record CallClause(
    string ProcedureName,
    ImmutableArray<Expression>? Arguments,
    ImmutableArray<YieldItem>? Yield,
    bool YieldAll,
    Expression? Where,
    bool Standalone,
    SourceSpan Span,
    bool Optional = false) : Clause(Span);

/// <summary><c>field [AS variable]</c> in YIELD.</summary>
public sealed record YieldItem(string Field, string? Alias, SourceSpan Span) : SyntaxNode(Span)
{
    public string Variable => Alias ?? Field;
}

/// <summary>
/// <c>[OPTIONAL] CALL [(scope)] { subquery } [IN TRANSACTIONS …]</c>: runs the subquery once per incoming row.
/// Without <see cref="Scope"/> it sees the variables its importing WITH names; <see cref="Optional"/> keeps a row the
/// subquery gives nothing for, with nulls.
/// </summary>
public sealed record SubqueryCallClause(
    Query Query,
    SourceSpan Span,
    bool Optional = false,
    SubqueryScope? Scope = null,
    InTransactions? InTransactions = null) : Clause(Span);

/// <summary><c>FOREACH (variable IN list | updating clauses)</c>.</summary>
public sealed record ForeachClause(string Variable, Expression List, ImmutableArray<Clause> Body, SourceSpan Span) : Clause(Span);
