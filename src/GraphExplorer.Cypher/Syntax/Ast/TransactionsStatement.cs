using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>SHOW TRANSACTION[S] [id[, …] | expression]</c> or <c>TERMINATE TRANSACTION[S] id[, …] | expression</c>, with
/// YIELD, WHERE and RETURN (Operations manual, "Manage transactions"): the transactions open on the database, all of
/// them or those whose ids <see cref="Ids"/> give (each a STRING or a LIST&lt;STRING&gt;).
/// </summary>
public sealed record TransactionsStatement(bool Terminate, ImmutableArray<Expression> Ids, ShowProjection Projection, SourceSpan Span) : Statement(Span);
