using System.Diagnostics;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Latencies of HTTP requests sent by one or more clients in a closed loop (each client sends its next request when
/// the previous answer has arrived), after a warm-up. Each request is timed on its own, from sending to the whole
/// body read; throughput is requests over the wall-clock time of the timed phase. The 1-minute load average is taken
/// when timing ends.
/// </summary>
internal sealed class HttpLatency
{
    private readonly List<double> milliseconds = [];
    private double[]? sorted;

    public required string Name { get; init; }

    public required int Clients { get; init; }

    public int Count => milliseconds.Count;

    public double WallSeconds { get; private set; }

    public double PerSecond => Count / WallSeconds;

    public double Mean => milliseconds.Average();

    public double LoadAverage { get; private set; }

    public double Percentile(double p)
    {
        sorted ??= [.. milliseconds.Order()];
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Latencies measured elsewhere (e.g. by the soak's readers), with the wall-clock time they were taken in.</summary>
    public static HttpLatency FromSamples(string name, int clients, IEnumerable<double> milliseconds, double wallSeconds)
    {
        var result = new HttpLatency { Name = name, Clients = clients, WallSeconds = wallSeconds, LoadAverage = Machine.LoadAverage() };
        result.milliseconds.AddRange(milliseconds);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="request"/> (given a running request number) <paramref name="warmup"/> times on one client,
    /// then on <paramref name="clients"/> clients until <paramref name="iterations"/> requests are timed or
    /// <paramref name="budget"/> is spent (at least one request per client).
    /// </summary>
    public static async Task<HttpLatency> RunAsync(string name, int clients, int warmup, int iterations, TimeSpan budget, Func<int, Task> request)
    {
        for (var i = 0; i < warmup; i++)
        {
            await request(i);
        }

        var result = new HttpLatency { Name = name, Clients = clients };
        var next = warmup - 1;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        async Task ClientAsync()
        {
            for (var first = true; first || Stopwatch.GetTimestamp() < deadline; first = false)
            {
                var number = Interlocked.Increment(ref next);
                if (number - warmup >= iterations && !first)
                {
                    return;
                }

                var sent = Stopwatch.GetTimestamp();
                await request(number);
                var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                lock (result.milliseconds)
                {
                    result.milliseconds.Add(elapsed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync)));
        result.WallSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        result.LoadAverage = Machine.LoadAverage();
        return result;
    }
}
