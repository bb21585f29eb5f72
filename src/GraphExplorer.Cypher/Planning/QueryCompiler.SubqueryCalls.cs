using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// CALL { … } subqueries in their Neo4j 5 forms (variable scope clause, OPTIONAL CALL, IN TRANSACTIONS), COLLECT { … },
/// and the clauses FINISH and USE (Cypher manual, "CALL subqueries", "CALL subqueries in transactions",
/// "COLLECT subqueries", "FINISH", "USE").
/// </summary>
internal sealed partial class QueryCompiler
{
    /// <summary>The <c>CALL { … } IN TRANSACTIONS</c> of the statement, once compiled (there is at most one per query part).</summary>
    private SubqueryCallClause? inTransactionsCall;

    private Scope CompileSubqueryCall(SubqueryCallClause call, Scope scope, List<Operator> ops)
    {
        if (call.InTransactions is not null && updating)
        {
            throw CypherErrors.InTransactionsAfterWrite(call);
        }

        var plan = CompileSubquery(call.Query, ImportedScope(call, scope), allowUnitQuery: true);
        scope = Binder.BindSubqueryColumns(plan.Columns, scope, call);

        var columnSlots = plan.Columns.Select(c => c.Slot).ToArray();
        Func<object?[], QueryContext, IEnumerable<object?[]>> perRow = plan.Columns.Count == 0
            ? (row, ctx) => RunUnitSubquery(plan, row, ctx)
            : call.Optional
                ? (row, ctx) => RunOptionalSubquery(plan, columnSlots, row, ctx)
                : plan.Run;

        if (call.InTransactions is { } inTransactions)
        {
            return CompileInTransactions(call, inTransactions, perRow, columnSlots, scope, ops);
        }

        if (plan.Columns.Count == 0)
        {
            ops.Add(new EagerOperator("SubqueryCall(unit)", perRow));
        }
        else if (updating)
        {
            ops.Add(new EagerOperator(call.Optional ? "OptionalSubqueryCall" : "SubqueryCall", (row, ctx) => perRow(row, ctx).ToList()));
        }
        else
        {
            ops.Add(new FlatMapOperator(call.Optional ? "OptionalSubqueryCall" : "SubqueryCall", perRow));
        }

        return scope;
    }

    /// <summary>
    /// What the subquery sees: with a variable scope clause, the variables it names (all for <c>(*)</c>, none for
    /// <c>()</c>); without one, the outer scope, from which its importing WITH picks.
    /// </summary>
    private static Scope ImportedScope(SubqueryCallClause call, Scope scope)
    {
        if (call.Scope is not { All: false } clause)
        {
            return scope;
        }

        var imported = Scope.Empty;
        foreach (var name in clause.Variables)
        {
            if (imported.Contains(name))
            {
                throw CypherErrors.VariableAlreadyBound(name, clause);
            }

            imported = imported.With(scope.Find(name) ?? throw CypherErrors.UndefinedVariable(name, clause));
        }

        return imported;
    }

    /// <summary>A unit subquery (no RETURN) runs for its effects; the outer row goes on unchanged.</summary>
    private static IEnumerable<object?[]> RunUnitSubquery(SubqueryPlan plan, object?[] row, QueryContext ctx)
    {
        foreach (var _ in plan.Run(row, ctx))
        {
        }

        return [row];
    }

    /// <summary>OPTIONAL CALL: a row the subquery returns nothing for is kept, with nulls for the subquery's columns.</summary>
    private static IEnumerable<object?[]> RunOptionalSubquery(SubqueryPlan plan, int[] columnSlots, object?[] row, QueryContext ctx)
    {
        var any = false;
        foreach (var result in plan.Run(row, ctx))
        {
            any = true;
            yield return result;
        }

        if (!any)
        {
            var copy = (object?[])row.Clone();
            foreach (var slot in columnSlots)
            {
                copy[slot] = null;
            }

            yield return copy;
        }
    }

    private Scope CompileInTransactions(
        SubqueryCallClause call,
        InTransactions inTransactions,
        Func<object?[], QueryContext, IEnumerable<object?[]>> perRow,
        int[] columnSlots,
        Scope scope,
        List<Operator> ops)
    {
        // The batch size is read once, before any row: it may be a literal or a parameter, never a variable.
        var batchSize = inTransactions.BatchSize is null ? null : CompileExpression(inTransactions.BatchSize, Scope.Empty);
        int? statusSlot = null;
        if (inTransactions.ReportStatusVariable is { } status)
        {
            if (scope.Contains(status))
            {
                throw CypherErrors.VariableAlreadyBound(status, inTransactions);
            }

            statusSlot = slots.Next();
            scope = scope.With(new VariableInfo(status, statusSlot.Value, VariableKind.Value, CypherType.Map));
        }

        inTransactionsCall = call;
        updating = true;
        ops.Add(new InTransactionsOperator(
            (row, ctx) => perRow(row, ctx).ToList(),
            batchSize,
            inTransactions.OnError,
            statusSlot,
            columnSlots,
            call));
        return scope;
    }

    /// <summary>Neo4j runs what follows the inner transactions in the outer one; this engine keeps writes inside them.</summary>
    private void RefuseWriteAfterInTransactions(Clause clause)
    {
        if (inTransactionsCall is not null)
        {
            throw CypherErrors.WriteAfterInTransactions(clause);
        }
    }

    /// <summary><c>COLLECT { … }</c>: the subquery's single column, collected into a list per outer row.</summary>
    private Evaluator CompileCollectSubquery(CollectSubquery collect, Scope scope)
    {
        var clauses = collect.Query switch
        {
            SingleQuery single => single.Clauses.AsEnumerable(),
            UnionQuery union => union.Queries.SelectMany(q => q.Clauses),
            _ => [],
        };
        if (clauses.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause or SubqueryCallClause { InTransactions: not null }))
        {
            throw CypherErrors.InvalidClauseComposition("A COLLECT subquery cannot contain updating clauses", collect);
        }

        var plan = CompileSubquery(collect.Query, scope, allowUnitQuery: false);
        if (plan.Columns.Count != 1)
        {
            throw CypherErrors.InvalidClauseComposition(
                $"A COLLECT subquery must end with a RETURN clause returning exactly one column, here {plan.Columns.Count}", collect);
        }

        var slot = plan.Columns[0].Slot;
        return (row, ctx) =>
        {
            var values = new List<object?>();
            foreach (var result in plan.Run(row, ctx))
            {
                values.Add(result[slot]);
            }

            return values;
        };
    }

    private static void CompileFinish(FinishClause finish, bool last)
    {
        if (!last)
        {
            throw CypherErrors.InvalidClauseComposition("FINISH can only be used as the last clause of a query", finish);
        }
    }

    /// <summary>USE names the graph a query runs on; the embedded engine has one, called neo4j as Neo4j's default.</summary>
    private static void CompileUse(UseClause use, int position)
    {
        if (position != 0)
        {
            throw CypherErrors.InvalidClauseComposition("USE can only appear at the beginning of a (sub-)query", use);
        }

        if (!string.Equals(use.Database, "neo4j", StringComparison.OrdinalIgnoreCase))
        {
            throw CypherErrors.DatabaseNotFound(use.Database, use);
        }
    }
}
