using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// The variable scope clause of Neo4j 5 (<c>CALL (x, y) { … }</c>, <c>CALL (*) { … }</c>, <c>CALL () { … }</c>): the
/// outer variables the subquery may read. <see cref="All"/> is true for <c>(*)</c>; otherwise only
/// <see cref="Variables"/> (possibly none) are imported.
/// </summary>
public sealed record SubqueryScope(bool All, ImmutableArray<string> Variables, SourceSpan Span) : SyntaxNode(Span);

/// <summary>What <c>CALL { … } IN TRANSACTIONS</c> does when an inner transaction fails (<c>ON ERROR …</c>).</summary>
public enum InTransactionsErrorMode
{
    /// <summary><c>ON ERROR FAIL</c> (the default): the statement fails; batches committed before stay committed.</summary>
    Fail,

    /// <summary><c>ON ERROR CONTINUE</c>: the failed batch is rolled back, its rows get nulls, the next batches run.</summary>
    Continue,

    /// <summary><c>ON ERROR BREAK</c>: the failed batch is rolled back and no further batch runs; their rows get nulls.</summary>
    Break,
}

/// <summary>
/// <c>IN [n CONCURRENT] TRANSACTIONS [OF size ROWS] [ON ERROR CONTINUE|BREAK|FAIL] [REPORT STATUS AS status]</c>
/// (Neo4j Cypher manual, "CALL subqueries in transactions"). <see cref="BatchSize"/> null means Neo4j's default of
/// 1000 rows. <see cref="Concurrent"/> is accepted; the embedded engine runs the batches one after another.
/// </summary>
public sealed record InTransactions(
    Expression? BatchSize,
    InTransactionsErrorMode OnError,
    string? ReportStatusVariable,
    bool Concurrent,
    SourceSpan Span) : SyntaxNode(Span);
