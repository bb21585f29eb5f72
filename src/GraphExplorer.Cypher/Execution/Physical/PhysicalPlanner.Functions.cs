using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>Function calls and aggregating functions.</summary>
internal sealed partial class PhysicalPlanner
{
    private Evaluator CompileFunctionCall(FunctionCall call, Scope scope, AggregationSink? aggregation)
    {
        if (AggregateFunctions.IsAggregate(call.Name))
        {
            Binder.CheckAggregateArity(call);
            return CompileAggregate(call.Name.ToLowerInvariant(), call.Distinct, call.Arguments, call, scope, aggregation);
        }

        if (string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Length == 1)
        {
            var argument = call.Arguments[0];
            Binder.CheckExistsArgument(argument);
            return CompileExpression(argument, scope, aggregation);
        }

        var function = FunctionLibrary.Find(call.Name) ?? throw CypherErrors.UnknownFunction(call.Name, call);
        Binder.CheckFunctionArgument(call, scope);
        if (call.Arguments.Length < function.MinArguments || call.Arguments.Length > function.MaxArguments)
        {
            throw CypherErrors.InvalidNumberOfArguments(call.Name, call);
        }

        var arguments = call.Arguments.Select(a => CompileExpression(a, scope, aggregation)).ToArray();
        var body = function.Body;
        var nullInNullOut = function.NullInNullOut;
        return (row, ctx) =>
        {
            var values = arguments.Length == 0 ? Array.Empty<object?>() : new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = arguments[i](row, ctx);
                if (nullInNullOut && values[i] is null)
                {
                    return null;
                }
            }

            try
            {
                return body(values, ctx);
            }
            catch (Database.CypherException e) when (e.Position is null)
            {
                throw CypherErrors.At(e, call);
            }
        };
    }

    private Evaluator CompileAggregate(string function, bool distinct, IReadOnlyList<Expression> arguments, Expression source, Scope scope, AggregationSink? aggregation)
    {
        if (aggregation is null)
        {
            // The arguments' own errors come first.
            foreach (var argument in arguments)
            {
                CompileExpression(argument, scope);
            }

            throw CypherErrors.AggregationOutOfContext(SourceOf(source), source);
        }

        Binder.CheckAggregateCall(source, arguments, aggregation.InsideAggregate);
        aggregation.InsideAggregate = true;
        Evaluator[] compiled;
        try
        {
            compiled = arguments.Select(a => CompileExpression(a, scope, aggregation)).ToArray();
        }
        finally
        {
            aggregation.InsideAggregate = false;
        }

        var slot = slots.Next();
        aggregation.Aggregates.Add(new AggregateSpec(function, distinct, compiled, slot, source));
        return (row, _) => row[slot];
    }
}
