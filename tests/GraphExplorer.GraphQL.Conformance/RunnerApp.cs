using System.Text.Json.Nodes;
using GraphExplorer.GraphQL.Conformance.Cases;
using GraphExplorer.GraphQL.Conformance.Comparison;
using GraphExplorer.GraphQL.Conformance.Observing;

namespace GraphExplorer.GraphQL.Conformance;

/// <summary>
/// The runner's work: load the corpus, add the generated cases, observe every case with graphql-js and with our
/// engine, compare, report, and decide the exit code: 0 when the run meets <c>--min-pass</c> and matches the known
/// differences exactly; 1 when it does not; 2 when the runner itself cannot run (bad arguments or corpus, no node).
/// </summary>
internal static class RunnerApp
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Broken = 2;

    private const string ProjectFolder = "tests/GraphExplorer.GraphQL.Conformance";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        RunnerOptions options;
        Corpus corpus;
        string? home = FindProjectFolder();
        try
        {
            options = RunnerOptions.Parse(args);
            var folder = options.CorpusFolder ?? (home is null ? null : Path.Combine(home, "corpus"))
                ?? throw new ArgumentException($"no corpus folder given and no {ProjectFolder} found above the current folder.");
            corpus = Corpus.Load(folder);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(RunnerOptions.Usage);
            return Broken;
        }

        if (home is null)
        {
            error.WriteLine($"error: the graphql-js oracle ({ProjectFolder}/oracle) was not found above the current folder.");
            return Broken;
        }

        var knownFile = options.KnownDifferencesFile
            ?? (options.CorpusFolder is null ? Path.Combine(home, KnownDifferences.FileName) : null);
        var known = knownFile is null ? KnownDifferences.Empty : KnownDifferences.Load(knownFile);

        EngineObserver engine;
        try
        {
            engine = new EngineObserver(corpus);
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"error: our engine cannot build a corpus schema: {e.Message}");
            return Broken;
        }

        var generated = DocumentGenerator.Generate(corpus, options.Generate, options.Seed);
        if (options.WriteGeneratedFolder is { } generatedFolder)
        {
            DocumentGenerator.Write(generatedFolder, generated);
            output.WriteLine($"wrote {generated.Count} generated cases to {generatedFolder}");
        }

        var cases = corpus.Cases.Concat(generated)
            .Where(c => options.Filter is null || c.Id.Contains(options.Filter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        output.WriteLine($"corpus: {corpus.Folder} ({corpus.Cases.Count} cases, {corpus.Schemas.Count} schemas), "
            + $"{generated.Count} generated (seed {options.Seed}); running {cases.Count}");

        string version;
        IReadOnlyDictionary<string, JsonObject> reference;
        try
        {
            (version, reference) = await OracleObserver.ObserveAsync(Path.Combine(home, "oracle"), corpus, cases, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine($"error: {e.Message}");
            return Broken;
        }

        var outcomes = new List<(string Id, IReadOnlyList<string> Differences)>();
        foreach (var testCase in cases)
        {
            var ours = await engine.ObserveAsync(testCase, CancellationToken.None);
            outcomes.Add((testCase.Id, ObservationComparer.Compare(reference[testCase.Id], ours)));
        }

        var documents = cases.ToDictionary(c => c.Id, c => c.Document, StringComparer.Ordinal);
        return Report(output, error, options, version, known, knownFile, outcomes, documents);
    }

    private static int Report(TextWriter output, TextWriter error, RunnerOptions options, string version, KnownDifferences known,
        string? knownFile, List<(string Id, IReadOnlyList<string> Differences)> outcomes, IReadOnlyDictionary<string, string> documents)
    {
        output.WriteLine();
        output.WriteLine($"{"section",-28} {"agree",7} {"differ",7}");
        foreach (var section in outcomes.GroupBy(o => Section(o.Id)))
        {
            output.WriteLine($"{section.Key,-28} {section.Count(o => o.Differences.Count == 0),7} {section.Count(o => o.Differences.Count > 0),7}");
        }

        var disagreements = outcomes.Where(o => o.Differences.Count > 0).ToList();
        var unexpected = disagreements.Where(d => !known.Contains(d.Id)).ToList();
        var expected = disagreements.Where(d => known.Contains(d.Id)).ToList();
        var stale = outcomes.Where(o => o.Differences.Count == 0 && known.Contains(o.Id)).Select(o => o.Id).ToList();

        if (disagreements.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("disagreements (graphql-js is the reference):");
            foreach (var (id, differences) in disagreements)
            {
                output.WriteLine($"  {(known.Contains(id) ? "known" : "NEW  ")} {id}");
                foreach (var difference in options.Verbose ? differences : differences.Take(2))
                {
                    output.WriteLine($"          {difference}");
                }

                if (options.Verbose)
                {
                    output.WriteLine("          document:");
                    output.WriteLine(string.Join('\n', documents[id].TrimEnd().Split('\n').Select(l => "          | " + l)));
                }
            }
        }

        if (options.WriteKnownDifferencesFile is { } file)
        {
            File.WriteAllText(file, known.Format(disagreements.Select(d => (d.Id, d.Differences[0]))));
            output.WriteLine($"wrote {file} ({disagreements.Count} known differences)");
        }

        var agreed = outcomes.Count - disagreements.Count;
        var percent = outcomes.Count == 0 ? 100.0 : agreed * 100.0 / outcomes.Count;
        output.WriteLine();
        output.WriteLine($"known differences: {expected.Count} still differ, {stale.Count} now agree, {unexpected.Count} new"
            + (knownFile is null ? " (no list)" : $" ({knownFile})"));
        output.WriteLine($"GraphQL conformance vs graphql-js {version}: {agreed}/{outcomes.Count} cases agree ({percent:0.0}%)");

        var result = Success;
        if (options.MinPassPercent is { } minimum && percent < minimum)
        {
            error.WriteLine($"the agreement rate {percent:0.0}% is below the required {minimum:0.#}%");
            result = Failed;
        }

        if (knownFile is not null && options.WriteKnownDifferencesFile is null)
        {
            foreach (var id in stale)
            {
                error.WriteLine($"known difference now agrees, remove it from {KnownDifferences.FileName}: {id}");
                result = Failed;
            }

            foreach (var (id, _) in unexpected)
            {
                error.WriteLine($"new difference (fix the engine or list it with a reason): {id}");
                result = Failed;
            }
        }

        return result;
    }

    /// <summary>The section of a case id: its folder ("validation/rules"), or "generated/&lt;schema&gt;".</summary>
    private static string Section(string id)
    {
        var path = id[..Math.Max(0, id.IndexOf(':', StringComparison.Ordinal))];
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[..slash];
    }

    /// <summary>The runner's project folder (it holds corpus/ and oracle/), searched above the current folder and the program.</summary>
    private static string? FindProjectFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "oracle", "oracle.mjs")))
                {
                    return folder.FullName;
                }

                var candidate = Path.Combine(folder.FullName, ProjectFolder);
                if (File.Exists(Path.Combine(candidate, "oracle", "oracle.mjs")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
