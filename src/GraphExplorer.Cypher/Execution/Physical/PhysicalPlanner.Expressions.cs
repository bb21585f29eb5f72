using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

internal sealed partial class PhysicalPlanner
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
                return Constant(b.Value);
            case IntegerLiteral i:
                return Constant(i.Value);
            case FloatLiteral f:
                return Constant(f.Value);
            case StringLiteral s:
                return Constant(s.Value);
            case ListLiteral list:
                return CompileListLiteral(list, scope, aggregation);
            case MapLiteral map:
                return CompileMapLiteral(map, scope, aggregation);
            case Parameter p:
                return CompileParameter(p);
            case Variable v:
                {
                    var slot = Binder.Resolve(v.Name, scope, v).Slot;
                    return (row, _) => row[slot];
                }

            case PropertyAccess pa:
                return CompilePropertyAccess(pa, scope, aggregation);
            case Subscript sub:
                return CompileSubscript(sub, scope, aggregation);
            case Slice slice:
                return CompileSlice(slice, scope, aggregation);
            case Binary binary:
                return CompileBinary(binary, scope, aggregation);
            case Unary unary:
                return CompileUnary(unary, scope, aggregation);
            case IsNull isNull:
                {
                    var operand = CompileExpression(isNull.Operand, scope, aggregation);
                    return isNull.Negated ? (row, ctx) => operand(row, ctx) is not null : (row, ctx) => operand(row, ctx) is null;
                }

            case HasLabels hasLabels:
                return CompileHasLabels(hasLabels, scope, aggregation);
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
            case TypePredicate typePredicate:
                return CompileTypePredicate(typePredicate, scope, aggregation);
            case NormalizedPredicate normalized:
                return CompileNormalizedPredicate(normalized, scope, aggregation);
            case LabelPredicate labelPredicate:
                return CompileLabelPredicate(labelPredicate, scope, aggregation);
            case ExtendedCaseExpression extendedCase:
                return CompileExtendedCase(extendedCase, scope, aggregation);
            default:
                return CompileGraphQueryingExpression(expression, scope);
        }
    }

    /// <summary>The expressions that query the graph: pattern predicates and comprehensions, EXISTS, COLLECT and COUNT subqueries.</summary>
    private Evaluator CompileGraphQueryingExpression(Expression expression, Scope scope)
    {
        switch (expression)
        {
            case PatternPredicate predicate:
                return CompilePatternPredicate(predicate, scope);
            case PatternComprehension comprehension:
                return CompilePatternComprehension(comprehension, scope);
            case ExistsSubquery exists:
                {
                    var count = CompileSubqueryCount(exists.Pattern, exists.Where, exists.Query, scope, exists, stopAtFirst: true);
                    return (row, ctx) => count(row, ctx) > 0;
                }

            case CollectSubquery collect:
                return CompileCollectSubquery(collect, scope);
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
        Binder.RequireBoolean(expression, scope);
        var evaluator = CompileExpression(expression, scope);
        return (row, ctx) => evaluator(row, ctx) switch
        {
            true => true,
            null or false => false,
            var other => throw CypherErrors.PredicateNotBoolean(Operations.TypeName(other), expression),
        };
    }

    internal static object? PropertyOf(object? target, string key, QueryContext ctx, SyntaxNode at) => target switch
    {
        null => null,
        NodeValue n => ctx.NodeProperty(n, key),
        RelationshipValue r => ctx.RelationshipProperty(r, key),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
        CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration => TemporalFormat.Component(target, key),
        CypherPoint point => Spatial.Component(point, key),
        _ => throw CypherErrors.PropertyOfNonEntity(Operations.TypeName(target), at),
    };

    private static Evaluator Constant(object value) => (_, _) => value;

    private Evaluator CompileListLiteral(ListLiteral list, Scope scope, AggregationSink? aggregation)
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

    private Evaluator CompileMapLiteral(MapLiteral map, Scope scope, AggregationSink? aggregation)
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

    private Evaluator CompileParameter(Parameter p)
    {
        var name = p.Name;
        parameters.Add(name);
        return (_, ctx) => ctx.Parameters.TryGetValue(name, out var value) ? value : throw CypherErrors.ParameterMissing(name, p);
    }

    private Evaluator CompilePropertyAccess(PropertyAccess pa, Scope scope, AggregationSink? aggregation)
    {
        Binder.CheckPropertyAccess(pa, scope);
        var target = CompileExpression(pa.Target, scope, aggregation);
        var key = pa.Key;
        return (row, ctx) => PropertyOf(target(row, ctx), key, ctx, pa);
    }

    private Evaluator CompileUnary(Unary unary, Scope scope, AggregationSink? aggregation)
    {
        Binder.CheckUnary(unary, scope);
        var operand = CompileExpression(unary.Operand, scope, aggregation);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, ctx) => Operations.Not(operand(row, ctx)),
            UnaryOperator.Negate => (row, ctx) => Operations.Negate(operand(row, ctx)),
            _ => (row, ctx) => Operations.UnaryPlus(operand(row, ctx)),
        };
    }

    /// <summary><c>n:A:B</c> (every label) and <c>r:T</c> (the relationship's type).</summary>
    private Evaluator CompileHasLabels(HasLabels hasLabels, Scope scope, AggregationSink? aggregation)
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
                    throw CypherErrors.LabelPredicateOfNonNode(Operations.TypeName(other), hasLabels);
            }
        };
    }

    /// <summary>A pattern used as a predicate: true when it has at least one match.</summary>
    private Evaluator CompilePatternPredicate(PatternPredicate predicate, Scope scope)
    {
        Binder.CheckPatternPredicate(predicate);
        var matcher = CompilePatternExpression(new Pattern([new PatternPart(null, predicate.Pattern, PathSelector.All, predicate.Span)], predicate.Span), null, scope, out _);
        return (row, ctx) => matcher.Matches(row, ctx).Any();
    }
}
