namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>COLLECT { query }</c>: the values of the subquery's single returned column, as a list (Cypher manual,
/// "COLLECT subqueries").
/// </summary>
public sealed record CollectSubquery(Query Query, SourceSpan Span) : Expression(Span);
