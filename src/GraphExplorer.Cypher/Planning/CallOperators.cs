using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// A procedure CALL: <see cref="Arguments"/> evaluated in <see cref="ArgumentScope"/>, the output fields numbered
/// <see cref="FieldIndexes"/> yielded into <see cref="YieldSlots"/>, then the YIELD's WHERE in <see cref="WhereScope"/>.
/// </summary>
internal sealed record ProcedureCall(
    LogicalOperator? Input,
    CallClause Syntax,
    ProcedureSignature Procedure,
    IReadOnlyList<Expression> Arguments,
    Scope ArgumentScope,
    IReadOnlyList<int> FieldIndexes,
    IReadOnlyList<int> YieldSlots,
    Expression? Where,
    Scope WhereScope) : LogicalOperator
{
    public override string Name => $"ProcedureCall({Procedure.Name})";
}

/// <summary>
/// <c>CALL { … }</c> (and OPTIONAL CALL): the subquery runs once per input row, each of its rows joined to the input
/// row; a unit subquery (no columns) passes the input row on. <see cref="Eager"/> when an earlier clause writes, so
/// the subquery's rows are read before the next operator runs.
/// </summary>
internal sealed record SubqueryCall(LogicalOperator? Input, LogicalSubquery Subquery, bool Optional, bool Eager) : LogicalOperator
{
    public override string Name => Subquery.Columns.Count == 0 ? "SubqueryCall(unit)" : Optional ? "OptionalSubqueryCall" : "SubqueryCall";
}

/// <summary>
/// <c>CALL { … } IN TRANSACTIONS</c>: the input rows cut into batches, each batch's subquery runs in an inner
/// transaction; <see cref="StatusSlot"/> holds REPORT STATUS's variable when there is one.
/// </summary>
internal sealed record TransactionApply(LogicalOperator? Input, SubqueryCallClause Syntax, InTransactions InTransactions, LogicalSubquery Subquery, int? StatusSlot) : LogicalOperator
{
    public override string Name => $"TransactionApply(ON ERROR {InTransactions.OnError.ToString().ToUpperInvariant()})";
}

/// <summary>
/// SHOW INDEXES, CONSTRAINTS, PROCEDURES or FUNCTIONS: one row per index, constraint or routine, the fields numbered
/// <see cref="FieldIndexes"/> in <see cref="YieldSlots"/>.
/// </summary>
internal sealed record ShowCommand(LogicalOperator? Input, Statement Syntax, IReadOnlyList<int> FieldIndexes, IReadOnlyList<int> YieldSlots) : LogicalOperator
{
    public override string Name => Syntax switch
    {
        ShowRoutinesStatement routines => $"Show{routines.Kind}",
        ShowSchemaStatement { Constraints: true } => "ShowConstraints",
        ShowSettingsStatement => "ShowSettings",
        TransactionsStatement { Terminate: true } => "TerminateTransactions",
        TransactionsStatement => "ShowTransactions",
        _ => "ShowIndexes",
    };
}

/// <summary>An index or constraint command (CREATE, DROP, SHOW), run once.</summary>
internal sealed record SchemaCommand(LogicalOperator? Input, Statement Syntax) : LogicalOperator
{
    public override string Name => Syntax.GetType().Name.Replace("Statement", "", StringComparison.Ordinal);
}

/// <summary>EXPLAIN: the rows (into <see cref="ColumnSlots"/>) describe <see cref="Explained"/>'s operators instead of running them.</summary>
internal sealed record Explain(LogicalOperator? Input, LogicalQuery Explained, IReadOnlyList<int> ColumnSlots) : LogicalOperator
{
    public override string Name => "Explain";
}
