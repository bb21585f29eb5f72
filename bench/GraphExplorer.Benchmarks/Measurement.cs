using System.Diagnostics;

namespace GraphExplorer.Benchmarks;

/// <summary>Latency samples of one operation: warm-up first, then timed repetitions summarised by percentiles.</summary>
internal sealed class Measurement
{
    private readonly List<double> microseconds = [];

    public Measurement(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public int Count => microseconds.Count;

    public double Mean => microseconds.Average();

    public double Percentile(double p)
    {
        var sorted = microseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static async Task<Measurement> RunAsync(string name, int warmup, int iterations, Func<int, Task> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation(i);
        }

        var measurement = new Measurement(name);
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(warmup + i);
            measurement.microseconds.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        return measurement;
    }
}
