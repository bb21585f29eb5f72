using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Cypher.Tck.KnownFailures;
using GraphExplorer.Cypher.Tck.Loading;
using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Runner;

// The openCypher TCK runner: loads the feature files, runs every scenario against a fresh in-memory embedded
// database, prints a per-folder report and ends with "tck: <passed>/<total> passed". The pass rate is a report, not
// a gate: the exit code is 0 unless the runner itself breaks (2) or --min-pass is not met (1).
RunnerOptions options;
try
{
    options = RunnerOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(RunnerOptions.Usage);
    return 2;
}

var features = options.FeaturesFolder ?? TckLocation.FindFeatures(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
if (features is null)
{
    Console.Error.WriteLine("error: no features folder given and no shared/opencypher/tck/features found above the current folder or the program.");
    return 2;
}

IReadOnlyList<TckScenario> all;
try
{
    all = FeatureLoader.LoadAll(features);
}
catch (TckLoadException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

var selected = options.Filter is { } filter
    ? all.Where(s => s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList()
    : all;
Console.WriteLine($"TCK: {features}");
Console.WriteLine($"{selected.Count} scenarios{(options.Filter is null ? string.Empty : $" matching '{options.Filter}' (of {all.Count})")}, "
    + $"timeout {options.Timeout.TotalSeconds:0.#} s, {options.Parallelism} at a time");

var executor = new ScenarioExecutor(EmbeddedEngine.CreateInMemory, TckLocation.GraphsFor(features), options.Timeout);
var clock = System.Diagnostics.Stopwatch.StartNew();
var results = new ScenarioResult[selected.Count];
await Parallel.ForEachAsync(
    Enumerable.Range(0, selected.Count),
    new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
    async (i, cancellationToken) => results[i] = await executor.RunAsync(selected[i], cancellationToken));
clock.Stop();

Report.Print(Console.Out, results, options.Verbose, clock.Elapsed);

if (options.JsonFile is { } json)
{
    JsonReport.Write(json, features, results, clock.Elapsed);
    Console.WriteLine($"wrote {json}");
}

if (options.KnownFailuresFile is { } knownFailures)
{
    File.WriteAllText(knownFailures, KnownFailureList.Format(results));
    Console.WriteLine($"wrote {knownFailures} ({results.Count(r => r.Status == ScenarioStatus.Failed)} known failures)");
}

var passed = results.Count(r => r.Status == ScenarioStatus.Passed);
Console.WriteLine($"tck: {passed}/{results.Length} passed");

if (options.MinPassPercent is { } minimum && results.Length > 0 && passed * 100.0 / results.Length < minimum)
{
    Console.Error.WriteLine($"the pass rate {passed * 100.0 / results.Length:0.0}% is below the required {minimum:0.#}%");
    return 1;
}

return 0;
