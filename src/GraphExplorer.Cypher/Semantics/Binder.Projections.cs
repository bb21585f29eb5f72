using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>One projected item of a WITH or RETURN: its column name, its expression and where it was written.</summary>
internal sealed record ProjectedItem(string Name, Expression Expression, SyntaxNode At);

/// <summary>WITH and RETURN: the projected items and the scope after them, the grouping rules of aggregation, SKIP and LIMIT.</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// The projected items: <c>*</c> expanded to the visible variables in name order, then the listed items. Column
    /// names must differ; a WITH item without an alias is reported later (<paramref name="missingAlias"/>), after the
    /// aggregation rules, which Neo4j checks first.
    /// </summary>
    public static List<ProjectedItem> ProjectionItems(ProjectionBody body, Scope scope, bool isReturn, out SyntaxNode? missingAlias)
    {
        var items = new List<ProjectedItem>();
        if (body.IncludeExisting)
        {
            var visible = scope.Variables.Where(v => !v.Name.StartsWith("  ", StringComparison.Ordinal)).OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
            if (visible.Count == 0 && body.Items.IsEmpty && isReturn)
            {
                throw CypherErrors.NoVariablesInScope(body);
            }

            items.AddRange(visible.Select(v => new ProjectedItem(v.Name, new Variable(v.Name, body.Span), body)));
        }

        missingAlias = null;
        foreach (var item in body.Items)
        {
            if (!isReturn && item.Alias is null && item.Expression is not Variable)
            {
                missingAlias ??= item;
            }

            items.Add(new ProjectedItem(item.Name, item.Expression, item));
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

    /// <summary>The scope after a projection: each item a new variable in its slot, keeping what is known of its value.</summary>
    public static Scope ProjectedScope(IReadOnlyList<ProjectedItem> items, int[] targetSlots, Scope scope)
    {
        var projected = Scope.Empty;
        for (var i = 0; i < items.Count; i++)
        {
            var kind = items[i].Expression is Variable v && scope.Find(v.Name) is { } info ? info.Kind : StaticTypes.KindOf(items[i].Expression);
            projected = projected.With(new VariableInfo(items[i].Name, targetSlots[i], kind, StaticTypes.Of(items[i].Expression, scope)));
        }

        return projected;
    }

    /// <summary>
    /// The grouping keys of an aggregating projection (the items without aggregates), as texts and variables, after
    /// checking that around each aggregate only grouping keys appear.
    /// </summary>
    public (HashSet<string> Texts, HashSet<string> Variables) BindGrouping(IReadOnlyList<ProjectedItem> items, bool[] isAggregate)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var variables = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!isAggregate[i])
            {
                texts.Add(SourceOf(items[i].Expression));
                if (items[i].Expression is Variable gv)
                {
                    variables.Add(gv.Name);
                }
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (isAggregate[i])
            {
                CheckAggregateItem(items[i].Expression, texts, variables);
            }
        }

        return (texts, variables);
    }

    /// <summary>An aggregate call (<paramref name="source"/>) in a projection: refused inside another aggregate or over a random value.</summary>
    public static void CheckAggregateCall(Expression source, IReadOnlyList<Expression> arguments, bool insideAggregate)
    {
        if (insideAggregate)
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
    }

    /// <summary>SKIP and LIMIT: a constant expression (no variables), not a negative or fractional literal.</summary>
    public static void CheckCount(Expression expression, string what)
    {
        if (!ReadsOnly(expression, new HashSet<string>()))
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
    }

    public static bool ContainsAggregate(Expression expression) => expression switch
    {
        FunctionCall f when AggregateFunctions.IsAggregate(f.Name) => true,
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
    /// inside an expression that is itself a grouping key); otherwise the grouping would be ambiguous. Given the
    /// <paramref name="scope"/> the expression is evaluated in (an ORDER BY after aggregation), a variable outside it is
    /// undefined rather than ambiguous, unless it is inside a sub-expression written like a projected item
    /// (<paramref name="projectedTexts"/>), which reads that item's column instead.
    /// </summary>
    public void CheckAggregateItem(
        Expression expression, HashSet<string> groupingTexts, HashSet<string> groupingVariables, Scope? scope = null, IReadOnlySet<string>? projectedTexts = null)
    {
        if (scope is not null && expression is not (Variable or Parameter or NullLiteral or BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral)
            && projectedTexts?.Contains(SourceOf(expression)) == true)
        {
            scope = null;
        }

        switch (expression)
        {
            case FunctionCall call when AggregateFunctions.IsAggregate(call.Name):
            case CountStar:
                return;
            case PropertyAccess or Variable when groupingTexts.Contains(SourceOf(expression)):
                return;
            case Variable v:
                if (scope is not null && !scope.Contains(v.Name))
                {
                    throw CypherErrors.UndefinedVariable(v.Name, v);
                }

                if (!groupingVariables.Contains(v.Name))
                {
                    throw CypherErrors.AmbiguousAggregation(v);
                }

                return;
            default:
                foreach (var child in AggregateItemChildren(expression))
                {
                    CheckAggregateItem(child, groupingTexts, groupingVariables, scope, projectedTexts);
                }

                return;
        }
    }

    /// <summary>The sub-expressions the grouping rule looks into.</summary>
    private static IEnumerable<Expression> AggregateItemChildren(Expression expression) => expression switch
    {
        PropertyAccess pa => [pa.Target],
        Binary b => [b.Left, b.Right],
        Unary u => [u.Operand],
        FunctionCall f => f.Arguments,
        ListLiteral l => l.Items,
        MapLiteral m => m.Entries.Select(e => e.Value),
        Subscript s => [s.Target, s.Index],
        CaseExpression c => new[] { c.Test }.Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })).Append(c.Default).OfType<Expression>(),
        ExtendedCaseExpression c => new[] { c.Subject }.Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })).Append(c.Default).OfType<Expression>(),
        TypePredicate t => [t.Operand],
        NormalizedPredicate n => [n.Operand],
        _ => [],
    };
}
