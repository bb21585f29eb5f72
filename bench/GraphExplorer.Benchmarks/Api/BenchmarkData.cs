namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// The data an HTTP benchmark runs on: the seed data in a fresh folder the server fills at start-up (and the caller
/// deletes), or the generated graph (<see cref="ModelGraph"/>) loaded once into a folder reused between runs, with the
/// requests (<see cref="ApiWorkload"/>) chosen for it, and a source of that data a steward's change can cite.
/// </summary>
internal sealed record BenchmarkData(string Folder, string Description, ApiWorkload Workload, bool Temporary, StewardCitation Citation)
{
    /// <summary>A sentence of the first seed article (cypher/ cites it as <c>src:001-…</c>).</summary>
    private static readonly StewardCitation SeedCitation = new("src:001-20df84f1ae021dc9", "LuxProvide et la JAXA ont formalisé leur collaboration");

    /// <param name="graph"><c>seed</c> or <c>model</c>.</param>
    /// <param name="prefix">The name of the seed's temporary folder starts with it.</param>
    public static async Task<BenchmarkData> PrepareAsync(string graph, string? folder, int organizations, string root, string prefix)
    {
        if (graph == "seed")
        {
            return new BenchmarkData(
                Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")),
                "the seed data (`cypher/`, 188 nodes and 584 relationships), applied by the server at start-up into a fresh database folder",
                ApiWorkload.Seed,
                Temporary: true,
                SeedCitation);
        }

        folder ??= ModelGraphLoader.DefaultFolder(organizations);
        var description = await ModelGraphLoader.EnsureLoadedAsync(folder, organizations,
            [Path.Combine(root, "cypher", "000_schema.cypher"), Path.Combine(root, "cypher", "001_search_index.cypher")]);
        return new BenchmarkData(
            folder,
            $"the generated graph (`ModelGraph`, {description.Replace("\n", "; ", StringComparison.Ordinal)}), schema of `cypher/000_schema.cypher` and `001_search_index.cypher`, embedded database folder reused between runs",
            ApiWorkload.Read(folder),
            Temporary: false,
            ModelGraph.StewardCitation);
    }
}

/// <summary>The source a benchmark's steward change cites and the sentence it quotes (every change must cite one that exists).</summary>
internal sealed record StewardCitation(string Source, string Quote);
