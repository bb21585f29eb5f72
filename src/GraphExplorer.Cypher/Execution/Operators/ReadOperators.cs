using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>MATCH / OPTIONAL MATCH: every match of the pattern per input row; OPTIONAL keeps a row (new variables null) when none.</summary>
internal sealed class MatchOperator(PatternMatcher matcher, bool optional) : Operator
{
    public override string Description => (optional ? "OptionalMatch: " : "Match: ") + matcher.Description;

    public PatternMatcher Matcher => matcher;

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        foreach (var row in input)
        {
            var any = false;
            foreach (var match in matcher.Matches(row, ctx))
            {
                any = true;
                yield return match;
            }

            if (optional && !any)
            {
                yield return row;
            }
        }
    }
}

/// <summary>Keeps rows for which a predicate is true.</summary>
internal sealed class FilterOperator(Func<object?[], QueryContext, bool> predicate) : Operator
{
    public override string Description => "Filter";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        foreach (var row in input)
        {
            if (predicate(row, ctx))
            {
                yield return row;
            }
        }
    }
}

/// <summary>UNWIND: one row per list element (a null list gives no row; a non-list value gives one row).</summary>
internal sealed class UnwindOperator(Evaluator list, int slot) : Operator
{
    public override string Description => "Unwind";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        foreach (var row in input)
        {
            switch (list(row, ctx))
            {
                case null:
                    break;
                case IReadOnlyList<object?> items:
                    foreach (var item in items)
                    {
                        ctx.Tick();
                        var copy = (object?[])row.Clone();
                        copy[slot] = item;
                        yield return copy;
                    }

                    break;
                case var single:
                    {
                        var copy = (object?[])row.Clone();
                        copy[slot] = single;
                        yield return copy;
                        break;
                    }
            }
        }
    }
}

/// <summary>Computes projected values into new slots (WITH / RETURN without aggregation).</summary>
internal sealed class ProjectOperator(Evaluator[] items, int[] targetSlots) : Operator
{
    public override string Description => "Projection";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var values = new object?[items.Length];
        foreach (var row in input)
        {
            for (var i = 0; i < items.Length; i++)
            {
                values[i] = items[i](row, ctx);
            }

            var copy = (object?[])row.Clone();
            for (var i = 0; i < items.Length; i++)
            {
                copy[targetSlots[i]] = values[i];
            }

            yield return copy;
        }
    }
}

/// <summary>Removes rows equivalent to an earlier one over the given slots.</summary>
internal sealed class DistinctOperator(int[] slots) : Operator
{
    public override string Description => "Distinct";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var seen = new HashSet<object?[]>(ValueComparer.RowEquivalence);
        foreach (var row in input)
        {
            var key = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                key[i] = row[slots[i]];
            }

            if (seen.Add(key))
            {
                yield return row;
            }
        }
    }
}

/// <summary>ORDER BY: a stable sort on the keys in ORDER BY's total order (nulls last ascending).</summary>
internal sealed class SortOperator(SortOrder order) : Operator
{
    public override string Description => "Sort";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var rows = new List<SortEntry>();
        foreach (var row in input)
        {
            ctx.Tick();
            rows.Add(order.Entry(row, rows.Count, ctx));
        }

        rows.Sort(order);
        foreach (var entry in rows)
        {
            yield return entry.Row;
        }
    }
}

/// <summary>SKIP and LIMIT; their values are evaluated once per execution and must be non-negative integers.</summary>
internal sealed class SkipLimitOperator(Evaluator? skip, Evaluator? limit, Syntax.Ast.Expression? skipSource, Syntax.Ast.Expression? limitSource) : Operator
{
    public override string Description => "SkipLimit";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var empty = Array.Empty<object?>();
        var toSkip = skip is null ? 0 : Count(skip(empty, ctx), "SKIP", skipSource!);
        var toTake = limit is null ? long.MaxValue : Count(limit(empty, ctx), "LIMIT", limitSource!);
        if (toTake == 0)
        {
            yield break;
        }

        foreach (var row in input)
        {
            if (toSkip > 0)
            {
                toSkip--;
                continue;
            }

            yield return row;
            if (--toTake == 0)
            {
                yield break;
            }
        }
    }

    internal static long Count(object? value, string what, Syntax.Ast.Expression at) => value switch
    {
        long l when l >= 0 => l,
        long => throw CypherErrors.NegativeIntegerArgument(what, at, Database.CypherErrorPhase.Runtime),
        double d when d == Math.Floor(d) && d >= 0 => throw CypherErrors.NonIntegerArgument(what, at, Database.CypherErrorPhase.Runtime),
        _ => throw CypherErrors.NonIntegerArgument(what, at, Database.CypherErrorPhase.Runtime),
    };
}
