using GraphExplorer.Cypher.Tck.Execution;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>The console report: a table of passed, failed and skipped scenarios per folder, every skipped scenario
/// with its reason, failures (one line each, or in full with --verbose) and a summary.</summary>
internal static class Report
{
    private const int TopCauses = 40;

    public static void Print(TextWriter output, IReadOnlyList<ScenarioResult> results, bool verbose, TimeSpan elapsed)
    {
        var folders = results
            .GroupBy(r => r.Scenario.Folder, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var width = Math.Max("folder".Length, folders.Select(g => g.Key.Length).DefaultIfEmpty(0).Max());

        output.WriteLine();
        output.WriteLine($"{"folder".PadRight(width)}  {"passed",7} {"failed",7} {"skipped",7} {"total",7} {"pass %",7}");
        output.WriteLine(new string('-', width + 42));
        foreach (var folder in folders)
        {
            WriteRow(output, folder.Key.PadRight(width), folder.ToList());
        }

        output.WriteLine(new string('-', width + 42));
        WriteRow(output, "all".PadRight(width), results);

        var skipped = results.Where(r => r.Status == ScenarioStatus.Skipped).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"skipped ({skipped.Count}):");
            foreach (var result in skipped)
            {
                output.WriteLine($"  {result.Scenario.Id}: {result.Reason}");
            }
        }

        var failed = results.Where(r => r.Status == ScenarioStatus.Failed).ToList();
        if (failed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"failed ({failed.Count}):");
            foreach (var result in failed)
            {
                if (verbose)
                {
                    output.WriteLine($"  {result.Scenario.Id}");
                    foreach (var line in (result.Reason ?? string.Empty).Split('\n'))
                    {
                        output.WriteLine($"      {line.TrimEnd('\r')}");
                    }
                }
                else
                {
                    output.WriteLine($"  {result.Scenario.Id}: {result.Summary}");
                }
            }
        }

        var causes = failed
            .GroupBy(r => FailureCause.Of(r.Reason ?? string.Empty), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (causes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"top failure causes ({Math.Min(causes.Count, TopCauses)} of {causes.Count}):");
            foreach (var cause in causes.Take(TopCauses))
            {
                output.WriteLine($"  {cause.Count(),5}  {cause.Key}");
            }
        }

        var slowest = results.MaxBy(r => r.Elapsed);
        output.WriteLine();
        output.WriteLine(
            $"summary: {Count(results, ScenarioStatus.Passed)} passed, {Count(results, ScenarioStatus.Failed)} failed, "
            + $"{skipped.Count} skipped of {results.Count} scenarios in {elapsed.TotalSeconds:0.0} s"
            + (slowest is null ? string.Empty : $" (slowest: {slowest.Scenario.Id}, {slowest.Elapsed.TotalSeconds:0.00} s)"));
    }

    private static void WriteRow(TextWriter output, string name, IReadOnlyCollection<ScenarioResult> results)
    {
        var passed = Count(results, ScenarioStatus.Passed);
        var percent = results.Count == 0 ? 0 : passed * 100.0 / results.Count;
        output.WriteLine(
            $"{name}  {passed,7} {Count(results, ScenarioStatus.Failed),7} {Count(results, ScenarioStatus.Skipped),7} {results.Count,7} {percent,6:0.0}%");
    }

    private static int Count(IEnumerable<ScenarioResult> results, ScenarioStatus status) => results.Count(r => r.Status == status);
}
