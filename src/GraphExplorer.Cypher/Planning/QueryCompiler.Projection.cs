using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>WITH and RETURN: projection, aggregation and its grouping rules, DISTINCT, ORDER BY, SKIP and LIMIT.</summary>
internal sealed partial class QueryCompiler
{
    private Scope CompileProjection(ProjectionBody body, Expression? where, Scope scope, bool isReturn, List<Operator> ops, out string[] columns, out int[] columnSlots)
    {
        var items = ProjectionItems(body, scope, isReturn, out var missingAlias);
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
        ops.Add(aggregating
            ? CompileAggregation(items, evaluators, isAggregate, sink, targetSlots, groupingTexts, groupingVariables)
            : new ProjectOperator(evaluators, targetSlots));

        if (body.Distinct)
        {
            ops.Add(new DistinctOperator(targetSlots));
        }

        if (!body.OrderBy.IsEmpty)
        {
            ops.Add(CompileOrderBy(body, scope, newScope, items, targetSlots, aggregating, groupingTexts, groupingVariables));
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
    /// The projected items: <c>*</c> expanded to the visible variables in name order, then the listed items. Column
    /// names must differ; a WITH item without an alias is reported later (<paramref name="missingAlias"/>), after the
    /// aggregation rules, which Neo4j checks first.
    /// </summary>
    private static List<(string Name, Expression Expression, SyntaxNode At)> ProjectionItems(
        ProjectionBody body, Scope scope, bool isReturn, out SyntaxNode? missingAlias)
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

        missingAlias = null;
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

        return items;
    }

    /// <summary>
    /// An aggregating projection: the items without aggregates are the grouping keys (their texts and variables are
    /// collected into <paramref name="groupingTexts"/> and <paramref name="groupingVariables"/>), and around each
    /// aggregate only grouping keys may appear.
    /// </summary>
    private AggregateOperator CompileAggregation(
        List<(string Name, Expression Expression, SyntaxNode At)> items, Evaluator[] evaluators, bool[] isAggregate, AggregationSink sink,
        int[] targetSlots, HashSet<string> groupingTexts, HashSet<string> groupingVariables)
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
        return new AggregateOperator(
            keys,
            sink.Aggregates.Select(a => (a.Function, a.Distinct, a.Arguments, a.Slot)).ToArray(),
            evaluators,
            targetSlots);
    }

    /// <summary>
    /// ORDER BY: a key naming a projected item reads its column; after aggregation or DISTINCT a key is compiled over
    /// the projection (only projected items and grouping keys are visible); otherwise it sees the variables from before
    /// the projection as well.
    /// </summary>
    private SortOperator CompileOrderBy(
        ProjectionBody body, Scope scope, Scope newScope, List<(string Name, Expression Expression, SyntaxNode At)> items, int[] targetSlots,
        bool aggregating, HashSet<string> groupingTexts, HashSet<string> groupingVariables)
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

        return new SortOperator(keys, body.OrderBy.Select(o => o.Descending).ToArray());
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
        ExtendedCaseExpression c => ContainsAggregate(c.Subject) || (c.Default is not null && ContainsAggregate(c.Default))
            || c.Alternatives.Any(a => ContainsAggregate(a.When) || ContainsAggregate(a.Then)),
        TypePredicate t => ContainsAggregate(t.Operand),
        NormalizedPredicate n => ContainsAggregate(n.Operand),
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
}
