using GraphExplorer.Benchmarks;

// Benchmarks of the project's engines, run by hand from the repository root (figures go to bench/results/):
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- cypher [--nodes 100000] [--relationships 1000000] [--data DIR] [--out FILE] [--in-memory]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- graphql [--out FILE] [--dump DIR]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- fulltext [--nodes 100000] [--out FILE]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- reopen [--nodes 100000] [--relationships 1000000] [--bare] [--out FILE]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- scans [--nodes 100000] [--relationships 1000000] [--budget 5] [--out FILE]
//   taskset -c 0 dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- import-profile [--nodes 100000] [--relationships 1000000]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- generate [--nodes N] [--relationships M] [--data DIR]
//     (only writes the graph's CSV files and workload.json, for the peers in bench/peers/)
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- api [--graph seed|model] [--organizations 100000] [--db DIR] [--out FILE] [--budget 10] [--clients 4] [--no-build] [--profile]
//   dotnet run -c Release --project bench/GraphExplorer.Benchmarks -- soak [--minutes 1] [--readers 16] [--graph seed|model] [--out FILE] [--no-build]
if (args is ["soak", ..])
{
    await GraphExplorer.Benchmarks.Api.SoakBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["api", ..])
{
    await GraphExplorer.Benchmarks.Api.ApiBenchmark.RunAsync(args[1..]);
    return;
}

var options = Options.Parse(args);
switch (options.Benchmark)
{
    case "cypher":
        await CypherBenchmark.RunAsync(options);
        break;
    case "graphql":
        await GraphQLBenchmark.RunAsync(options);
        break;
    case "fulltext":
        await FullTextBenchmark.RunAsync(options);
        break;
    case "reopen":
        await ReopenBenchmark.RunAsync(options, bare: args.Contains("--bare"));
        break;
    case "scans":
        await ScanBenchmark.RunAsync(options);
        break;
    case "import-profile":
        ImportProfile.Run(options);
        break;
    default:
        var folder = options.DataFolder ?? GraphGenerator.DefaultFolder(options.Nodes, options.Relationships);
        new GraphGenerator(options.Nodes, options.Relationships).EnsureWritten(folder);
        Console.WriteLine(folder);
        break;
}
