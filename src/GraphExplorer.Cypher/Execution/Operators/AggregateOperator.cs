using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>
/// Grouping and aggregation for WITH / RETURN: rows are grouped by the values of the grouping items (equivalence) in a
/// hash table; for each group the aggregates are computed into their slots on the group's first row, and then every
/// item is evaluated on that row into its projected slot. Without grouping keys, an empty input still gives one row.
/// With a <see cref="DegreeCounter"/>, every aggregate is a count and each row adds its node's degree to its group.
/// With a <see cref="PatternMatcher"/> to aggregate (<see cref="Planning.Aggregation.MatchesPushed"/>), the input rows
/// are the MATCH's input and the matcher hands each match over as it is found (<see cref="MatchSink"/>): no row object
/// is made per match.
/// </summary>
/// <remarks>
/// Streams its input: per input row it allocates nothing but what a new group keeps (its key, first row and
/// aggregators); the key and argument values of a row go to buffers reused from row to row.
/// </remarks>
internal sealed class AggregateOperator(
    Evaluator[] groupingKeys,
    (string Function, bool Distinct, Evaluator[] Arguments, int Slot)[] aggregates,
    Evaluator[] items,
    int[] targetSlots,
    DegreeCounter? degree = null,
    PatternMatcher? matches = null) : Operator
{
    public override string Description => (groupingKeys.Length == 0 ? "Aggregation" : "EagerAggregation") + (matches is null ? "" : ": " + matches.Description);

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx) =>
        Execute(input, ctx, new object?[ctx.SlotCount]);

    public override IEnumerable<object?[]> Execute(IEnumerable<object?[]> input, QueryContext ctx, object?[] argument)
    {
        var table = new GroupTable(groupingKeys, aggregates, degree, NewAggregators);
        foreach (var row in input)
        {
            if (matches is null)
            {
                table.Accept(row, ctx);
            }
            else
            {
                matches.Push(row, ctx, table);
            }
        }

        var order = table.Order;
        if (order.Count == 0 && groupingKeys.Length == 0)
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

    /// <summary>
    /// The groups of one execution, in the order first met, filled one row at a time. A row handed to it is only read
    /// (a pushed match is lent): a new group keeps a copy.
    /// </summary>
    private sealed class GroupTable : MatchSink
    {
        private readonly Evaluator[] groupingKeys;
        private readonly (string Function, bool Distinct, Evaluator[] Arguments, int Slot)[] aggregates;
        private readonly DegreeCounter? degree;
        private readonly Func<Aggregator[]> newAggregators;
        private readonly Dictionary<object?[], Group> groups = new(ValueComparer.RowEquivalence);
        private readonly int[]? typeIds;
        private readonly object?[][] arguments;
        private object?[] key;

        public GroupTable(
            Evaluator[] groupingKeys, (string Function, bool Distinct, Evaluator[] Arguments, int Slot)[] aggregates, DegreeCounter? degree, Func<Aggregator[]> newAggregators)
        {
            this.groupingKeys = groupingKeys;
            this.aggregates = aggregates;
            this.degree = degree;
            this.newAggregators = newAggregators;
            typeIds = degree?.TypeIds();
            key = new object?[groupingKeys.Length];
            arguments = new object?[aggregates.Length][];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = new object?[aggregates[i].Arguments.Length];
            }
        }

        public List<Group> Order { get; } = [];

        public override void Accept(object?[] row, QueryContext ctx)
        {
            ctx.Tick();
            var weight = degree is null ? 1 : degree.Count(row, ctx, typeIds);
            if (weight == 0)
            {
                return;
            }

            for (var i = 0; i < key.Length; i++)
            {
                key[i] = groupingKeys[i](row, ctx);
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group((object?[])row.Clone(), degree is null ? newAggregators() : null);
                groups.Add(key, group);
                Order.Add(group);
                key = new object?[groupingKeys.Length];
            }

            if (group.Aggregators is not { } aggregators)
            {
                group.Count += weight;
                return;
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
    }

    /// <summary>One group: its first row (what the items are evaluated on), and its aggregators or, counting degrees, its count.</summary>
    private sealed class Group(object?[] firstRow, Aggregator[]? aggregators)
    {
        public object?[] FirstRow { get; } = firstRow;

        public Aggregator[]? Aggregators { get; } = aggregators;

        public long Count { get; set; }
    }
}
