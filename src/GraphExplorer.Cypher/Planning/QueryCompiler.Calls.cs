using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>CALL of procedures (arguments checked against the signature); CALL { … } subqueries are in SubqueryCalls.</summary>
internal sealed partial class QueryCompiler
{
    private Scope CompileCall(CallClause call, Scope scope, List<Operator> ops, out string[] columns, out int[] columnSlots)
    {
        var procedure = procedures.Find(call.ProcedureName) ?? throw CypherErrors.ProcedureNotFound(call.ProcedureName, call);
        var arguments = CompileProcedureArguments(call, procedure, scope);

        var outputs = procedure.Outputs.Select(o => o.Name).ToList();
        var yielded = YieldedFields(call, outputs, scope);

        var fieldIndexes = yielded.Select(y => outputs.IndexOf(y.Field)).ToArray();
        var yieldSlots = yielded.Select(_ => slots.Next()).ToArray();
        for (var i = 0; i < yielded.Count; i++)
        {
            scope = scope.With(new VariableInfo(yielded[i].Variable, yieldSlots[i], VariableKind.Any));
        }

        var where = call.Where is null ? null : CompilePredicate(call.Where, scope);
        var body = procedure.Body;
        var inputTypes = procedure.Inputs.Select(i => i.Type).ToArray();
        ops.Add(new FlatMapOperator($"ProcedureCall({procedure.Name})", (row, ctx) =>
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
            return outputs.Count == 0 || (call.Optional && results.Count == 0) ? [row] : results;
        }));
        columns = yielded.Select(y => y.Variable).ToArray();
        columnSlots = yieldSlots;
        return scope;
    }

    /// <summary>
    /// A procedure's arguments: the ones written, as many as it takes, or (standalone CALL only) the parameters named
    /// like its inputs.
    /// </summary>
    private Evaluator[] CompileProcedureArguments(CallClause call, ProcedureDefinition procedure, Scope scope)
    {
        if (call.Arguments is { } explicitArguments)
        {
            if (explicitArguments.Length != procedure.Inputs.Count)
            {
                throw CypherErrors.InvalidNumberOfArguments(call.ProcedureName, call);
            }

            return explicitArguments.Select(a => CompileExpression(a, scope)).ToArray();
        }

        if (!call.Standalone && procedure.Inputs.Count > 0)
        {
            throw CypherErrors.ImplicitProcedureArguments(call);
        }

        return procedure.Inputs.Select(i => CompileExpression(new Parameter(i.Name, call.Span), scope)).ToArray();
    }

    /// <summary>
    /// The (output field, variable) pairs a CALL yields: all of them for <c>YIELD *</c> or a standalone CALL without
    /// YIELD, else the ones named, each a known field bound to a new variable; a CALL inside a query must YIELD.
    /// </summary>
    private static List<(string Field, string Variable)> YieldedFields(CallClause call, List<string> outputs, Scope scope)
    {
        var yielded = new List<(string Field, string Variable)>();
        if (call.YieldAll || (call.Yield is null && call.Standalone))
        {
            yielded.AddRange(outputs.Select(o => (o, o)));
        }
        else if (call.Yield is { } items)
        {
            foreach (var item in items)
            {
                if (!outputs.Contains(item.Field))
                {
                    throw CypherErrors.UndefinedVariable(item.Field, item);
                }

                // A yielded name must be new: bound neither before the call nor by an earlier item of the same YIELD.
                if (scope.Contains(item.Variable) || yielded.Exists(y => y.Variable == item.Variable))
                {
                    throw CypherErrors.VariableAlreadyBound(item.Variable, item);
                }

                yielded.Add((item.Field, item.Variable));
            }
        }
        else if (outputs.Count > 0 && !call.Standalone)
        {
            throw CypherErrors.ProcedureCallWithoutYield(call);
        }

        return yielded;
    }

    private static object? CoerceArgument(object? value, string type, SyntaxNode at)
    {
        var t = type.TrimEnd('?').ToUpperInvariant();
        return (t, value) switch
        {
            (_, null) => null,
            ("INTEGER", long) => value,
            ("INTEGER", _) => throw CypherErrors.CompileInvalidArgumentType($"Expected an Integer argument, got {Operations.TypeName(value)}", at),
            ("FLOAT", long l) => (double)l,
            ("FLOAT", double) => value,
            ("FLOAT", _) => throw CypherErrors.CompileInvalidArgumentType($"Expected a Float argument, got {Operations.TypeName(value)}", at),
            ("NUMBER", long or double) => value,
            ("STRING", string) => value,
            ("STRING", _) => throw CypherErrors.CompileInvalidArgumentType($"Expected a String argument, got {Operations.TypeName(value)}", at),
            ("BOOLEAN", bool) => value,
            ("BOOLEAN", _) => throw CypherErrors.CompileInvalidArgumentType($"Expected a Boolean argument, got {Operations.TypeName(value)}", at),
            _ => value,
        };
    }
}
