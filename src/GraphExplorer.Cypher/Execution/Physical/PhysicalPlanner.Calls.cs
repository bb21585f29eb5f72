using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>CALL of procedures (arguments checked against the signature); CALL { … } subqueries are in SubqueryCalls.</summary>
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
