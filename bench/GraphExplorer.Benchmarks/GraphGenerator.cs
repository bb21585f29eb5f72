using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// A reproducible random graph: organisations with ids 0..n-1 and relationships whose sources are drawn with a
/// skew (low ids are hubs, as in partnership networks) and whose targets are uniform. The graph is written once to
/// CSV files (<c>nodes.csv</c>, <c>relationships.csv</c>) with the query inputs (<c>workload.json</c>), so that every
/// engine (ours and the peers in <c>bench/peers/</c>) loads exactly the same data and answers the same questions.
/// </summary>
internal sealed class GraphGenerator(int nodes, int relationships, int seed = 42)
{
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string WorkloadFile = "workload.json";

    /// <summary>The default data folder for a size: generated files are reused across runs and engines.</summary>
    public static string DefaultFolder(int nodes, int relationships) =>
        Path.Combine(Path.GetTempPath(), $"graphexplorer-bench-data-{nodes}-{relationships}");

    /// <summary>Writes the CSV files and the workload into <paramref name="folder"/> unless they are already there.</summary>
    public void EnsureWritten(string folder)
    {
        if (File.Exists(Path.Combine(folder, WorkloadFile)))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, NodesFile), false, new UTF8Encoding(false)))
        {
            writer.WriteLine("id,name,kind");
            for (var id = 0; id < nodes; id++)
            {
                var kind = (id % 7) switch { 0 => "university", 1 => "government_agency", _ => "company" };
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id},Organisation {id},{kind}"));
            }
        }

        var random = new Random(seed);
        using (var writer = new StreamWriter(Path.Combine(folder, RelationshipsFile), false, new UTF8Encoding(false)))
        {
            writer.WriteLine("s,t,since");
            for (var i = 0; i < relationships; i++)
            {
                var source = (int)(Math.Pow(random.NextDouble(), 2) * nodes);
                var target = random.Next(nodes);
                var since = 1990 + random.Next(35);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source},{target},{since}"));
            }
        }

        // Query inputs from their own seed: uniform random ids; shortest-path pairs never join a node to itself.
        var queries = new Random(seed + 1);
        var lookups = Enumerable.Range(0, 20_000).Select(_ => (long)queries.Next(nodes)).ToArray();
        var pairs = new List<long[]>();
        while (pairs.Count < 1_000)
        {
            long a = queries.Next(nodes), b = queries.Next(nodes);
            if (a != b)
            {
                pairs.Add([a, b]);
            }
        }

        var workload = new Workload(nodes, relationships, seed, lookups, pairs.ToArray());
        File.WriteAllText(Path.Combine(folder, WorkloadFile), JsonSerializer.Serialize(workload));
    }

    /// <summary>Reads a CSV file written by <see cref="EnsureWritten"/> (no quoting: the generator never needs it).</summary>
    public static IEnumerable<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            yield return line.Split(',');
        }
    }
}

/// <summary>The query inputs shared by every engine: point-lookup / 2-hop ids and shortest-path pairs.</summary>
internal sealed record Workload(int Nodes, int Relationships, int Seed, long[] LookupIds, long[][] ShortestPairs)
{
    public static Workload Read(string folder) =>
        JsonSerializer.Deserialize<Workload>(File.ReadAllText(Path.Combine(folder, GraphGenerator.WorkloadFile)))
        ?? throw new InvalidDataException($"{folder}/{GraphGenerator.WorkloadFile} is empty.");
}
