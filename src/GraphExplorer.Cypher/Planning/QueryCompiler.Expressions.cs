using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>Compiles an expression in a scope. Aggregates are allowed only when <paramref name="aggregation"/> is given.</summary>
    public Evaluator CompileExpression(Expression expression, Scope scope, AggregationSink? aggregation = null)
    {
        if (substitutions is not null && expression is not (Variable or Parameter or NullLiteral or BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral)
            && substitutions.TryGetValue(SourceOf(expression), out var substituted))
        {
            return (row, _) => row[substituted];
        }

        switch (expression)
        {
            case NullLiteral:
                return static (_, _) => null;
            case BooleanLiteral b:
                {
                    object value = b.Value;
                    return (_, _) => value;
                }

            case IntegerLiteral i:
                {
                    object value = i.Value;
                    return (_, _) => value;
                }

            case FloatLiteral f:
                {
                    object value = f.Value;
                    return (_, _) => value;
                }

            case StringLiteral s:
                {
                    object value = s.Value;
                    return (_, _) => value;
                }

            case ListLiteral list:
                {
                    var items = list.Items.Select(e => CompileExpression(e, scope, aggregation)).ToArray();
                    return (row, ctx) =>
                    {
                        var result = new List<object?>(items.Length);
                        foreach (var item in items)
                        {
                            result.Add(item(row, ctx));
                        }

                        return result;
                    };
                }

            case MapLiteral map:
                {
                    var keys = map.Entries.Select(e => e.Key).ToArray();
                    var values = map.Entries.Select(e => CompileExpression(e.Value, scope, aggregation)).ToArray();
                    return (row, ctx) =>
                    {
                        var result = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
                        for (var i = 0; i < keys.Length; i++)
                        {
                            result[keys[i]] = values[i](row, ctx);
                        }

                        return result;
                    };
                }

            case Parameter p:
                {
                    var name = p.Name;
                    parameters.Add(name);
                    return (_, ctx) => ctx.Parameters.TryGetValue(name, out var value) ? value : throw CypherErrors.ParameterMissing(name, p);
                }

            case Variable v:
                {
                    var info = scope.Find(v.Name) ?? throw CypherErrors.UndefinedVariable(v.Name, v);
                    var slot = info.Slot;
                    return (row, _) => row[slot];
                }

            case PropertyAccess pa:
                {
                    switch (StaticTypes.Of(pa.Target, scope))
                    {
                        case CypherType.Path:
                            throw CypherErrors.PropertyAccessOnPath(pa);
                        case CypherType.Boolean or CypherType.Integer or CypherType.Float or CypherType.String or CypherType.List:
                            throw CypherErrors.PropertyAccessOnValue(StaticTypes.Of(pa.Target, scope)!.Value, pa);
                    }

                    var target = CompileExpression(pa.Target, scope, aggregation);
                    var key = pa.Key;
                    return (row, ctx) => PropertyOf(target(row, ctx), key, ctx, pa);
                }

            case Subscript sub:
                return CompileSubscript(sub, scope, aggregation);
            case Slice slice:
                return CompileSlice(slice, scope, aggregation);
            case Binary binary:
                return CompileBinary(binary, scope, aggregation);
            case Unary unary:
                {
                    if (unary.Operator == UnaryOperator.Not)
                    {
                        RequireBoolean(unary.Operand, scope);
                    }

                    var operand = CompileExpression(unary.Operand, scope, aggregation);
                    return unary.Operator switch
                    {
                        UnaryOperator.Not => (row, ctx) => Operations.Not(operand(row, ctx)),
                        UnaryOperator.Negate => (row, ctx) => Operations.Negate(operand(row, ctx)),
                        _ => (row, ctx) => Operations.UnaryPlus(operand(row, ctx)),
                    };
                }

            case IsNull isNull:
                {
                    var operand = CompileExpression(isNull.Operand, scope, aggregation);
                    return isNull.Negated ? (row, ctx) => operand(row, ctx) is not null : (row, ctx) => operand(row, ctx) is null;
                }

            case HasLabels hasLabels:
                {
                    var target = CompileExpression(hasLabels.Target, scope, aggregation);
                    var labels = hasLabels.Labels.ToArray();
                    return (row, ctx) =>
                    {
                        switch (target(row, ctx))
                        {
                            case null:
                                return null;
                            case NodeValue n:
                                {
                                    var record = ctx.Node(n);
                                    foreach (var label in labels)
                                    {
                                        if (!record.HasLabel(label))
                                        {
                                            return false;
                                        }
                                    }

                                    return true;
                                }

                            case RelationshipValue r:
                                return labels.Length == 1 && ctx.Relationship(r).Type == labels[0];
                            case var other:
                                throw CypherErrors.InvalidArgumentType($"Label predicates need a Node, got {Operations.TypeName(other)}", hasLabels);
                        }
                    };
                }

            case FunctionCall call:
                return CompileFunctionCall(call, scope, aggregation);
            case CountStar star:
                return CompileAggregate("count", false, [], star, scope, aggregation);
            case CaseExpression caseExpression:
                return CompileCase(caseExpression, scope, aggregation);
            case ListComprehension comprehension:
                return CompileListComprehension(comprehension, scope, aggregation);
            case Quantifier quantifier:
                return CompileQuantifier(quantifier, scope, aggregation);
            case Reduce reduce:
                return CompileReduce(reduce, scope, aggregation);
            case MapProjection projection:
                return CompileMapProjection(projection, scope, aggregation);
            case PatternPredicate predicate:
                {
                    if (predicate.Pattern.Steps.IsEmpty)
                    {
                        throw CypherErrors.PatternPredicateWithoutRelationship(predicate);
                    }

                    var matcher = CompilePatternExpression(new Pattern([new PatternPart(null, predicate.Pattern, PathSelector.All, predicate.Span)], predicate.Span), null, scope, out _);
                    return (row, ctx) => matcher.Matches(row, ctx).Any();
                }

            case PatternComprehension comprehension:
                return CompilePatternComprehension(comprehension, scope);
            case ExistsSubquery exists:
                {
                    var count = CompileSubqueryCount(exists.Pattern, exists.Where, exists.Query, scope, exists, stopAtFirst: true);
                    return (row, ctx) => count(row, ctx) > 0;
                }

            case CountSubquery countSubquery:
                {
                    var count = CompileSubqueryCount(countSubquery.Pattern, countSubquery.Where, countSubquery.Query, scope, countSubquery, stopAtFirst: false);
                    return (row, ctx) => count(row, ctx);
                }

            default:
                throw CypherErrors.Unsupported(expression.GetType().Name, expression);
        }
    }

    /// <summary>Compiles a predicate (WHERE): the result is true, false or null, and only true keeps a row.</summary>
    public Func<object?[], QueryContext, bool> CompilePredicate(Expression expression, Scope scope)
    {
        RequireBoolean(expression, scope);
        var evaluator = CompileExpression(expression, scope);
        return (row, ctx) => evaluator(row, ctx) switch
        {
            true => true,
            null or false => false,
            var other => throw CypherErrors.InvalidArgumentType($"A predicate must be a Boolean, got {Operations.TypeName(other)}", expression),
        };
    }

    internal static object? PropertyOf(object? target, string key, QueryContext ctx, SyntaxNode at) => target switch
    {
        null => null,
        NodeValue n => ctx.Node(n).Properties.Get(key),
        RelationshipValue r => ctx.Relationship(r).Properties.Get(key),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
        CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration => TemporalFormat.Component(target, key),
        _ => throw CypherErrors.InvalidArgumentType($"Type mismatch: expected a map, node or relationship but was {Operations.TypeName(target)}", at),
    };

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
                            throw CypherErrors.TypeError("ListElementAccessByNonInteger", $"List element access needs an Integer index, got {Operations.TypeName(i)}", sub);
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
                        throw CypherErrors.TypeError("MapElementAccessByNonString", $"Map element access needs a String key, got {Operations.TypeName(i)}", sub);
                    }

                    return PropertyOf(t, key, ctx, sub);
                default:
                    throw CypherErrors.InvalidArgumentType($"Cannot index into a {Operations.TypeName(t)}", sub);
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
                throw CypherErrors.InvalidArgumentType($"Slicing needs a List, got {Operations.TypeName(t)}", slice);
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

    private void RequireBoolean(Expression operand, Scope scope)
    {
        if (StaticTypes.Of(operand, scope) is { } type and not CypherType.Boolean)
        {
            throw CypherErrors.TypeMismatch(CypherType.Boolean, type, operand);
        }
    }

    private void RequireArithmetic(Binary binary, Scope scope)
    {
        var left = StaticTypes.Of(binary.Left, scope);
        var right = StaticTypes.Of(binary.Right, scope);
        var ok = binary.Operator == BinaryOperator.Add
            ? StaticTypes.MayBeAdded(left, right)
            : StaticTypes.MayBeNumber(left) && StaticTypes.MayBeNumber(right);
        if (!ok)
        {
            throw CypherErrors.OperandTypeMismatch(binary.Operator, left, right, binary);
        }
    }

    private Evaluator CompileBinary(Binary binary, Scope scope, AggregationSink? aggregation)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                RequireBoolean(binary.Left, scope);
                RequireBoolean(binary.Right, scope);
                break;
            case BinaryOperator.In when StaticTypes.Of(binary.Right, scope) is { } rightType and not CypherType.List:
                throw CypherErrors.InNeedsList(rightType, binary.Right);
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power:
                RequireArithmetic(binary, scope);
                break;
        }

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
                return (row, ctx) => Operations.Add(left(row, ctx), right(row, ctx));
            case BinaryOperator.Subtract:
                return (row, ctx) => Operations.Subtract(left(row, ctx), right(row, ctx));
            case BinaryOperator.Multiply:
                return (row, ctx) => Operations.Multiply(left(row, ctx), right(row, ctx));
            case BinaryOperator.Divide:
                return (row, ctx) => Operations.Divide(left(row, ctx), right(row, ctx));
            case BinaryOperator.Modulo:
                return (row, ctx) => Operations.Modulo(left(row, ctx), right(row, ctx));
            case BinaryOperator.Power:
                return (row, ctx) => Operations.Power(left(row, ctx), right(row, ctx));
            default:
                throw CypherErrors.Unsupported($"Operator {binary.Operator}", binary);
        }
    }

    private Evaluator CompileFunctionCall(FunctionCall call, Scope scope, AggregationSink? aggregation)
    {
        if (FunctionLibrary.IsAggregate(call.Name))
        {
            var (min, max) = FunctionLibrary.Aggregates[call.Name];
            if (call.Arguments.Length < min || call.Arguments.Length > max)
            {
                throw CypherErrors.InvalidNumberOfArguments(call.Name, call);
            }

            return CompileAggregate(call.Name.ToLowerInvariant(), call.Distinct, call.Arguments, call, scope, aggregation);
        }

        if (string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Length == 1)
        {
            var argument = call.Arguments[0];
            if (argument is not PropertyAccess and not PatternPredicate and not Subscript)
            {
                throw CypherErrors.InvalidExistsArgument(argument);
            }

            var inner = CompileExpression(argument, scope, aggregation);
            return argument is PatternPredicate ? inner : (row, ctx) => inner(row, ctx) is not null;
        }

        var function = FunctionLibrary.Find(call.Name) ?? throw CypherErrors.UnknownFunction(call.Name, call);
        if (call.Arguments.Length == 1)
        {
            if (StaticTypes.Of(call.Arguments[0], scope) is { } argumentType && StaticTypes.FunctionRefuses(call.Name, argumentType))
            {
                throw CypherErrors.FunctionArgumentTypeMismatch(call.Name, argumentType, call.Arguments[0]);
            }
        }

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
            foreach (var argument in arguments)
            {
                CompileExpression(argument, scope);
            }

            throw CypherErrors.AggregationOutOfContext(SourceOf(source), source);
        }

        if (aggregation.InsideAggregate)
        {
            throw CypherErrors.NestedAggregation(source);
        }

        foreach (var argument in arguments)
        {
            if (argument is FunctionCall { Name: var n } && (string.Equals(n, "rand", StringComparison.OrdinalIgnoreCase) || string.Equals(n, "randomUUID", StringComparison.OrdinalIgnoreCase)))
            {
                throw CypherErrors.NonConstantExpression(argument);
            }
        }

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

    private Evaluator CompileCase(CaseExpression expression, Scope scope, AggregationSink? aggregation)
    {
        var test = expression.Test is null ? null : CompileExpression(expression.Test, scope, aggregation);
        var whens = expression.Alternatives.Select(a => CompileExpression(a.When, scope, aggregation)).ToArray();
        var thens = expression.Alternatives.Select(a => CompileExpression(a.Then, scope, aggregation)).ToArray();
        var otherwise = expression.Default is null ? null : CompileExpression(expression.Default, scope, aggregation);
        return (row, ctx) =>
        {
            var t = test?.Invoke(row, ctx);
            for (var i = 0; i < whens.Length; i++)
            {
                var w = whens[i](row, ctx);
                if (test is null ? w is true : ValueComparer.Equal(t, w) == true)
                {
                    return thens[i](row, ctx);
                }
            }

            return otherwise?.Invoke(row, ctx);
        };
    }

    private Evaluator CompileListComprehension(ListComprehension comprehension, Scope scope, AggregationSink? aggregation)
    {
        var source = CompileExpression(comprehension.Source, scope, aggregation);
        var slot = slots.Next();
        var inner = scope.With(new VariableInfo(comprehension.Variable, slot, VariableKind.Any, StaticTypes.ElementTypeOf(comprehension.Source, scope)));
        var where = comprehension.Where is null ? null : CompilePredicate(comprehension.Where, inner);
        var projection = comprehension.Projection is null ? null : CompileExpression(comprehension.Projection, inner);
        return (row, ctx) =>
        {
            var list = source(row, ctx);
            if (list is null)
            {
                return null;
            }

            var items = AsList(list, comprehension);
            var result = new List<object?>(items.Count);
            foreach (var item in items)
            {
                row[slot] = item;
                if (where is null || where(row, ctx))
                {
                    result.Add(projection is null ? item : projection(row, ctx));
                }
            }

            return result;
        };
    }

    private Evaluator CompileQuantifier(Quantifier quantifier, Scope scope, AggregationSink? aggregation)
    {
        var source = CompileExpression(quantifier.Source, scope, aggregation);
        var slot = slots.Next();
        var inner = scope.With(new VariableInfo(quantifier.Variable, slot, VariableKind.Any, StaticTypes.ElementTypeOf(quantifier.Source, scope)));
        var predicate = quantifier.Predicate is null ? null : CompileExpression(quantifier.Predicate, inner);
        var kind = quantifier.Kind;
        return (row, ctx) =>
        {
            var list = source(row, ctx);
            if (list is null)
            {
                return null;
            }

            var trueCount = 0;
            var nullCount = 0;
            var items = AsList(list, quantifier);
            foreach (var item in items)
            {
                row[slot] = item;
                var r = predicate is null ? item : predicate(row, ctx);
                switch (r)
                {
                    case true:
                        trueCount++;
                        if (kind == QuantifierKind.Any)
                        {
                            return true;
                        }

                        if (kind == QuantifierKind.None)
                        {
                            return false;
                        }

                        break;
                    case false:
                        if (kind == QuantifierKind.All)
                        {
                            return false;
                        }

                        break;
                    case null:
                        nullCount++;
                        break;
                    default:
                        throw CypherErrors.InvalidArgumentType($"A quantifier predicate must be a Boolean, got {Operations.TypeName(r)}", quantifier);
                }
            }

            return kind switch
            {
                QuantifierKind.All => nullCount > 0 ? null : true,
                QuantifierKind.Any => nullCount > 0 ? null : false,
                QuantifierKind.None => nullCount > 0 ? null : true,
                _ => trueCount > 1 ? false : nullCount > 0 ? null : trueCount == 1,
            };
        };
    }

    private Evaluator CompileReduce(Reduce reduce, Scope scope, AggregationSink? aggregation)
    {
        var init = CompileExpression(reduce.Init, scope, aggregation);
        var source = CompileExpression(reduce.Source, scope, aggregation);
        var accumulatorSlot = slots.Next();
        var variableSlot = slots.Next();
        var inner = scope.With(new VariableInfo(reduce.Accumulator, accumulatorSlot, VariableKind.Any))
            .With(new VariableInfo(reduce.Variable, variableSlot, VariableKind.Any));
        var body = CompileExpression(reduce.Body, inner);
        return (row, ctx) =>
        {
            var accumulator = init(row, ctx);
            var list = source(row, ctx);
            if (list is null)
            {
                return null;
            }

            foreach (var item in AsList(list, reduce))
            {
                row[accumulatorSlot] = accumulator;
                row[variableSlot] = item;
                accumulator = body(row, ctx);
            }

            return accumulator;
        };
    }

    private Evaluator CompileMapProjection(MapProjection projection, Scope scope, AggregationSink? aggregation)
    {
        var info = scope.Find(projection.Variable) ?? throw CypherErrors.UndefinedVariable(projection.Variable, projection);
        var slot = info.Slot;
        var parts = new List<Action<object?, object?[], QueryContext, Dictionary<string, object?>>>();
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case PropertySelector p:
                    {
                        var key = p.Key;
                        parts.Add((target, _, ctx, map) => map[key] = PropertyOf(target, key, ctx, p));
                        break;
                    }

                case AllPropertiesSelector all:
                    parts.Add((target, _, ctx, map) =>
                    {
                        IEnumerable<KeyValuePair<string, object?>> entries = target switch
                        {
                            NodeValue n => FunctionLibrary.MapOf(ctx.Node(n).Properties),
                            RelationshipValue r => FunctionLibrary.MapOf(ctx.Relationship(r).Properties),
                            IReadOnlyDictionary<string, object?> m => m,
                            _ => throw CypherErrors.InvalidArgumentType($"Map projection needs a map, node or relationship, got {Operations.TypeName(target)}", all),
                        };
                        foreach (var (k, v) in entries)
                        {
                            map[k] = v;
                        }
                    });
                    break;
                case LiteralEntrySelector literal:
                    {
                        var key = literal.Key;
                        var value = CompileExpression(literal.Value, scope, aggregation);
                        parts.Add((_, row, ctx, map) => map[key] = value(row, ctx));
                        break;
                    }

                case VariableSelector variable:
                    {
                        var other = scope.Find(variable.Variable) ?? throw CypherErrors.UndefinedVariable(variable.Variable, variable);
                        var key = variable.Variable;
                        var otherSlot = other.Slot;
                        parts.Add((_, row, _, map) => map[key] = row[otherSlot]);
                        break;
                    }
            }
        }

        var compiled = parts.ToArray();
        return (row, ctx) =>
        {
            var target = row[slot];
            if (target is null)
            {
                return null;
            }

            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var part in compiled)
            {
                part(target, row, ctx, map);
            }

            return map;
        };
    }

    private static IReadOnlyList<object?> AsList(object value, SyntaxNode at) => value switch
    {
        IReadOnlyList<object?> list => list,
        _ => throw CypherErrors.InvalidArgumentType($"Expected a List, got {Operations.TypeName(value)}", at),
    };
}
