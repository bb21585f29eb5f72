namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary><c>USE database</c> at the start of a query: the graph it runs on (Cypher manual, "USE").</summary>
public sealed record UseClause(string Database, SourceSpan Span) : Clause(Span);
