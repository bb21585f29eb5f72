using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>CREATE FULLTEXT INDEX [name] [IF NOT EXISTS] FOR (n:A|B) ON EACH [n.p, n.q] [OPTIONS {…}]</c>, or
/// <c>FOR ()-[r:R|S]-()</c> for relationships (Neo4j 5 syntax). <see cref="Options"/> is the literal map as written
/// (<c>indexConfig</c> with <c>fulltext.analyzer</c> and <c>fulltext.eventually_consistent</c>, <c>indexProvider</c>);
/// the planner checks its keys and values.
/// </summary>
public sealed record CreateFullTextIndexStatement(
    string? Name,
    bool IfNotExists,
    SchemaEntity Entity,
    string Variable,
    ImmutableArray<string> LabelsOrTypes,
    ImmutableArray<string> Properties,
    MapLiteral? Options,
    SourceSpan Span) : Statement(Span);
