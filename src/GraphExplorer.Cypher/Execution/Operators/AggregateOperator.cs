using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Grouping and aggregation for WITH / RETURN: rows are grouped by the values of the grouping items (equivalence);
/// for each group the aggregates are computed into their slots on the group's first row, and then every item is
/// evaluated on that row into its projected slot. Without grouping keys, an empty input still gives one row.
/// </summary>
internal sealed class AggregateOperator(
    Evaluator[] groupingKeys,
    (string Function, bool Distinct, Evaluator[] Arguments, int Slot)[] aggregates,
    Evaluator[] items,
    int[] targetSlots) : Operator
{
    public override string Description => groupingKeys.Length == 0 ? "Aggregation" : "EagerAggregation";

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx) =>
        Execute(input, ctx, new object?[ctx.SlotCount]);

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx, object?[] argument)
    {
        var groups = new Dictionary<object?[], (object?[] Row, Aggregator[] Aggregators)>(ValueComparer.RowEquivalence);
        var order = new List<object?[]>();
        foreach (var row in input)
        {
            ctx.Tick();
            var key = new object?[groupingKeys.Length];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = groupingKeys[i](row, ctx);
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = (row, aggregates.Select(a => Aggregator.Create(a.Function, a.Distinct, a.Arguments.Length)).ToArray());
                groups[key] = group;
                order.Add(key);
            }

            for (var i = 0; i < aggregates.Length; i++)
            {
                var arguments = aggregates[i].Arguments;
                var values = new object?[arguments.Length];
                for (var j = 0; j < arguments.Length; j++)
                {
                    values[j] = arguments[j](row, ctx);
                }

                group.Aggregators[i].Add(values);
            }
        }

        if (groups.Count == 0 && groupingKeys.Length == 0)
        {
            var empty = (object?[])argument.Clone();
            var aggregators = aggregates.Select(a => Aggregator.Create(a.Function, a.Distinct, a.Arguments.Length)).ToArray();
            groups[Array.Empty<object?>()] = (empty, aggregators);
            order.Add(Array.Empty<object?>());
        }

        foreach (var key in order)
        {
            var (first, aggregators) = groups[key];
            var row = (object?[])first.Clone();
            for (var i = 0; i < aggregates.Length; i++)
            {
                row[aggregates[i].Slot] = aggregators[i].Result();
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
}
