using System.Diagnostics;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Latency samples of one operation: a warm-up (JIT, tiered compilation, plan and document caches), then timed
/// repetitions, each timed on its own, summarised by mean and percentiles. A time budget bounds slow operations:
/// timing stops after <c>iterations</c> repetitions or once the budget is spent, whichever comes first (at least one).
/// </summary>
internal sealed class Measurement
{
    private readonly List<double> microseconds = [];
    private double[]? sorted;

    private Measurement(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public int Count => microseconds.Count;

    public double Mean => microseconds.Average();

    public double TotalSeconds => microseconds.Sum() / 1e6;

    /// <summary>Operations per second over the timed repetitions (one at a time, one thread).</summary>
    public double PerSecond => Count / TotalSeconds;

    /// <summary>
    /// Processor time of the whole process (every thread: GC, JIT) per repetition, in microseconds. Unlike wall-clock
    /// latency it hardly grows when other work on the shared machine takes the cores, so it compares engines fairly
    /// under load.
    /// </summary>
    public double CpuMicrosecondsPerOperation { get; private set; }

    /// <summary>The 1-minute load average when timing ended (the machine is shared: read figures with it).</summary>
    public double LoadAverage { get; private set; }

    public double Percentile(double p)
    {
        sorted ??= microseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static async Task<Measurement> RunAsync(string name, int warmup, int iterations, TimeSpan budget, Func<int, Task> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation(i);
        }

        var measurement = new Measurement(name);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        for (var i = 0; i < iterations && (i == 0 || Stopwatch.GetTimestamp() < deadline); i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(warmup + i);
            measurement.microseconds.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        process.Refresh();
        measurement.CpuMicrosecondsPerOperation = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / measurement.Count;
        measurement.LoadAverage = Machine.LoadAverage();
        return measurement;
    }
}
