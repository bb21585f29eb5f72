using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Grouping and aggregation for WITH / RETURN: rows are grouped by the values of the grouping items (equivalence) in a
/// hash table; for each group the aggregates are computed into their slots on the group's first row, and then every
/// item is evaluated on that row into its projected slot. Without grouping keys, an empty input still gives one row.
/// With a <see cref="DegreeCounter"/>, every aggregate is a count and each row adds its node's degree to its group.
/// </summary>
/// <remarks>
/// Streams its input: per input row it allocates nothing but what a new group keeps (its key and aggregators); the key
/// and argument values of a row go to buffers reused from row to row.
/// </remarks>
internal sealed class AggregateOperator(
    Evaluator[] groupingKeys,
    (string Function, bool Distinct, Evaluator[] Arguments, int Slot)[] aggregates,
    Evaluator[] items,
    int[] targetSlots,
    DegreeCounter? degree = null) : Operator
{
    public override string Description => groupingKeys.Length == 0 ? "Aggregation" : "EagerAggregation";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx) =>
        Execute(input, ctx, new object?[ctx.SlotCount]);

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx, object?[] argument)
    {
        var groups = new Dictionary<object?[], Group>(ValueComparer.RowEquivalence);
        var order = new List<Group>();
        var typeIds = degree?.TypeIds();
        var key = new object?[groupingKeys.Length];
        var arguments = new object?[aggregates.Length][];
        for (var i = 0; i < aggregates.Length; i++)
        {
            arguments[i] = new object?[aggregates[i].Arguments.Length];
        }

        foreach (var row in input)
        {
            ctx.Tick();
            var weight = degree is null ? 1 : degree.Count(row, ctx, typeIds);
            if (weight == 0)
            {
                continue;
            }

            for (var i = 0; i < key.Length; i++)
            {
                key[i] = groupingKeys[i](row, ctx);
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(row, degree is null ? NewAggregators() : null);
                groups.Add(key, group);
                order.Add(group);
                key = new object?[groupingKeys.Length];
            }

            if (group.Aggregators is not { } aggregators)
            {
                group.Count += weight;
                continue;
            }

            for (var i = 0; i < aggregators.Length; i++)
            {
                var evaluators = aggregates[i].Arguments;
                var values = arguments[i];
                for (var j = 0; j < evaluators.Length; j++)
                {
                    values[j] = evaluators[j](row, ctx);
                }

                aggregators[i].Add(values);
            }
        }

        if (groups.Count == 0 && groupingKeys.Length == 0)
        {
            order.Add(new Group((object?[])argument.Clone(), degree is null ? NewAggregators() : null));
        }

        foreach (var group in order)
        {
            var row = (object?[])group.FirstRow.Clone();
            for (var i = 0; i < aggregates.Length; i++)
            {
                row[aggregates[i].Slot] = group.Aggregators is { } aggregators ? aggregators[i].Result() : group.Count;
            }

            var values = new object?[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                values[i] = items[i](row, ctx);
            }

            for (var i = 0; i < items.Length; i++)
            {
                row[targetSlots[i]] = values[i];
            }

            yield return row;
        }
    }

    private Aggregator[] NewAggregators()
    {
        var aggregators = new Aggregator[aggregates.Length];
        for (var i = 0; i < aggregators.Length; i++)
        {
            aggregators[i] = Aggregator.Create(aggregates[i].Function, aggregates[i].Distinct, aggregates[i].Arguments.Length);
        }

        return aggregators;
    }

    /// <summary>One group: its first row (what the items are evaluated on), and its aggregators or, counting degrees, its count.</summary>
    private sealed class Group(object?[] firstRow, Aggregator[]? aggregators)
    {
        public object?[] FirstRow { get; } = firstRow;

        public Aggregator[]? Aggregators { get; } = aggregators;

        public long Count { get; set; }
    }
}
