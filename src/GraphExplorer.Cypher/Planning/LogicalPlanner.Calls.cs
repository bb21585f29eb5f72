using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Procedure CALLs (arguments checked against the signature, YIELD), <c>CALL { … }</c> subqueries in their Neo4j 5
/// forms (variable scope clause, OPTIONAL CALL, IN TRANSACTIONS; Cypher manual, "CALL subqueries", "CALL subqueries in
/// transactions").
/// </summary>
internal sealed partial class LogicalPlanner
{
    private (IReadOnlyList<string> Columns, IReadOnlyList<int> Slots) PlanProcedureCall(CallClause call, ref Scope scope, ref LogicalOperator root)
    {
        var procedure = procedures.FindSignature(call.ProcedureName) ?? throw CypherErrors.ProcedureNotFound(call.ProcedureName, call);
        var arguments = ProcedureArguments(call, procedure);
        var yielded = Binder.YieldedFields(call, procedure.Outputs, scope);
        var argumentScope = scope;
        var fieldIndexes = yielded.Select(y => procedure.Outputs.ToList().IndexOf(y.Field)).ToArray();
        var yieldSlots = new int[yielded.Count];
        for (var i = 0; i < yielded.Count; i++)
        {
            var variable = Binder.Declare(yielded[i].Variable, VariableKind.Any);
            yieldSlots[i] = variable.Slot;
            scope = scope.With(variable);
        }

        root = new ProcedureCall(root, call, procedure, arguments, argumentScope, fieldIndexes, yieldSlots, call.Where, scope);
        return (yielded.Select(y => y.Variable).ToArray(), yieldSlots);
    }

    /// <summary>
    /// A procedure's arguments: the ones written, as many as it takes, or (standalone CALL only) the parameters named
    /// like its inputs.
    /// </summary>
    private static Expression[] ProcedureArguments(CallClause call, ProcedureSignature procedure)
    {
        if (call.Arguments is { } explicitArguments)
        {
            if (explicitArguments.Length > procedure.Inputs.Count || explicitArguments.Length < procedure.Inputs.Count - procedure.OptionalInputs)
            {
                throw CypherErrors.InvalidNumberOfArguments(call.ProcedureName, call);
            }

            return [.. explicitArguments];
        }

        if (!call.Standalone && procedure.Inputs.Count > 0)
        {
            throw CypherErrors.ImplicitProcedureArguments(call);
        }

        return [.. procedure.Inputs.Select(i => new Parameter(i.Name, call.Span))];
    }

    private Scope PlanSubqueryCall(SubqueryCallClause call, Scope scope, ref LogicalOperator root)
    {
        if (call.InTransactions is not null && updating)
        {
            throw CypherErrors.InTransactionsAfterWrite(call);
        }

        var subquery = PlanSubquery(call.Query, ImportedScope(call, scope));
        scope = Binder.BindSubqueryColumns(subquery.Columns, scope, call);
        if (call.InTransactions is not { } inTransactions)
        {
            root = new SubqueryCall(root, subquery, call.Optional, Eager: updating);
            return scope;
        }

        int? statusSlot = null;
        if (inTransactions.ReportStatusVariable is { } status)
        {
            if (scope.Contains(status))
            {
                throw CypherErrors.VariableAlreadyBound(status, inTransactions);
            }

            statusSlot = Binder.Slots.Next();
            scope = scope.With(new VariableInfo(status, statusSlot.Value, VariableKind.Value, CypherType.Map));
        }

        inTransactionsCall = call;
        updating = true;
        root = new TransactionApply(root, call, inTransactions, subquery, statusSlot);
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
}
