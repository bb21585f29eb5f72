using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>A script: statements separated by ';', as kept in cypher/ by data stewards.</summary>
public sealed record CypherScript(ImmutableArray<Statement> Statements, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One statement of a script: a query or a schema command.</summary>
public abstract record Statement(SourceSpan Span) : SyntaxNode(Span);

/// <summary>A query: a single query or a UNION of several.</summary>
public abstract record Query(SourceSpan Span) : Statement(Span);

/// <summary>Clauses run in order, e.g. MATCH … WHERE … RETURN ….</summary>
public sealed record SingleQuery(ImmutableArray<Clause> Clauses, SourceSpan Span) : Query(Span);

/// <summary>
/// <c>q1 UNION [ALL] q2 UNION [ALL] q3 …</c>. <see cref="All"/>[i] tells whether the UNION between
/// <see cref="Queries"/>[i] and [i+1] is UNION ALL (mixing both forms is a semantic error).
/// </summary>
public sealed record UnionQuery(ImmutableArray<SingleQuery> Queries, ImmutableArray<bool> All, SourceSpan Span) : Query(Span);

/// <summary><c>EXPLAIN query</c>: the plan the query would run with; the query itself is not run.</summary>
public sealed record ExplainStatement(Query Query, SourceSpan Span) : Statement(Span);

/// <summary><c>PROFILE query</c>: the query runs as usual and its result carries the plan, measured per operator.</summary>
public sealed record ProfileStatement(Query Query, SourceSpan Span) : Statement(Span);

/// <summary>The kind of entity a schema command targets.</summary>
public enum SchemaEntity
{
    Node,
    Relationship,
}

/// <summary><c>CREATE [RANGE|TEXT] INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.p1, n.p2)</c> (Neo4j 5 syntax; also for relationships).</summary>
public sealed record CreateIndexStatement(
    string? Name,
    bool IfNotExists,
    SchemaEntity Entity,
    string Variable,
    string LabelOrType,
    ImmutableArray<string> Properties,
    string IndexType,
    SourceSpan Span) : Statement(Span);

/// <summary><c>DROP INDEX name [IF EXISTS]</c>.</summary>
public sealed record DropIndexStatement(string Name, bool IfExists, SourceSpan Span) : Statement(Span);

/// <summary>The rule a constraint enforces.</summary>
public enum ConstraintKind
{
    Unique,
    NotNull,
    NodeKey,

    /// <summary><c>REQUIRE n.p IS :: type</c> (also <c>IS TYPED type</c>): the property, when present, has the type.</summary>
    PropertyType,
}

/// <summary>
/// <c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.p IS UNIQUE</c> (Neo4j 5 syntax),
/// also <c>REQUIRE (n.a, n.b) IS UNIQUE</c>, <c>IS NOT NULL</c> and <c>IS NODE KEY</c>.
/// </summary>
public sealed record CreateConstraintStatement(
    string? Name,
    bool IfNotExists,
    SchemaEntity Entity,
    string Variable,
    string LabelOrType,
    ImmutableArray<string> Properties,
    ConstraintKind Kind,
    SourceSpan Span,
    ValueTypeSyntax? PropertyType = null) : Statement(Span);

/// <summary><c>DROP CONSTRAINT name [IF EXISTS]</c>.</summary>
public sealed record DropConstraintStatement(string Name, bool IfExists, SourceSpan Span) : Statement(Span);

/// <summary>
/// <c>SHOW [type] INDEXES</c> or <c>SHOW [type] CONSTRAINTS</c>, with YIELD, WHERE and RETURN (<see cref="Projection"/>;
/// Cypher manual, "SHOW INDEXES", "SHOW CONSTRAINTS").
/// </summary>
public sealed record ShowSchemaStatement(bool Constraints, SourceSpan Span) : Statement(Span)
{
    /// <summary>The type written before INDEXES (<c>SHOW FULLTEXT INDEXES</c>: "FULLTEXT"), upper case; null when none.</summary>
    public string? IndexType { get; init; }

    /// <summary>
    /// The constraint types written before CONSTRAINTS, as the <c>type</c> column names them
    /// (<c>SHOW KEY CONSTRAINTS</c>: NODE_KEY and RELATIONSHIP_KEY); empty for all.
    /// </summary>
    public ImmutableArray<string> ConstraintTypes { get; init; } = [];

    public ShowProjection Projection { get; init; } = ShowProjection.Default;
}
