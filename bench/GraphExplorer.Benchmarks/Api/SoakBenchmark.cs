using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Issue #11's soak: the real server (a child process) under readers and one steward writer at once for a while —
/// each reader alternates the web client's search and neighbourhood requests (<see cref="ApiWorkload"/>), the writer
/// renames organisations through <c>upsertOrganization</c> with a steward key, each in a closed loop. Records p50/p90/p99
/// of each kind, the errors (any non-2xx status or GraphQL error; the run must have none), and the server's resident
/// memory at start, at its peak (sampled every second) and at the end. One minute by default (<c>--minutes</c> for
/// longer); the seed data, or the generated graph with <c>--graph model</c> (as <c>api</c>).
/// </summary>
internal static class SoakBenchmark
{
    private const string Usage =
        "usage: GraphExplorer.Benchmarks soak [--minutes 1] [--readers 16] [--graph seed|model] [--organizations N] [--db DIR] [--out FILE] [--no-build]";

    public static async Task RunAsync(string[] args)
    {
        var minutes = double.Parse(Argument(args, "--minutes") ?? "1", CultureInfo.InvariantCulture);
        var readers = int.Parse(Argument(args, "--readers") ?? "16", CultureInfo.InvariantCulture);
        var graph = Argument(args, "--graph") ?? "seed";
        if (graph is not ("seed" or "model") || minutes <= 0 || readers < 1)
        {
            throw new ArgumentException(Usage);
        }

        var organizations = int.Parse(Argument(args, "--organizations") ?? "100000", NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var root = Options.RepositoryRoot();
        var (folder, data, workload, temporary, citation) = await BenchmarkData.PrepareAsync(graph, Argument(args, "--db"), organizations, root, "graphexplorer-soak-seed-");
        var duration = TimeSpan.FromMinutes(minutes);
        var report = new ApiReport(
            $"Soak: {readers} readers and one steward writer for {minutes.ToString(CultureInfo.InvariantCulture)} min ({(temporary ? "seed data" : $"{organizations:N0} organisations")})",
            string.Create(CultureInfo.InvariantCulture,
                $"Data: {data}. Server: `dotnet run -c Release --project src/GraphExplorer.Server` (embedded backend, request logging at Warning, default limits) on loopback, one steward key configured; clients: .NET `HttpClient` in the benchmark process on the same machine. Machine: {Machine.Describe()}. Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {Machine.LoadAverages()}. Each reader alternates the web client's `Search` (the workload's texts, `first: 20`) and `Neighbourhood` (the workload's cases) documents; the writer sends `upsertOrganization` (a steward's rename of one of 50 organisations, created on first use, audited), each in a closed loop for {duration.TotalSeconds:N0} s; latency is from sending to the whole response read. Resident memory: the server process's VmRSS (/proc), sampled every second."));

        var stewardKey = StewardKeyHasher.NewKey();
        var entry = StewardKeyHasher.CreateEntry("soak-writer", stewardKey);
        try
        {
            await using var server = await ServerProcess.StartAsync(root, folder, loadSeed: temporary, build: !args.Contains("--no-build"), TimeSpan.FromMinutes(15),
                [$"--Stewards:Keys:0:Name={entry.Name}", $"--Stewards:Keys:0:Hash={entry.Hash}", $"--Stewards:Keys:0:Salt={entry.Salt}",
                 // /metrics gives the managed heap, to tell memory the server holds from memory the runtime keeps.
                 "--Telemetry:PrometheusEnabled=true"]);
            report.Value("server start until /health answers", server.StartSeconds, "s");
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = readers + 4 }) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            var client = new ExplorerClient(http, root);
            await SoakAsync(report, server, client, workload, citation, readers, duration, stewardKey);
        }
        finally
        {
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        report.Write(Argument(args, "--out") ?? Path.Combine(root, "bench", "results", temporary ? "soak-seed.md" : $"soak-{organizations / 1000}k.md"));
    }

    private static async Task SoakAsync(ApiReport report, ServerProcess server, ExplorerClient client, ApiWorkload workload, StewardCitation citation, int readers, TimeSpan duration, string stewardKey)
    {
        // Warm-up: every request once (and the first change), so start-up work is not in the figures.
        foreach (var search in workload.Searches)
        {
            await client.SearchAsync(search.Text);
        }

        foreach (var n in workload.Neighbourhoods)
        {
            await client.NeighbourhoodAsync(n);
        }

        await client.UpsertOrganizationAsync("org:soak-0", "Soak Organisation 0", citation, stewardKey);
        var memoryAtStart = server.ServerResidentBytes();
        var peakMemory = memoryAtStart ?? 0;
        var searches = new ConcurrentBag<double>();
        var neighbourhoods = new ConcurrentBag<double>();
        var writes = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>();
        var firstErrors = new ConcurrentQueue<string>();
        var started = Stopwatch.GetTimestamp();
        bool Running() => Stopwatch.GetElapsedTime(started) < duration;

        async Task TimedAsync(string kind, ConcurrentBag<double> samples, Func<Task> request)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                await request();
                samples.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
                if (firstErrors.Count < 5)
                {
                    firstErrors.Enqueue($"{kind}: {e.Message}");
                }
            }
        }

        async Task ReaderAsync(int reader)
        {
            for (var i = reader; Running(); i++)
            {
                var search = workload.Searches[i % workload.Searches.Count];
                await TimedAsync("search", searches, () => client.SearchAsync(search.Text));
                var n = workload.Neighbourhoods[i % workload.Neighbourhoods.Count];
                await TimedAsync("neighbourhood", neighbourhoods, () => client.NeighbourhoodAsync(n));
            }
        }

        async Task WriterAsync()
        {
            for (var i = 1; Running(); i++)
            {
                await TimedAsync("steward change", writes, () => client.UpsertOrganizationAsync($"org:soak-{i % 50}", $"Soak Organisation {i % 50} rev {i}", citation, stewardKey));
            }
        }

        var minutes = new List<string>();
        async Task SampleMemoryAsync()
        {
            for (var second = 0; Running(); second++)
            {
                var resident = server.ServerResidentBytes() ?? 0;
                peakMemory = Math.Max(peakMemory, resident);
                if (second % 60 == 0)
                {
                    minutes.Add(await MemoryAtAsync(client, second / 60, resident));
                }

                await Task.Delay(1000);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, readers).Select(r => Task.Run(() => ReaderAsync(r)))
            .Append(Task.Run(WriterAsync)).Append(Task.Run(SampleMemoryAsync)));
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var memoryAtEnd = server.ServerResidentBytes();

        report.Add($"search ({readers} readers, alternating with neighbourhoods)", HttpLatency.FromSamples("search", readers, searches, wall));
        report.Add($"neighbourhood ({readers} readers, alternating with searches)", HttpLatency.FromSamples("neighbourhood", readers, neighbourhoods, wall));
        report.Add("steward change, upsertOrganization (1 writer)", HttpLatency.FromSamples("write", 1, writes, wall));
        report.Check("errors (must be 0)", errors.IsEmpty ? "0" : string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")) + "; first: " + string.Join(" | ", firstErrors));
        report.Check("server resident memory (VmRSS) at start, peak, end",
            memoryAtStart is null ? "not measured (no /proc)" : string.Create(CultureInfo.InvariantCulture,
                $"{memoryAtStart / 1048576.0:N0} MiB, {peakMemory / 1048576.0:N0} MiB, {memoryAtEnd / 1048576.0:N0} MiB"));
        minutes.Add(await MemoryAtAsync(client, (int)Math.Round(wall / 60), memoryAtEnd ?? 0));
        report.Check("resident memory / managed heap after the last collection, each minute", string.Join("; ", minutes));
        report.Check("duration", string.Create(CultureInfo.InvariantCulture, $"{wall:N1} s"));
    }

    /// <summary>"minute N: RSS / heap MiB": the heap is the runtime's own figure (System.Runtime meter, all generations).</summary>
    private static async Task<string> MemoryAtAsync(ExplorerClient client, int minute, long resident)
    {
        var heap = await client.ManagedHeapBytesAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"minute {minute}: {resident / 1048576.0:N0} / {(heap is null ? "?" : (heap.Value / 1048576.0).ToString("N0", CultureInfo.InvariantCulture))} MiB");
    }

    private static string? Argument(string[] args, string name) => ApiBenchmark.Argument(args, name);
}
