using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The running state of one aggregate call for one group.</summary>
internal abstract class Aggregator
{
    /// <summary>Adds one row's argument values (null values are skipped by every aggregate except count(*)).</summary>
    public abstract void Add(object?[] arguments);

    public abstract object? Result();

    public static Aggregator Create(string function, bool distinct, int argumentCount)
    {
        Aggregator inner = function switch
        {
            "count" when argumentCount == 0 => new CountStarAggregator(),
            "count" => new CountAggregator(),
            "sum" => new SumAggregator(),
            "avg" => new AverageAggregator(),
            "min" => new ExtremeAggregator(minimum: true),
            "max" => new ExtremeAggregator(minimum: false),
            "collect" => new CollectAggregator(),
            "stdev" => new StandardDeviationAggregator(sample: true),
            "stdevp" => new StandardDeviationAggregator(sample: false),
            "percentiledisc" => new PercentileAggregator(continuous: false),
            "percentilecont" => new PercentileAggregator(continuous: true),
            _ => throw new InvalidOperationException($"Unknown aggregate {function}"),
        };
        return distinct ? new DistinctAggregator(inner) : inner;
    }

    private sealed class DistinctAggregator(Aggregator inner) : Aggregator
    {
        private readonly HashSet<object?> seen = new(ValueComparer.Equivalence);

        public override void Add(object?[] arguments)
        {
            if (arguments[0] is not null && seen.Add(arguments[0]))
            {
                inner.Add(arguments);
            }
        }

        public override object? Result() => inner.Result();
    }

    private sealed class CountStarAggregator : Aggregator
    {
        private long count;

        public override void Add(object?[] arguments) => count++;

        public override object? Result() => count;
    }

    private sealed class CountAggregator : Aggregator
    {
        private long count;

        public override void Add(object?[] arguments)
        {
            if (arguments[0] is not null)
            {
                count++;
            }
        }

        public override object? Result() => count;
    }

    private sealed class SumAggregator : Aggregator
    {
        private long longSum;
        private double doubleSum;
        private bool sawDouble;
        private CypherDuration? durationSum;

        public override void Add(object?[] arguments)
        {
            switch (arguments[0])
            {
                case null:
                    break;
                case long l:
                    try
                    {
                        longSum = checked(longSum + l);
                    }
                    catch (OverflowException)
                    {
                        throw CypherErrors.IntegerOverflowAtRuntime();
                    }

                    break;
                case double d:
                    sawDouble = true;
                    doubleSum += d;
                    break;
                case CypherDuration d:
                    durationSum = durationSum is null ? d : Temporal.Add(durationSum.Value, d);
                    break;
                case var other:
                    throw CypherErrors.InvalidArgumentType($"sum() expects numbers or durations, got {Operations.TypeName(other)}");
            }
        }

        public override object? Result() => durationSum is not null ? durationSum : sawDouble ? (object)(doubleSum + longSum) : longSum;
    }

    private sealed class AverageAggregator : Aggregator
    {
        private double sum;
        private long count;
        private CypherDuration? durationSum;

        public override void Add(object?[] arguments)
        {
            switch (arguments[0])
            {
                case null:
                    return;
                case long or double:
                    sum += Operations.ToDouble(arguments[0]);
                    break;
                case CypherDuration d:
                    durationSum = durationSum is null ? d : Temporal.Add(durationSum.Value, d);
                    break;
                case var other:
                    throw CypherErrors.InvalidArgumentType($"avg() expects numbers or durations, got {Operations.TypeName(other)}");
            }

            count++;
        }

        public override object? Result() => count == 0 ? null : durationSum is { } d ? Temporal.Multiply(d, 1.0 / count) : sum / count;
    }

    private sealed class ExtremeAggregator(bool minimum) : Aggregator
    {
        private object? best;

        public override void Add(object?[] arguments)
        {
            var value = arguments[0];
            if (value is null)
            {
                return;
            }

            if (best is null)
            {
                best = value;
                return;
            }

            var c = ValueComparer.OrderCompare(value, best);
            if (minimum ? c < 0 : c > 0)
            {
                best = value;
            }
        }

        public override object? Result() => best;
    }

    private sealed class CollectAggregator : Aggregator
    {
        private readonly List<object?> items = new();

        public override void Add(object?[] arguments)
        {
            if (arguments[0] is not null)
            {
                items.Add(arguments[0]);
            }
        }

        public override object? Result() => items;
    }

    private sealed class StandardDeviationAggregator(bool sample) : Aggregator
    {
        private readonly List<double> values = new();

        public override void Add(object?[] arguments)
        {
            if (arguments[0] is not null)
            {
                values.Add(Operations.ToDouble(arguments[0]));
            }
        }

        public override object? Result()
        {
            var n = values.Count;
            if (n < (sample ? 2 : 1))
            {
                return 0.0;
            }

            var mean = values.Average();
            var squares = values.Sum(v => (v - mean) * (v - mean));
            return Math.Sqrt(squares / (sample ? n - 1 : n));
        }
    }

    private sealed class PercentileAggregator(bool continuous) : Aggregator
    {
        private readonly List<object> values = new();
        private double? percentile;

        public override void Add(object?[] arguments)
        {
            var p = arguments[1] switch
            {
                long l => l,
                double d => d,
                _ => throw CypherErrors.InvalidArgumentType("The percentile must be a number"),
            };
            if (p < 0 || p > 1)
            {
                throw CypherErrors.NumberOutOfRange($"The percentile must be between 0.0 and 1.0, got {p}");
            }

            percentile = p;
            if (arguments[0] is { } value)
            {
                if (value is not (long or double))
                {
                    throw CypherErrors.InvalidArgumentType($"Percentiles need numbers, got {Operations.TypeName(value)}");
                }

                values.Add(value);
            }
        }

        public override object? Result()
        {
            if (values.Count == 0)
            {
                return null;
            }

            var sorted = values.OrderBy(v => Operations.ToDouble(v)).ToList();
            var p = percentile ?? 0;
            if (!continuous)
            {
                var index = p == 0 ? 0 : (int)Math.Ceiling(p * sorted.Count) - 1;
                return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
            }

            var position = p * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var a = Operations.ToDouble(sorted[lower]);
            var b = Operations.ToDouble(sorted[upper]);
            return a + (b - a) * (position - lower);
        }
    }
}
