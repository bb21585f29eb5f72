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
public sealed record PatternPart(string? Variable, PatternElement Element, PathSelector Selector, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A chain: a node followed by zero or more (relationship, node) steps.</summary>
public sealed record PatternElement(NodePattern Start, ImmutableArray<PatternStep> Steps, SourceSpan Span) : SyntaxNode(Span);

/// <summary>One hop of a chain: <c>-[r]-&gt;(m)</c>.</summary>
public sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>(variable:Label1:Label2 {properties})</c>. Every label is required. <see cref="Properties"/> is a
/// <see cref="MapLiteral"/> or a <see cref="Parameter"/>.
/// </summary>
public sealed record NodePattern(string? Variable, ImmutableArray<string> Labels, Expression? Properties, SourceSpan Span) : SyntaxNode(Span);

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
/// <c>-[variable:TYPE1|TYPE2 *min..max {properties}]-&gt;</c>. <see cref="Types"/> are alternatives (empty: any type).
/// <see cref="Length"/> is null for a single hop.
/// </summary>
public sealed record RelationshipPattern(
    string? Variable,
    ImmutableArray<string> Types,
    RelationshipDirection Direction,
    VariableLength? Length,
    Expression? Properties,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>*</c> (both null), <c>*n</c> (Min = Max = n), <c>*n..</c>, <c>*..m</c>, <c>*n..m</c>. A null Min means 1; a null Max, unbounded.
/// </summary>
public sealed record VariableLength(int? Min, int? Max, SourceSpan Span) : SyntaxNode(Span);
