using System.Diagnostics;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Profiling;

/// <summary>
/// Measures one run of a PROFILE statement: for each operator of its top-level pipelines, the rows it produced, the
/// store reads it made (db hits, counted by <see cref="CountingGraphReader"/>) and the time spent in it. Rows stream
/// through a pipeline by pulls, so an operator's pull includes the pulls of the operators before it: the counters
/// kept here are inclusive and <see cref="ProfiledPlanBuilder"/> subtracts the input's share. Subqueries and pattern
/// expressions run unmeasured inside the operator that runs them, so their reads and time are that operator's.
/// </summary>
/// <remarks>Not thread-safe, as the statement it measures. Only PROFILE makes one: other statements run without it.</remarks>
internal sealed class QueryProfiler
{
    private readonly Dictionary<QueryPipeline, OperatorCounters[]> counters = new(ReferenceEqualityComparer.Instance);

    public QueryProfiler(CompiledQuery query)
    {
        foreach (var part in query.Parts)
        {
            counters[part] = [.. part.Operators.Select(_ => new OperatorCounters())];
        }
    }

    /// <summary>Store reads of the statement so far (see <see cref="CountingGraphReader"/> for what one is).</summary>
    public long DbHits { get; set; }

    /// <summary>True for the statement's own pipelines (one per UNION branch), false for a subquery's.</summary>
    public bool Measures(QueryPipeline pipeline) => counters.ContainsKey(pipeline);

    /// <summary>The inclusive counters of operator <paramref name="index"/> of <paramref name="pipeline"/>.</summary>
    public OperatorCounters CountersOf(QueryPipeline pipeline, int index) => counters[pipeline][index];

    /// <summary>Runs operator <paramref name="index"/> of <paramref name="pipeline"/> on <paramref name="input"/>, measured.</summary>
    public IEnumerable<object?[]> Run(QueryPipeline pipeline, int index, IEnumerable<object?[]> input, QueryContext ctx, object?[] argument) =>
        Measure(() => pipeline.Operators[index].Execute(input, ctx, argument), counters[pipeline][index]);

    /// <summary>Runs <paramref name="work"/>, adding its time and db hits to <paramref name="into"/>.</summary>
    public T Measure<T>(Func<T> work, OperatorCounters into)
    {
        var started = Stopwatch.GetTimestamp();
        var hits = DbHits;
        try
        {
            return work();
        }
        finally
        {
            into.Ticks += Stopwatch.GetTimestamp() - started;
            into.DbHits += DbHits - hits;
        }
    }

    /// <summary>
    /// The operator's rows, each pull measured. The operator itself is made on the first pull, so that an operator
    /// doing its work when called (rather than when pulled) is measured too.
    /// </summary>
    private IEnumerable<object?[]> Measure(Func<IEnumerable<object?[]>> execute, OperatorCounters into)
    {
        using var rows = Measure(() => execute().GetEnumerator(), into);
        while (Measure(rows.MoveNext, into))
        {
            into.Rows++;
            yield return rows.Current;
        }
    }
}

/// <summary>What one operator did, counted inclusively of the operators it pulled from.</summary>
internal sealed class OperatorCounters
{
    public long Rows { get; set; }

    public long DbHits { get; set; }

    /// <summary><see cref="Stopwatch"/> ticks.</summary>
    public long Ticks { get; set; }

    /// <summary>Ticks as nanoseconds.</summary>
    public static long Nanoseconds(long ticks) => (long)(ticks * (1_000_000_000.0 / Stopwatch.Frequency));
}
