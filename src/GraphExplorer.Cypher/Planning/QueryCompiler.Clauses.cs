using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>Compiles a statement: a query, a UNION of queries, or a schema command.</summary>
    public CompiledQuery Compile(Statement statement)
    {
        QueryPipeline[] parts;
        var distinct = false;
        switch (statement)
        {
            case SingleQuery single:
                parts = [CompileSingleQuery(single, Scope.Empty, subquery: false, out _)];
                break;
            case UnionQuery union:
                (parts, distinct) = CompileUnion(union, Scope.Empty, subquery: false);
                break;
            case ExplainStatement explain:
                return CompileExplain(explain);
            default:
                return CompileSchemaStatement(statement);
        }

        return new CompiledQuery
        {
            Parts = parts,
            UnionDistinct = distinct,
            Columns = parts[0].Columns,
            Updating = updating,
            SlotCount = slots.Count,
            Parameters = parameters,
            Schema = graph.Schema,
            NodeCountAtCompile = graph.NodeCount,
        };
    }

    private (QueryPipeline[] Parts, bool Distinct) CompileUnion(UnionQuery union, Scope scope, bool subquery)
    {
        if (union.All.Distinct().Count() > 1)
        {
            throw CypherErrors.MixedUnion(union);
        }

        var parts = union.Queries.Select(q => CompileSingleQuery(q, scope, subquery, out _)).ToArray();
        for (var i = 1; i < parts.Length; i++)
        {
            if (!parts[i].Columns.SequenceEqual(parts[0].Columns))
            {
                throw CypherErrors.DifferentColumnsInUnion(union.Queries[i]);
            }
        }

        return (parts, !union.All.FirstOrDefault());
    }

    /// <summary>Compiles a subquery seeing the variables of <paramref name="scope"/>.</summary>
    private SubqueryPlan CompileSubquery(Query query, Scope scope, bool allowUnitQuery)
    {
        switch (query)
        {
            case SingleQuery single:
                {
                    var pipeline = CompileSingleQuery(single, scope, subquery: true, out _);
                    var columns = pipeline.Columns.Select((c, i) => new VariableInfo(c, pipeline.ColumnSlots[i], VariableKind.Any)).ToList();
                    return new SubqueryPlan([pipeline], false, columns);
                }

            case UnionQuery union:
                {
                    var (parts, distinct) = CompileUnion(union, scope, subquery: true);
                    var columns = parts[0].Columns.Select(c => new VariableInfo(c, slots.Next(), VariableKind.Any)).ToList();
                    return new SubqueryPlan(parts, distinct, columns);
                }

            default:
                throw CypherErrors.Unsupported(query.GetType().Name, query);
        }
    }

    private QueryPipeline CompileSingleQuery(SingleQuery query, Scope scope, bool subquery, out Scope final)
    {
        var ops = new List<Operator>();
        string[] columns = [];
        int[] columnSlots = [];
        for (var i = 0; i < query.Clauses.Length; i++)
        {
            var clause = query.Clauses[i];
            var last = i == query.Clauses.Length - 1;
            switch (clause)
            {
                case MatchClause match:
                    {
                        var matcher = CompileMatchPattern(match.Pattern, match.Where, scope, allowNewVariables: true, out var next);
                        ops.Add(new MatchOperator(matcher, match.Optional));
                        scope = next;
                        break;
                    }

                case UnwindClause unwind:
                    {
                        var list = CompileExpression(unwind.Expression, scope);
                        if (scope.Contains(unwind.Variable))
                        {
                            throw CypherErrors.VariableAlreadyBound(unwind.Variable, unwind);
                        }

                        var slot = slots.Next();
                        scope = scope.With(new VariableInfo(unwind.Variable, slot, VariableKind.Any));
                        ops.Add(new UnwindOperator(list, slot));
                        break;
                    }

                case WithClause with:
                    scope = CompileProjection(with.Body, with.Where, scope, isReturn: false, ops, out _, out _);
                    break;
                case ReturnClause ret:
                    if (!last)
                    {
                        throw CypherErrors.ReturnNotLast(ret);
                    }

                    scope = CompileProjection(ret.Body, null, scope, isReturn: true, ops, out columns, out columnSlots);
                    break;
                case CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause:
                    TryCompileUpdatingClause(clause, ref scope, ops);
                    break;
                case CallClause call:
                    scope = CompileCall(call, scope, ops, out var callColumns, out var callSlots);
                    if (call.Standalone || (last && call.Yield is null && !call.YieldAll))
                    {
                        columns = callColumns;
                        columnSlots = callSlots;
                    }

                    break;
                case SubqueryCallClause subqueryCall:
                    scope = CompileSubqueryCall(subqueryCall, scope, ops);
                    break;
                default:
                    throw CypherErrors.Unsupported(clause.GetType().Name, clause);
            }
        }

        var lastClause = query.Clauses.LastOrDefault();
        if (!subquery && lastClause is MatchClause or WithClause or UnwindClause)
        {
            throw CypherErrors.InvalidClauseComposition(
                "Query cannot conclude with " + ClauseName(lastClause) + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call)", lastClause);
        }

        final = scope;
        return new QueryPipeline([.. ops], columns, columnSlots);
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause => "MATCH",
        WithClause => "WITH",
        UnwindClause => "UNWIND",
        _ => clause.GetType().Name,
    };

    // ---- projections ---------------------------------------------------------------------------------------------

    private Scope CompileProjection(ProjectionBody body, Expression? where, Scope scope, bool isReturn, List<Operator> ops, out string[] columns, out int[] columnSlots)
    {
        var items = new List<(string Name, Expression Expression, SyntaxNode At)>();
        if (body.IncludeExisting)
        {
            var visible = scope.Variables.Where(v => !v.Name.StartsWith("  ", StringComparison.Ordinal)).OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
            if (visible.Count == 0 && body.Items.IsEmpty && isReturn)
            {
                throw CypherErrors.NoVariablesInScope(body);
            }

            items.AddRange(visible.Select(v => (v.Name, (Expression)new Variable(v.Name, body.Span), (SyntaxNode)body)));
        }

        SyntaxNode? missingAlias = null; // reported after the aggregation rules, which Neo4j checks first
        foreach (var item in body.Items)
        {
            if (!isReturn && item.Alias is null && item.Expression is not Variable)
            {
                missingAlias ??= item;
            }

            items.Add((item.Name, item.Expression, item));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _, at) in items)
        {
            if (!names.Add(name))
            {
                throw CypherErrors.ColumnNameConflict(name, at);
            }
        }

        var sink = new AggregationSink();
        var evaluators = new Evaluator[items.Count];
        var isAggregate = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var before = sink.Aggregates.Count;
            evaluators[i] = CompileExpression(items[i].Expression, scope, sink);
            isAggregate[i] = sink.Aggregates.Count > before;
        }

        var targetSlots = items.Select(_ => slots.Next()).ToArray();
        var newScope = Scope.Empty;
        for (var i = 0; i < items.Count; i++)
        {
            var kind = items[i].Expression is Variable v && scope.Find(v.Name) is { } info ? info.Kind : StaticTypes.KindOf(items[i].Expression);
            newScope = newScope.With(new VariableInfo(items[i].Name, targetSlots[i], kind, StaticTypes.Of(items[i].Expression, scope)));
        }

        var aggregating = sink.Aggregates.Count > 0;
        var groupingTexts = new HashSet<string>(StringComparer.Ordinal);
        var groupingVariables = new HashSet<string>(StringComparer.Ordinal);
        if (aggregating)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (!isAggregate[i])
                {
                    groupingTexts.Add(SourceOf(items[i].Expression));
                    if (items[i].Expression is Variable gv)
                    {
                        groupingVariables.Add(gv.Name);
                    }
                }
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (isAggregate[i])
                {
                    CheckAggregateItem(items[i].Expression, groupingTexts, groupingVariables);
                }
            }

            var keys = Enumerable.Range(0, items.Count).Where(i => !isAggregate[i]).Select(i => evaluators[i]).ToArray();
            ops.Add(new AggregateOperator(
                keys,
                sink.Aggregates.Select(a => (a.Function, a.Distinct, a.Arguments, a.Slot)).ToArray(),
                evaluators,
                targetSlots));
        }
        else
        {
            ops.Add(new ProjectOperator(evaluators, targetSlots));
        }

        if (body.Distinct)
        {
            ops.Add(new DistinctOperator(targetSlots));
        }

        if (!body.OrderBy.IsEmpty)
        {
            var sortScope = aggregating || body.Distinct
                ? newScope
                : Scope.Of(scope.Variables.Concat(newScope.Variables));
            var keys = new Evaluator[body.OrderBy.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                var sortExpression = body.OrderBy[k].Expression;
                var text = SourceOf(sortExpression);
                var matched = -1;
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i].Name == text || SourceOf(items[i].Expression) == text)
                    {
                        matched = i;
                        break;
                    }
                }

                if (matched >= 0 && (aggregating || body.Distinct || sortExpression is not Variable))
                {
                    var slot = targetSlots[matched];
                    keys[k] = (row, _) => row[slot];
                }
                else if (aggregating || body.Distinct)
                {
                    keys[k] = CompileOverProjection(sortExpression, sortScope, items.Select(i => i.Expression).ToList(), targetSlots);
                    if (aggregating && ContainsAggregate(sortExpression))
                    {
                        // The same rule as for projected items: around an aggregate, only grouping keys may appear.
                        var visible = new HashSet<string>(groupingVariables, StringComparer.Ordinal);
                        visible.UnionWith(items.Select(i => i.Name));
                        CheckAggregateItem(sortExpression, groupingTexts, visible);
                    }
                }
                else
                {
                    keys[k] = CompileExpression(sortExpression, sortScope);
                }
            }

            ops.Add(new SortOperator(keys, body.OrderBy.Select(o => o.Descending).ToArray()));
        }

        if (body.Skip is not null || body.Limit is not null)
        {
            ops.Add(new SkipLimitOperator(
                body.Skip is null ? null : CompileCount(body.Skip, "SKIP"),
                body.Limit is null ? null : CompileCount(body.Limit, "LIMIT"),
                body.Skip,
                body.Limit));
        }

        if (where is not null)
        {
            // WHERE of a WITH sees the projected variables and, unless the WITH aggregates or is DISTINCT, the earlier ones.
            if (aggregating || body.Distinct)
            {
                var predicate = CompileOverProjection(where, newScope, items.Select(i => i.Expression).ToList(), targetSlots);
                ops.Add(new FilterOperator((row, ctx) => predicate(row, ctx) is true));
            }
            else
            {
                ops.Add(new FilterOperator(CompilePredicate(where, Scope.Of(scope.Variables.Concat(newScope.Variables)))));
            }
        }

        if (missingAlias is not null)
        {
            throw CypherErrors.NoExpressionAlias(missingAlias);
        }

        columns = items.Select(i => i.Name).ToArray();
        columnSlots = targetSlots;
        return newScope;
    }

    /// <summary>
    /// Compiles an expression after an aggregating or DISTINCT projection, where sub-expressions written like a
    /// projected item read that item's column (e.g. <c>ORDER BY count(*) + 1</c>, <c>WITH DISTINCT a.x AS x WHERE a.x = 1</c>).
    /// </summary>
    private Evaluator CompileOverProjection(Expression expression, Scope scope, IReadOnlyList<Expression> items, int[] itemSlots)
    {
        substitutions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            substitutions.TryAdd(SourceOf(items[i]), itemSlots[i]);
        }

        try
        {
            return CompileExpression(expression, scope);
        }
        finally
        {
            substitutions = null;
        }
    }

    private Evaluator CompileCount(Expression expression, string what)
    {
        if (!UsesOnly(expression, new HashSet<string>()))
        {
            throw CypherErrors.NonConstantExpression(expression);
        }

        switch (expression)
        {
            case IntegerLiteral { Value: < 0 }:
                throw CypherErrors.NegativeIntegerArgument(what, expression, Database.CypherErrorPhase.CompileTime);
            case FloatLiteral:
                throw CypherErrors.NonIntegerArgument(what, expression, Database.CypherErrorPhase.CompileTime);
            case Unary { Operator: UnaryOperator.Negate, Operand: IntegerLiteral }:
                throw CypherErrors.NegativeIntegerArgument(what, expression, Database.CypherErrorPhase.CompileTime);
        }

        return CompileExpression(expression, Scope.Empty);
    }

    private static bool ContainsAggregate(Expression expression) => expression switch
    {
        FunctionCall f when Execution.Functions.FunctionLibrary.IsAggregate(f.Name) => true,
        CountStar => true,
        FunctionCall f => f.Arguments.Any(ContainsAggregate),
        Binary b => ContainsAggregate(b.Left) || ContainsAggregate(b.Right),
        Unary u => ContainsAggregate(u.Operand),
        PropertyAccess p => ContainsAggregate(p.Target),
        ListLiteral l => l.Items.Any(ContainsAggregate),
        MapLiteral m => m.Entries.Any(e => ContainsAggregate(e.Value)),
        Subscript s => ContainsAggregate(s.Target) || ContainsAggregate(s.Index),
        CaseExpression c => (c.Test is not null && ContainsAggregate(c.Test)) || (c.Default is not null && ContainsAggregate(c.Default))
            || c.Alternatives.Any(a => ContainsAggregate(a.When) || ContainsAggregate(a.Then)),
        _ => false,
    };

    /// <summary>
    /// In an item that aggregates, every variable used outside the aggregate calls must be a grouping key (or be
    /// inside an expression that is itself a grouping key); otherwise the grouping would be ambiguous.
    /// </summary>
    private void CheckAggregateItem(Expression expression, HashSet<string> groupingTexts, HashSet<string> groupingVariables)
    {
        switch (expression)
        {
            case FunctionCall call when Execution.Functions.FunctionLibrary.IsAggregate(call.Name):
            case CountStar:
                return;
            case PropertyAccess or Variable when groupingTexts.Contains(SourceOf(expression)):
                return;
            case Variable v:
                if (!groupingVariables.Contains(v.Name))
                {
                    throw CypherErrors.AmbiguousAggregation(v);
                }

                return;
            case PropertyAccess pa:
                CheckAggregateItem(pa.Target, groupingTexts, groupingVariables);
                return;
            case Binary b:
                CheckAggregateItem(b.Left, groupingTexts, groupingVariables);
                CheckAggregateItem(b.Right, groupingTexts, groupingVariables);
                return;
            case Unary u:
                CheckAggregateItem(u.Operand, groupingTexts, groupingVariables);
                return;
            case FunctionCall f:
                foreach (var a in f.Arguments)
                {
                    CheckAggregateItem(a, groupingTexts, groupingVariables);
                }

                return;
            case ListLiteral l:
                foreach (var item in l.Items)
                {
                    CheckAggregateItem(item, groupingTexts, groupingVariables);
                }

                return;
            case MapLiteral m:
                foreach (var entry in m.Entries)
                {
                    CheckAggregateItem(entry.Value, groupingTexts, groupingVariables);
                }

                return;
            case Subscript s:
                CheckAggregateItem(s.Target, groupingTexts, groupingVariables);
                CheckAggregateItem(s.Index, groupingTexts, groupingVariables);
                return;
            case CaseExpression c:
                if (c.Test is not null)
                {
                    CheckAggregateItem(c.Test, groupingTexts, groupingVariables);
                }

                foreach (var alt in c.Alternatives)
                {
                    CheckAggregateItem(alt.When, groupingTexts, groupingVariables);
                    CheckAggregateItem(alt.Then, groupingTexts, groupingVariables);
                }

                if (c.Default is not null)
                {
                    CheckAggregateItem(c.Default, groupingTexts, groupingVariables);
                }

                return;
            default:
                return;
        }
    }

    // ---- procedures and subqueries ----------------------------------------------------------------------------

    private Scope CompileCall(CallClause call, Scope scope, List<Operator> ops, out string[] columns, out int[] columnSlots)
    {
        var procedure = procedures.Find(call.ProcedureName) ?? throw CypherErrors.ProcedureNotFound(call.ProcedureName, call);
        Evaluator[] arguments;
        if (call.Arguments is { } explicitArguments)
        {
            if (explicitArguments.Length != procedure.Inputs.Count)
            {
                throw CypherErrors.InvalidNumberOfArguments(call.ProcedureName, call);
            }

            arguments = explicitArguments.Select(a => CompileExpression(a, scope)).ToArray();
        }
        else
        {
            if (!call.Standalone && procedure.Inputs.Count > 0)
            {
                throw CypherErrors.ImplicitProcedureArguments(call);
            }

            arguments = procedure.Inputs.Select(i => CompileExpression(new Parameter(i.Name, call.Span), scope)).ToArray();
        }

        var outputs = procedure.Outputs.Select(o => o.Name).ToList();
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

            return outputs.Count == 0 ? [row] : results;
        }));
        columns = yielded.Select(y => y.Variable).ToArray();
        columnSlots = yieldSlots;
        return scope;
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

    private Scope CompileSubqueryCall(SubqueryCallClause call, Scope scope, List<Operator> ops)
    {
        var plan = CompileSubquery(call.Query, scope, allowUnitQuery: true);
        foreach (var column in plan.Columns)
        {
            if (scope.Contains(column.Name))
            {
                throw CypherErrors.VariableAlreadyBound(column.Name, call);
            }

            scope = scope.With(column);
        }

        if (plan.Columns.Count == 0)
        {
            ops.Add(new EagerOperator("SubqueryCall(unit)", (row, ctx) =>
            {
                foreach (var _ in plan.Run(row, ctx))
                {
                }

                return [row];
            }));
        }
        else if (updating)
        {
            ops.Add(new EagerOperator("SubqueryCall", (row, ctx) => plan.Run(row, ctx).ToList()));
        }
        else
        {
            ops.Add(new FlatMapOperator("SubqueryCall", (row, ctx) => plan.Run(row, ctx)));
        }

        return scope;
    }
}
