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
        var yielded = Binder.YieldedFields(call, outputs, scope);

        var fieldIndexes = yielded.Select(y => outputs.IndexOf(y.Field)).ToArray();
        var yieldVariables = yielded.Select(y => binder.Declare(y.Variable, VariableKind.Any)).ToArray();
        var yieldSlots = yieldVariables.Select(v => v.Slot).ToArray();
        foreach (var variable in yieldVariables)
        {
            scope = scope.With(variable);
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
            if (explicitArguments.Length > procedure.Inputs.Count || explicitArguments.Length < procedure.Inputs.Count - procedure.OptionalInputs)
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
