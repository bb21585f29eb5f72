using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Operators (subscripts, slices, boolean, comparison and arithmetic operators, with their static type checks),
/// function calls and aggregating functions.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    private Evaluator CompileSubscript(Subscript sub, Scope scope, AggregationSink? aggregation)
    {
        var target = CompileExpression(sub.Target, scope, aggregation);
        var index = CompileExpression(sub.Index, scope, aggregation);
        return (row, ctx) =>
        {
            var t = target(row, ctx);
            var i = index(row, ctx);
            switch (t)
            {
                case null:
                    return null;
                case IReadOnlyList<object?> list:
                    {
                        if (i is null)
                        {
                            return null;
                        }

                        if (i is not long l)
                        {
                            throw CypherErrors.ListIndexNotInteger(Operations.TypeName(i), sub);
                        }

                        if (l < 0)
                        {
                            l += list.Count;
                        }

                        return l >= 0 && l < list.Count ? list[(int)l] : null;
                    }

                case IReadOnlyDictionary<string, object?> or NodeValue or RelationshipValue:
                    if (i is null)
                    {
                        return null;
                    }

                    if (i is not string key)
                    {
                        throw CypherErrors.MapKeyNotString(Operations.TypeName(i), sub);
                    }

                    return PropertyOf(t, key, ctx, sub);
                default:
                    throw CypherErrors.NotSubscriptable(Operations.TypeName(t), sub);
            }
        };
    }

    private Evaluator CompileSlice(Slice slice, Scope scope, AggregationSink? aggregation)
    {
        var target = CompileExpression(slice.Target, scope, aggregation);
        var from = slice.From is null ? null : CompileExpression(slice.From, scope, aggregation);
        var to = slice.To is null ? null : CompileExpression(slice.To, scope, aggregation);
        return (row, ctx) =>
        {
            var t = target(row, ctx);
            if (t is null)
            {
                return null;
            }

            if (t is not IReadOnlyList<object?> list)
            {
                throw CypherErrors.NotSliceable(Operations.TypeName(t), slice);
            }

            var f = from?.Invoke(row, ctx);
            var e = to?.Invoke(row, ctx);
            if ((from is not null && f is null) || (to is not null && e is null))
            {
                return null;
            }

            var start = f is null ? 0 : FunctionLibrary.AsLong(f, "slice");
            var end = e is null ? list.Count : FunctionLibrary.AsLong(e, "slice");
            if (start < 0)
            {
                start = Math.Max(0, start + list.Count);
            }

            if (end < 0)
            {
                end = Math.Max(0, end + list.Count);
            }

            start = Math.Min(start, list.Count);
            end = Math.Min(end, list.Count);
            var result = new List<object?>();
            for (var i = start; i < end; i++)
            {
                result.Add(list[(int)i]);
            }

            return result;
        };
    }

    private Evaluator CompileBinary(Binary binary, Scope scope, AggregationSink? aggregation)
    {
        if (binary.Operator == BinaryOperator.Concatenate)
        {
            return CompileConcatenation(binary, scope, aggregation);
        }

        Binder.CheckBinary(binary, scope);
        var left = CompileExpression(binary.Left, scope, aggregation);
        var right = CompileExpression(binary.Right, scope, aggregation);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (row, ctx) =>
                {
                    var a = Operations.AsBoolean(left(row, ctx), "AND");
                    if (a == false)
                    {
                        // Still type-check the right side lazily: Cypher does not guarantee short-circuiting.
                        return false;
                    }

                    return Operations.And(a, Operations.AsBoolean(right(row, ctx), "AND"));
                };
            case BinaryOperator.Or:
                return (row, ctx) =>
                {
                    var a = Operations.AsBoolean(left(row, ctx), "OR");
                    if (a == true)
                    {
                        return true;
                    }

                    return Operations.Or(a, Operations.AsBoolean(right(row, ctx), "OR"));
                };
            case BinaryOperator.Xor:
                return (row, ctx) => Operations.Xor(Operations.AsBoolean(left(row, ctx), "XOR"), Operations.AsBoolean(right(row, ctx), "XOR"));
            case BinaryOperator.Equal:
                return (row, ctx) => Operations.Equal(left(row, ctx), right(row, ctx));
            case BinaryOperator.NotEqual:
                return (row, ctx) => Operations.NotEqual(left(row, ctx), right(row, ctx));
            case BinaryOperator.LessThan:
                return (row, ctx) => Operations.Compare(left(row, ctx), right(row, ctx), BinaryOpKind.Less);
            case BinaryOperator.LessThanOrEqual:
                return (row, ctx) => Operations.Compare(left(row, ctx), right(row, ctx), BinaryOpKind.LessOrEqual);
            case BinaryOperator.GreaterThan:
                return (row, ctx) => Operations.Compare(left(row, ctx), right(row, ctx), BinaryOpKind.Greater);
            case BinaryOperator.GreaterThanOrEqual:
                return (row, ctx) => Operations.Compare(left(row, ctx), right(row, ctx), BinaryOpKind.GreaterOrEqual);
            case BinaryOperator.RegexMatch:
                return (row, ctx) => Operations.RegexMatch(left(row, ctx), right(row, ctx));
            case BinaryOperator.StartsWith:
                return (row, ctx) => Operations.StringPredicate(left(row, ctx), right(row, ctx), BinaryOpKind.StartsWith);
            case BinaryOperator.EndsWith:
                return (row, ctx) => Operations.StringPredicate(left(row, ctx), right(row, ctx), BinaryOpKind.EndsWith);
            case BinaryOperator.Contains:
                return (row, ctx) => Operations.StringPredicate(left(row, ctx), right(row, ctx), BinaryOpKind.Contains);
            case BinaryOperator.In:
                return (row, ctx) => Operations.In(left(row, ctx), right(row, ctx));
            case BinaryOperator.Add:
                return PlacedAt(binary, (row, ctx) => Operations.Add(left(row, ctx), right(row, ctx)));
            case BinaryOperator.Subtract:
                return PlacedAt(binary, (row, ctx) => Operations.Subtract(left(row, ctx), right(row, ctx)));
            case BinaryOperator.Multiply:
                return PlacedAt(binary, (row, ctx) => Operations.Multiply(left(row, ctx), right(row, ctx)));
            case BinaryOperator.Divide:
                return PlacedAt(binary, (row, ctx) => Operations.Divide(left(row, ctx), right(row, ctx)));
            case BinaryOperator.Modulo:
                return PlacedAt(binary, (row, ctx) => Operations.Modulo(left(row, ctx), right(row, ctx)));
            case BinaryOperator.Power:
                return PlacedAt(binary, (row, ctx) => Operations.Power(left(row, ctx), right(row, ctx)));
            default:
                throw CypherErrors.Unsupported($"Operator {binary.Operator}", binary);
        }
    }

    /// <summary>
    /// The evaluator, with the run-time errors it raises without a place (value operations do not know the query)
    /// placed at <paramref name="expression"/>: wherever the expression runs, before or after an eager operator, the
    /// error names its line and column.
    /// </summary>
    private static Evaluator PlacedAt(Expression expression, Evaluator evaluator) => (row, ctx) =>
    {
        try
        {
            return evaluator(row, ctx);
        }
        catch (Database.CypherException e) when (e.Position is null)
        {
            throw CypherErrors.At(e, expression);
        }
    };

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
        if (Notifications.DeprecatedFunction(call) is { } deprecation)
        {
            notifications.Add(deprecation);
        }

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
