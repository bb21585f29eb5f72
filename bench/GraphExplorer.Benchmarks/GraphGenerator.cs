namespace GraphExplorer.Benchmarks;

/// <summary>
/// A reproducible random graph: organisations with ids 0..n-1 and relationships whose endpoints are drawn with a
/// skew (some organisations are hubs), as in partnership networks.
/// </summary>
internal sealed class GraphGenerator(int nodes, int relationships, int seed = 42)
{
    public int Nodes { get; } = nodes;

    public int Relationships { get; } = relationships;

    public IEnumerable<IReadOnlyList<Dictionary<string, object?>>> NodeBatches(int batchSize)
    {
        for (var start = 0; start < Nodes; start += batchSize)
        {
            var batch = new List<Dictionary<string, object?>>(batchSize);
            for (var id = start; id < Math.Min(Nodes, start + batchSize); id++)
            {
                batch.Add(new Dictionary<string, object?>
                {
                    ["id"] = (long)id,
                    ["name"] = $"Organisation {id}",
                    ["kind"] = (id % 7) switch { 0 => "university", 1 => "government_agency", _ => "company" },
                });
            }

            yield return batch;
        }
    }

    public IEnumerable<IReadOnlyList<Dictionary<string, object?>>> RelationshipBatches(int batchSize)
    {
        var random = new Random(seed);
        for (var start = 0; start < Relationships; start += batchSize)
        {
            var count = Math.Min(batchSize, Relationships - start);
            var batch = new List<Dictionary<string, object?>>(count);
            for (var i = 0; i < count; i++)
            {
                batch.Add(new Dictionary<string, object?>
                {
                    ["s"] = (long)SkewedNode(random),
                    ["t"] = (long)random.Next(Nodes),
                    ["since"] = (long)(1990 + random.Next(35)),
                });
            }

            yield return batch;
        }
    }

    private int SkewedNode(Random random) => (int)(Math.Pow(random.NextDouble(), 2) * Nodes);
}
