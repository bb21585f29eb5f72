using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// CASE, list comprehensions, quantifiers, reduce and map projections; the Neo4j 5 predicates and operators
/// beyond openCypher 9 (Cypher manual, "Predicates", "Type predicate expressions", "Label expressions", "String
/// operators"): type predicates, <c>IS NORMALIZED</c>, label expression predicates, <c>||</c>, and the extended
/// simple CASE.
/// </summary>
internal sealed partial class PhysicalPlanner
{
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
        var element = binder.DeclareElement(comprehension.Variable, comprehension.Source, scope);
        var slot = element.Slot;
        var inner = scope.With(element);
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
        var element = binder.DeclareElement(quantifier.Variable, quantifier.Source, scope);
        var slot = element.Slot;
        var inner = scope.With(element);
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
                        throw CypherErrors.QuantifierPredicateNotBoolean(Operations.TypeName(r), quantifier);
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
        var accumulator = binder.Declare(reduce.Accumulator, VariableKind.Any);
        var variable = binder.Declare(reduce.Variable, VariableKind.Any);
        var accumulatorSlot = accumulator.Slot;
        var variableSlot = variable.Slot;
        var inner = scope.With(accumulator).With(variable);
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
        var info = Binder.Resolve(projection.Variable, scope, projection);
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
                            _ => throw CypherErrors.MapProjectionOfNonEntity(Operations.TypeName(target), all),
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
                        var other = Binder.Resolve(variable.Variable, scope, variable);
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
        _ => throw CypherErrors.NotAList(Operations.TypeName(value), at),
    };

    /// <summary><c>x IS [NOT] :: type</c>: true or false, never null (null is of every nullable type).</summary>
    private Evaluator CompileTypePredicate(TypePredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var operand = CompileExpression(predicate.Operand, scope, aggregation);
        var type = predicate.Type;
        return predicate.Negated
            ? (row, ctx) => !ValueTypes.IsOfType(operand(row, ctx), type)
            : (row, ctx) => ValueTypes.IsOfType(operand(row, ctx), type);
    }

    /// <summary><c>s IS [NOT] [form] NORMALIZED</c>: null for null, an error for anything but a string.</summary>
    private Evaluator CompileNormalizedPredicate(NormalizedPredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var operand = CompileExpression(predicate.Operand, scope, aggregation);
        var form = TextNormalization.FormOf(predicate.Form);
        var negated = predicate.Negated;
        return (row, ctx) => operand(row, ctx) switch
        {
            null => null,
            string s => s.IsNormalized(form) != negated,
            var other => throw CypherErrors.NormalizedOfNonString(Operations.TypeName(other), predicate),
        };
    }

    /// <summary>
    /// <c>n:A|B</c>, <c>n:!A</c>, <c>n:%</c>, <c>r:A|B</c>: a node matches by its labels, a relationship by its type; null
    /// for null.
    /// </summary>
    private Evaluator CompileLabelPredicate(LabelPredicate predicate, Scope scope, AggregationSink? aggregation)
    {
        var target = CompileExpression(predicate.Target, scope, aggregation);
        var labels = predicate.Labels;
        return (row, ctx) =>
        {
            switch (target(row, ctx))
            {
                case null:
                    return null;
                case NodeValue n:
                    {
                        var record = ctx.Node(n);
                        return labels.Matches(record.HasLabel, record.Labels.Length > 0);
                    }

                case RelationshipValue r:
                    {
                        var type = ctx.Relationship(r).Type;
                        return labels.Matches(name => name == type, hasAny: true);
                    }

                case var other:
                    throw CypherErrors.LabelExpressionOfNonEntity(Operations.TypeName(other), predicate);
            }
        };
    }

    /// <summary><c>a || b</c>: two strings or two lists joined; null when either is null.</summary>
    private Evaluator CompileConcatenation(Binary binary, Scope scope, AggregationSink? aggregation)
    {
        var left = CompileExpression(binary.Left, scope, aggregation);
        var right = CompileExpression(binary.Right, scope, aggregation);
        return (row, ctx) => (left(row, ctx), right(row, ctx)) switch
        {
            (null, _) or (_, null) => null,
            (string a, string b) => a + b,
            (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Concat(b).ToList(),
            var (a, b) => throw CypherErrors.InvalidArgumentType(
                $"|| joins two Strings or two Lists, got {Operations.TypeName(a)} and {Operations.TypeName(b)}", binary),
        };
    }

    /// <summary>
    /// <c>CASE subject WHEN &lt; 1900 THEN … WHEN 1, 2 THEN … END</c>: the subject is evaluated once into a hidden
    /// variable that the WHEN predicates read; the first WHEN that is true wins.
    /// </summary>
    private Evaluator CompileExtendedCase(ExtendedCaseExpression expression, Scope scope, AggregationSink? aggregation)
    {
        var subject = CompileExpression(expression.Subject, scope, aggregation);
        var slot = slots.Next();
        var inner = scope.With(new VariableInfo(ExtendedCaseExpression.SubjectVariable, slot, VariableKind.Any, StaticTypes.Of(expression.Subject, scope)));
        var whens = expression.Alternatives.Select(a => CompileExpression(a.When, inner, aggregation)).ToArray();
        var thens = expression.Alternatives.Select(a => CompileExpression(a.Then, scope, aggregation)).ToArray();
        var otherwise = expression.Default is null ? null : CompileExpression(expression.Default, scope, aggregation);
        return (row, ctx) =>
        {
            row[slot] = subject(row, ctx);
            for (var i = 0; i < whens.Length; i++)
            {
                if (whens[i](row, ctx) is true)
                {
                    return thens[i](row, ctx);
                }
            }

            return otherwise?.Invoke(row, ctx);
        };
    }
}
