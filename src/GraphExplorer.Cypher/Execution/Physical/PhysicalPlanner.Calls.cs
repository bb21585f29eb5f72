using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// CALL of procedures (arguments checked against the signature), CALL { … } subqueries in their Neo4j 5 forms
/// (OPTIONAL CALL, IN TRANSACTIONS) and COLLECT { … } (Cypher manual, "CALL subqueries", "CALL subqueries in
/// transactions", "COLLECT subqueries").
/// </summary>
internal sealed partial class PhysicalPlanner
{
    private FlatMapOperator BuildProcedureCall(ProcedureCall callOp)
    {
        var call = callOp.Syntax;
        var procedure = procedures.Find(callOp.Procedure.Name) ?? throw CypherErrors.ProcedureNotFound(call.ProcedureName, call);
        var arguments = callOp.Arguments.Select(a => CompileExpression(a, callOp.ArgumentScope)).ToArray();
        var fieldIndexes = callOp.FieldIndexes.ToArray();
        var yieldSlots = callOp.YieldSlots.ToArray();
        var hasOutputs = procedure.Outputs.Count > 0;
        var where = callOp.Where is null ? null : CompilePredicate(callOp.Where, callOp.WhereScope);
        var body = procedure.Body;
        var inputTypes = procedure.Inputs.Select(i => i.Type).ToArray();
        return new FlatMapOperator(callOp.Name, (row, ctx) =>
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = CoerceArgument(arguments[i](row, ctx), inputTypes[i], call);
            }

            var results = new List<object?[]>();
            foreach (var output in body(ctx, values))
            {
                var copy = (object?[])row.Clone();
                for (var i = 0; i < yieldSlots.Length; i++)
                {
                    copy[yieldSlots[i]] = ProcedureRegistry.ToRuntime(output[fieldIndexes[i]]);
                }

                if (where is null || where(copy, ctx))
                {
                    results.Add(copy);
                }
            }

            // OPTIONAL CALL keeps a row the procedure yields nothing for, its outputs null (Cypher manual, "OPTIONAL CALL").
            return !hasOutputs || (call.Optional && results.Count == 0) ? [row] : results;
        });
    }

    private static object? CoerceArgument(object? value, string type, SyntaxNode at)
    {
        var t = type.TrimEnd('?').ToUpperInvariant();
        return (t, value) switch
        {
            (_, null) => null,
            ("INTEGER", long) => value,
            ("INTEGER", _) => throw CypherErrors.ProcedureArgumentType("an Integer", Operations.TypeName(value), at),
            ("FLOAT", long l) => (double)l,
            ("FLOAT", double) => value,
            ("FLOAT", _) => throw CypherErrors.ProcedureArgumentType("a Float", Operations.TypeName(value), at),
            ("NUMBER", long or double) => value,
            ("STRING", string) => value,
            ("STRING", _) => throw CypherErrors.ProcedureArgumentType("a String", Operations.TypeName(value), at),
            ("BOOLEAN", bool) => value,
            ("BOOLEAN", _) => throw CypherErrors.ProcedureArgumentType("a Boolean", Operations.TypeName(value), at),
            _ => value,
        };
    }

    private Operator BuildSubqueryCall(SubqueryCall call)
    {
        var plan = BuildSubquery(call.Subquery);
        var perRow = PerRow(plan, call.Optional);
        if (plan.Columns.Count == 0)
        {
            return new EagerOperator(call.Name, perRow);
        }

        return call.Eager
            ? new EagerOperator(call.Name, (row, ctx) => perRow(row, ctx).ToList())
            : new FlatMapOperator(call.Name, perRow);
    }

    /// <summary>What a subquery gives for one outer row: the row itself for a unit subquery, nulls for OPTIONAL CALL's empty result.</summary>
    private static Func<object?[], QueryContext, IEnumerable<object?[]>> PerRow(SubqueryPlan plan, bool optional)
    {
        var columnSlots = plan.Columns.Select(c => c.Slot).ToArray();
        return plan.Columns.Count == 0
            ? (row, ctx) => RunUnitSubquery(plan, row, ctx)
            : optional
                ? (row, ctx) => RunOptionalSubquery(plan, columnSlots, row, ctx)
                : plan.Run;
    }

    /// <summary>Compiles an expression's subquery (EXISTS { }, COUNT { }, COLLECT { }) seeing the variables of <paramref name="scope"/>.</summary>
    private SubqueryPlan CompileSubquery(Query query, Scope scope) => BuildSubquery(logical.PlanSubquery(query, scope));

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

    private InTransactionsOperator BuildTransactionApply(TransactionApply apply)
    {
        var plan = BuildSubquery(apply.Subquery);
        var perRow = PerRow(plan, apply.Syntax.Optional);

        // The batch size is read once, before any row: it may be a literal or a parameter, never a variable.
        var batchSize = apply.InTransactions.BatchSize is null ? null : CompileExpression(apply.InTransactions.BatchSize, Scope.Empty);
        return new InTransactionsOperator(
            (row, ctx) => perRow(row, ctx).ToList(),
            batchSize,
            apply.InTransactions.OnError,
            apply.StatusSlot,
            [.. plan.Columns.Select(c => c.Slot)],
            apply.Syntax);
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
            throw CypherErrors.UpdatesInCollectSubquery(collect);
        }

        var plan = CompileSubquery(collect.Query, scope);
        if (plan.Columns.Count != 1)
        {
            throw CypherErrors.CollectSubqueryColumns(plan.Columns.Count, collect);
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
}
