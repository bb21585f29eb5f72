namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>FINISH</c> (Neo4j 5.19+, GQL): ends a query that returns nothing; its clauses still run (Cypher manual, "FINISH").
/// </summary>
public sealed record FinishClause(SourceSpan Span) : Clause(Span);
