namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// The root of the immutable syntax tree. Every node knows the span of text it came from, so every
/// later stage can report errors at a line and column. Rewrite a tree with <c>with</c> expressions.
/// </summary>
public abstract record SyntaxNode(SourceSpan Span);
