using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// ORDER BY with LIMIT (and SKIP): keeps only the first SKIP + LIMIT rows of the order while reading its input, in a
/// heap whose root is the worst row kept, so it takes O(n log k) time and O(k) memory for k = SKIP + LIMIT instead of
/// sorting all n rows. Gives the same rows in the same order as a stable sort followed by SKIP and LIMIT.
/// </summary>
internal sealed class TopOperator(SortOrder order, Evaluator? skip, Evaluator limit, Expression? skipSource, Expression limitSource) : Operator
{
    public override string Description => "Top";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx)
    {
        var empty = Array.Empty<object?>();
        var toSkip = skip is null ? 0 : SkipLimitOperator.Count(skip(empty, ctx), "SKIP", skipSource!);
        var toTake = SkipLimitOperator.Count(limit(empty, ctx), "LIMIT", limitSource);
        if (toTake == 0)
        {
            yield break;
        }

        var keep = toSkip > long.MaxValue - toTake ? long.MaxValue : toSkip + toTake;
        var worstFirst = new PriorityQueue<SortEntry, SortEntry>(Comparer<SortEntry>.Create((a, b) => order.Compare(b, a)));
        long arrival = 0;

        // A row's keys go to a buffer that only a row kept takes over (a row left out allocates nothing); the buffer of
        // the row it pushes out is the next one.
        var buffer = new object?[order.KeyCount];
        foreach (var row in input)
        {
            ctx.Tick();
            var entry = order.Entry(row, arrival++, ctx, buffer);
            if (worstFirst.Count < keep)
            {
                worstFirst.Enqueue(entry, entry);
                buffer = new object?[order.KeyCount];
            }
            else if (order.Compare(entry, worstFirst.Peek()) < 0)
            {
                buffer = worstFirst.DequeueEnqueue(entry, entry).Keys;
            }
        }

        var kept = worstFirst.UnorderedItems.Select(item => item.Element).ToList();
        kept.Sort(order);
        for (var i = toSkip; i < kept.Count; i++)
        {
            yield return kept[(int)i].Row;
        }
    }
}
