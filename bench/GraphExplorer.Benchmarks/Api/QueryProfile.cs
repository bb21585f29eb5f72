using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Where the time of a search, a neighbourhood or the analyst's list goes: the application services run in process on
/// the database folder (no HTTP; no GraphQL except for the analyst's list, whose filters, order and aggregate are the
/// API's own), every Cypher query they send timed on its own through <see cref="TimedDatabase"/>. Prints,
/// per case, the service's wall-clock and CPU time (the process's, so CPU time is what the case costs whatever the
/// machine's load) and its queries, slowest first. For finding what to optimise, not for figures.
/// </summary>
internal static class QueryProfile
{
    public static async Task RunAsync(string folder, ApiWorkload workload, int repetitions = 10)
    {
        await using var inner = EmbeddedGraphDatabase.Open(folder);
        var database = new TimedDatabase(inner);
        var search = new SearchService(database);
        var neighbourhood = new NeighbourhoodService(database);
        foreach (var s in workload.Searches)
        {
            await ProfileAsync(database, $"search \"{s.Text}\"", repetitions, () => search.SearchAsync(s.Text, first: 20));
        }

        foreach (var n in workload.Neighbourhoods)
        {
            await ProfileAsync(database, $"neighbourhood {n.Id} depth {n.Depth}", repetitions, () => neighbourhood.NeighbourhoodAsync(n.Id, n.Depth, limit: n.Limit));
        }

        var api = new GraphQLEngine(ExplorerSchema.Create(database, new StewardKeyVerifier([]), _ => null));
        await ProfileAsync(database, "analyst list (GraphQL in process)", repetitions, async () =>
        {
            var result = await api.ExecuteAsync(new GraphQLRequest(ExplorerClient.AnalystListDocument));
            var json = result.ToJson();
            return json.Contains("\"errors\"", StringComparison.Ordinal) ? throw new InvalidOperationException(json) : json;
        });
    }

    /// <summary>Runs a case <paramref name="repetitions"/> times; prints the fastest run and, per query text, its fastest time (the machine is shared: minima are the steadiest).</summary>
    private static async Task ProfileAsync<T>(TimedDatabase database, string name, int repetitions, Func<Task<T>> run)
    {
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        var queries = new Dictionary<string, (double Milliseconds, int Rows, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < repetitions; i++)
        {
            database.Timings.Clear();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            await run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalMilliseconds);
            foreach (var group in database.Timings.GroupBy(t => t.Query))
            {
                var sum = group.Sum(t => t.Milliseconds);
                queries[group.Key] = queries.TryGetValue(group.Key, out var old) && old.Milliseconds < sum ? old : (sum, group.Sum(t => t.Rows), group.Count());
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {best:N1} ms wall, {bestCpu:N1} ms CPU (least of {repetitions}), {database.Timings.Count} queries"));
        foreach (var (query, (ms, rows, count)) in queries.OrderByDescending(q => q.Value.Milliseconds).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:N1} ms {rows,6} rows {count,3}x  {query[..Math.Min(query.Length, 150)]}"));
        }
    }

    /// <summary>An <see cref="IGraphDatabase"/> that records the time and row count of every query its sessions run.</summary>
    private sealed class TimedDatabase(IGraphDatabase inner) : IGraphDatabase
    {
        public List<(string Query, double Milliseconds, int Rows)> Timings { get; } = [];

        public string BackendName => inner.BackendName;

        public IGraphSession OpenSession(SessionOptions? options = null) => new TimedSession(inner.OpenSession(options), Timings);

        public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => inner.VerifyConnectivityAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    private sealed class TimedSession(IGraphSession inner, List<(string Query, double Milliseconds, int Rows)> timings) : IGraphSession
    {
        public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await inner.RunAsync(cypher, parameters, cancellationToken);
            lock (timings)
            {
                timings.Add((cypher, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Count));
            }

            return result;
        }

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            inner.BeginTransactionAsync(accessMode, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
