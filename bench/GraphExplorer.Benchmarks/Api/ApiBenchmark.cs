using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Issue #4: HTTP latency of the explorer's <c>search</c> and <c>neighbourhood</c> requests against the real server
/// (a child process), on the seed data (<c>--graph seed</c>: a fresh database folder, the <c>cypher/</c> scripts
/// applied at start-up) or on the generated graph (<c>--graph model</c>: <see cref="ModelGraph"/>, 100,000
/// organisations and about 1,000,000 relationships by default, loaded once into a reused folder). Requests are the web
/// client's documents (<see cref="ClientQueries"/>) with its variables: <c>first: 20</c> for search, the client's node
/// limit for neighbourhoods. Each case runs on one client, then mixes of cases on several concurrent clients.
/// </summary>
internal static class ApiBenchmark
{
    private const string Usage =
        "usage: GraphExplorer.Benchmarks api [--graph seed|model] [--organizations N] [--db DIR] [--out FILE] [--budget SECONDS] [--clients N] [--no-build] [--profile]";

    public static async Task RunAsync(string[] args)
    {
        var graph = Argument(args, "--graph") ?? "seed";
        if (graph is not ("seed" or "model"))
        {
            throw new ArgumentException(Usage);
        }

        var organizations = int.Parse(Argument(args, "--organizations") ?? "100000", NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(double.Parse(Argument(args, "--budget") ?? "10", CultureInfo.InvariantCulture));
        var clients = int.Parse(Argument(args, "--clients") ?? "4", CultureInfo.InvariantCulture);
        var root = Options.RepositoryRoot();

        var (folder, data, workload, temporary, _) = await BenchmarkData.PrepareAsync(graph, Argument(args, "--db"), organizations, root, "graphexplorer-api-bench-seed-");
        if (!temporary && args.Contains("--profile"))
        {
            await QueryProfile.RunAsync(folder, workload);
            return;
        }

        var report = new ApiReport(
            $"HTTP API benchmark: search and neighbourhood ({(temporary ? "seed data" : $"{organizations:N0} organisations")})",
            string.Create(CultureInfo.InvariantCulture,
                $"Data: {data}. Server: `dotnet run -c Release --project src/GraphExplorer.Server` (embedded backend, request logging at Warning) on loopback; client: .NET `HttpClient` in the benchmark process on the same machine. Machine: {Machine.Describe()}. Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {Machine.LoadAverages()}. Requests: the web client's `Search` and `Neighbourhood` documents (client/src/api/queries.ts), `POST /graphql`; each case warmed up, then timed request by request for up to {budget.TotalSeconds:N0} s; latency is from sending to the whole response read."));
        try
        {
            await using var server = await ServerProcess.StartAsync(root, folder, loadSeed: temporary, build: !args.Contains("--no-build"), TimeSpan.FromMinutes(15));
            report.Value("server start until /health answers (build check, database open, seed loading when asked)", server.StartSeconds, "s");
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            var client = new ExplorerClient(http, root);
            await MeasureAsync(report, client, workload, budget, clients);
        }
        finally
        {
            if (temporary && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        report.Write(Argument(args, "--out") ?? Path.Combine(root, "bench", "results", temporary ? "api-seed.md" : $"api-{organizations / 1000}k.md"));
    }

    private const string AnalystCase =
        "analyst list: agreements filtered (kind in, signed since 2020, sector some), sorted (date desc, title), first 20 + aggregate and groups by kind and year";

    private static async Task MeasureAsync(ApiReport report, ExplorerClient client, ApiWorkload workload, TimeSpan budget, int clients)
    {
        // What each case answers, recorded before timing (a change of answers explains a change of time).
        foreach (var search in workload.Searches)
        {
            var hits = (await client.SearchAsync(search.Text))["search"]!.AsArray();
            report.Check($"search \"{search.Text}\" ({search.Name})",
                $"{hits.Count} hits{(hits.Count > 0 ? $", first: {hits[0]!["entity"]!["id"]} (score {hits[0]!["score"]})" : "")}");
        }

        foreach (var n in workload.Neighbourhoods)
        {
            var subgraph = (await client.NeighbourhoodAsync(n))["neighbourhood"]!;
            report.Check($"neighbourhood {n.Id} depth {n.Depth} limit {n.Limit} ({n.Name})",
                $"{subgraph["nodes"]!.AsArray().Count} nodes, {subgraph["edges"]!.AsArray().Count} edges, truncated {subgraph["truncated"]}");
        }

        var analyst = (await client.AnalystListAsync())["agreements"]!;
        report.Check(AnalystCase,
            $"{analyst["totalCount"]} agreements, {analyst["nodes"]!.AsArray().Count} on the page, first {analyst["nodes"]!.AsArray().FirstOrDefault()?["id"]}, " +
            $"{analyst["aggregate"]!["groups"]!.AsArray().Count} groups, signed {analyst["aggregate"]!["signed"]!["earliest"]?["iso"]} to {analyst["aggregate"]!["signed"]!["latest"]?["iso"]}");

        foreach (var search in workload.Searches)
        {
            report.Add($"search \"{search.Text}\" ({search.Name})",
                await HttpLatency.RunAsync(search.Name, 1, 20, 5_000, budget, _ => client.SearchAsync(search.Text)));
        }

        var keystrokes = workload.Keystrokes();
        report.Add($"search while typing \"{workload.Typed}\" (each prefix of 2+ characters in turn)",
            await HttpLatency.RunAsync("typing", 1, keystrokes.Count, 5_000, budget, i => client.SearchAsync(keystrokes[i % keystrokes.Count])));

        foreach (var n in workload.Neighbourhoods)
        {
            report.Add($"neighbourhood {n.Id}, depth {n.Depth}, limit {n.Limit} ({n.Name})",
                await HttpLatency.RunAsync(n.Name, 1, 5, 2_000, budget, _ => client.NeighbourhoodAsync(n)));
        }

        report.Add(AnalystCase, await HttpLatency.RunAsync("analyst list", 1, 3, 2_000, budget, _ => client.AnalystListAsync()));

        var texts = workload.Searches.Select(s => s.Text).Concat(keystrokes).ToList();
        report.Add($"search mix (the cases above and the keystrokes), {clients} concurrent clients",
            await HttpLatency.RunAsync("search mix", clients, 0, 20_000, budget, i => client.SearchAsync(texts[i % texts.Count])));
        var deep = workload.Neighbourhoods.Where(n => n.Depth == 2).ToList();
        report.Add($"neighbourhood mix (the depth-2 cases), {clients} concurrent clients",
            await HttpLatency.RunAsync("neighbourhood mix", clients, 0, 5_000, budget, i => client.NeighbourhoodAsync(deep[i % deep.Count])));
    }

    /// <summary>The value after <paramref name="name"/> in the arguments, if any.</summary>
    internal static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
