using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.KnownFailures;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>
/// The runner's work: load the features, run the selected scenarios on fresh databases, report, and decide the exit
/// code. The pass rate is a report, not a gate: the exit code is 0 unless the runner itself breaks (2) or
/// <c>--min-pass</c> is not met (1).
/// </summary>
internal static class RunnerApp
{
    public const int Success = 0;
    public const int BelowMinimum = 1;
    public const int Broken = 2;

    /// <summary>Runs on databases from <paramref name="databaseFactory"/>, whatever backend the options name.</summary>
    public static Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        Func<IGraphDatabase> databaseFactory,
        IProcedureRegistrar? procedures = null) =>
        RunAsync(args, output, error, (_, _) => databaseFactory, _ => procedures);

    /// <summary>
    /// Runs on databases of the backend the options name (<c>--backend</c>), made by <paramref name="databaseFactory"/>
    /// with the import directory LOAD CSV reads from (null for none).
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        Func<TestBackendKind, string?, Func<IGraphDatabase>> databaseFactory,
        Func<TestBackendKind, IProcedureRegistrar?> procedures)
    {
        RunnerOptions options;
        try
        {
            options = RunnerOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine(RunnerOptions.Usage);
            return Broken;
        }

        var features = options.FeaturesFolder ?? TckLocation.FindFeatures(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (features is null)
        {
            error.WriteLine("error: no features folder given and no shared/opencypher/tck/features found above the current folder or the program.");
            return Broken;
        }

        IReadOnlyList<TckScenario> all;
        try
        {
            all = FeatureLoader.LoadAll(features);
        }
        catch (TckLoadException e)
        {
            error.WriteLine($"error: {e.Message}");
            return Broken;
        }

        var selected = options.Filter is { } filter
            ? all.Where(s => s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList()
            : all;
        output.WriteLine($"TCK: {features}");
        output.WriteLine(
            $"{selected.Count} scenarios{(options.Filter is null ? string.Empty : $" matching '{options.Filter}' (of {all.Count})")}, "
            + $"timeout {options.Timeout.TotalSeconds:0.#} s, {options.Parallelism} at a time");

        if (TestBackend.WhyUnavailableFor(options.Backend) is { } unavailable)
        {
            // Not a failure of the engine: the run is skipped, and says why.
            output.WriteLine($"tck: skipped on backend {options.Backend}: {unavailable}");
            return Success;
        }

        output.WriteLine($"backend: {options.Backend}");
        var importDirectory = options.ImportDirectory ?? (Directory.Exists(Path.Combine(features, "import")) ? Path.Combine(features, "import") : null);

        // The TCK's CSV files go to a folder of their own that the embedded databases' LOAD CSV reads: under the import
        // directory, or a temporary one serving as it. Other backends read files on their server, out of the runner's reach.
        var temporaryImport = options.Backend == TestBackendKind.Embedded && importDirectory is null
            ? Directory.CreateTempSubdirectory("tck-import-").FullName
            : null;
        importDirectory ??= temporaryImport;
        var csvRun = $"tck-csv-{Guid.NewGuid():N}";
        var csvFiles = options.Backend == TestBackendKind.Embedded
            ? new CsvFileFolder(Path.Combine(importDirectory!, csvRun), $"file:///{csvRun}/")
            : null;
        var executor = new ScenarioExecutor(
            databaseFactory(options.Backend, importDirectory),
            NamedGraphs.Around(features),
            options.Timeout,
            procedures(options.Backend),
            csvFiles);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new ScenarioResult[selected.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, selected.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
                async (i, cancellationToken) => results[i] = await executor.RunAsync(selected[i], cancellationToken));
        }
        finally
        {
            if (csvFiles is not null && Directory.Exists(csvFiles.Directory))
            {
                Directory.Delete(csvFiles.Directory, recursive: true);
            }

            if (temporaryImport is not null)
            {
                Directory.Delete(temporaryImport, recursive: true);
            }
        }

        clock.Stop();

        Report.Print(output, results, options.Verbose, clock.Elapsed);

        if (options.JsonFile is { } json)
        {
            JsonReport.Write(json, features, results, clock.Elapsed);
            output.WriteLine($"wrote {json}");
        }

        if (options.KnownFailuresFile is { } knownFailures)
        {
            File.WriteAllText(knownFailures, KnownFailureList.Format(results));
            output.WriteLine($"wrote {knownFailures} ({results.Count(r => r.Status == ScenarioStatus.Failed)} known failures)");
        }

        var passed = results.Count(r => r.Status == ScenarioStatus.Passed);
        output.WriteLine($"tck: {passed}/{results.Length} passed");

        var percent = results.Length == 0 ? 100.0 : passed * 100.0 / results.Length;
        if (options.MinPassPercent is { } minimum && percent < minimum)
        {
            error.WriteLine($"the pass rate {percent:0.0}% is below the required {minimum:0.#}%");
            return BelowMinimum;
        }

        return Success;
    }
}
