using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>Comma-separated pattern parts, as after MATCH or CREATE.</summary>
public sealed record Pattern(ImmutableArray<PatternPart> Parts, SourceSpan Span) : SyntaxNode(Span);

/// <summary>Whether a pattern part asks for shortest paths.</summary>
public enum PathSelector
{
    All,
    ShortestPath,
    AllShortestPaths,
}

/// <summary><c>[p =] element</c>, or <c>p = shortestPath(element)</c> / <c>allShortestPaths(element)</c>.</summary>
public sealed record PatternPart(string? Variable, PatternElement Element, PathSelector Selector, SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>
    /// The k of Neo4j 5's <c>SHORTEST k</c> and <c>ANY k</c> (paths per partition, with <see cref="PathSelector.ShortestPath"/>)
    /// and of <c>SHORTEST k GROUPS</c> (groups of equal length, with <see cref="PathSelector.AllShortestPaths"/>); 1 otherwise.
    /// </summary>
    public int PathCount { get; init; } = 1;

    /// <summary>
    /// Written with a Neo4j 5 path selector (<c>SHORTEST k</c>, <c>ALL SHORTEST</c>, <c>ANY k</c>, …), which may select
    /// over any path pattern; the legacy <c>shortestPath(…)</c> functions take a single relationship only.
    /// </summary>
    public bool SelectorWritten { get; init; }
}

/// <summary>A chain: a node followed by zero or more (relationship, node) steps.</summary>
public sealed record PatternElement(NodePattern Start, ImmutableArray<PatternStep> Steps, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One hop of a chain: <c>-[r]-&gt;(m)</c>.</summary>
public sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>(variable:Label1:Label2 {properties} [WHERE predicate])</c>. Every label is required. <see cref="Properties"/> is a
/// <see cref="MapLiteral"/> or a <see cref="Parameter"/>; <see cref="Where"/> is Neo4j 5's predicate inside the node
/// pattern (Cypher manual, "Patterns", "Node patterns").
/// </summary>
/// <param name="LabelExpression">A Neo4j 5 label expression that is not a plain conjunction (<c>:A|B</c>, <c>:!A</c>,
/// <c>:%</c>), which only MATCH may use; a conjunction <c>:A:B</c> / <c>:A&amp;B</c> is kept in <see cref="Labels"/>.</param>
public sealed record NodePattern(
    string? Variable,
    ImmutableArray<string> Labels,
    Expression? Properties,
    SourceSpan Span,
    Expression? Where = null,
    LabelExpression? LabelExpression = null) : SyntaxNode(Span)
{
    /// <summary>Dynamic labels <c>:$(e)</c>, <c>:$all(e)</c>, <c>:$any(e)</c>, required besides <see cref="Labels"/>.</summary>
    public ImmutableArray<DynamicLabel> DynamicLabels { get; init; } = [];
}

/// <summary>Which way a relationship pattern points, read left to right.</summary>
public enum RelationshipDirection
{
    /// <summary><c>-[]-&gt;</c></summary>
    Outgoing,

    /// <summary><c>&lt;-[]-</c></summary>
    Incoming,

    /// <summary><c>-[]-</c> or <c>&lt;-[]-&gt;</c></summary>
    Both,
}

/// <summary>
/// <c>-[variable:TYPE1|TYPE2 *min..max {properties} [WHERE predicate]]-&gt;</c>. <see cref="Types"/> are alternatives
/// (empty: any type). <see cref="Length"/> is null for a single hop; it is also the quantifier of Neo4j 5's quantified
/// relationship <c>-[:R]-&gt;{1,3}</c> and of a quantified path pattern <c>((a)-[:R]-&gt;(b)){1,3}</c>, whose repeated
/// path is <see cref="Quantified"/> (the relationship pattern itself then names nothing: it only carries the
/// quantifier; Cypher manual, "Patterns", "Variable-length patterns").
/// <see cref="TypeExpression"/> is a type expression other than a plain disjunction (<c>:!R</c>, <c>:%</c>).
/// </summary>
public sealed record RelationshipPattern(
    string? Variable,
    ImmutableArray<string> Types,
    RelationshipDirection Direction,
    VariableLength? Length,
    Expression? Properties,
    SourceSpan Span,
    Expression? Where = null,
    QuantifiedPath? Quantified = null,
    LabelExpression? TypeExpression = null) : SyntaxNode(Span)
{
    /// <summary>A dynamic type <c>:$(e)</c>, <c>:$all(e)</c> or <c>:$any(e)</c>, written alone (empty <see cref="Types"/>).</summary>
    public ImmutableArray<DynamicLabel> DynamicTypes { get; init; } = [];
}

/// <summary>
/// The repeated path of a quantified path pattern <c>((a)-[:R]-&gt;(b)-[:S]-&gt;(c) WHERE …){m,n}</c> (Cypher manual,
/// "Patterns", "Variable-length patterns"): a chain of at least one relationship and an optional WHERE, matched once
/// per iteration; an iteration's last node is the next one's first node (juxtaposed node patterns are one node).
/// Variables written inside are group variables: one element each inside (in the WHERE), after the pattern the list
/// of every iteration's element in path order.
/// </summary>
public sealed record QuantifiedPath(PatternElement Inner, Expression? Where, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>*</c> (both null), <c>*n</c> (Min = Max = n), <c>*n..</c>, <c>*..m</c>, <c>*n..m</c>. A null Min means 1; a null Max, unbounded.
/// </summary>
public sealed record VariableLength(int? Min, int? Max, SourceSpan Span) : SyntaxNode(Span);
