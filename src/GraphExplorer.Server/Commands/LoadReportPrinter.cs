using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// Prints a load's per-file outcome; errors go to the error stream as <c>file:line:column: message</c>. A dry run's
/// diff follows its file's line (<see cref="ChangeSetText"/>).
/// </summary>
internal static class LoadReportPrinter
{
    /// <returns>The process exit code: 0 when every script applied or was unchanged, 1 otherwise.</returns>
    public static int Print(IReadOnlyList<ScriptReport> reports, TextWriter output, TextWriter errors)
    {
        var failed = false;
        foreach (var report in reports)
        {
            var what = report.Outcome switch
            {
                ScriptOutcome.Applied => $"applied ({StatisticsText.Describe(report.Statistics)})",
                ScriptOutcome.WouldApply => $"would apply ({StatisticsText.Describe(report.Statistics)})",
                ScriptOutcome.Unchanged => "unchanged (already applied)",
                ScriptOutcome.RefusedChanged => "refused: changed since it was applied",
                ScriptOutcome.RefusedStewardEdits => "refused: it would overwrite stewards' API edits",
                ScriptOutcome.RefusedMisquotes => "refused: it quotes sentences its sources do not contain",
                ScriptOutcome.RefusedViolations => "refused: it breaks the data rules, nothing of it was applied",
                ScriptOutcome.Failed => "failed: nothing of it was applied",
                ScriptOutcome.Empty => "empty: holds no statement, nothing ran and it is not recorded as applied",
                ScriptOutcome.NotAttempted => "not attempted",
                _ => report.Outcome.ToString(),
            };
            output.WriteLine($"{report.Script.Name}: {what}");
            foreach (var note in report.Notes ?? [])
            {
                output.WriteLine($"  note: {note}");
            }

            if (report.Error is { } error)
            {
                errors.WriteLine(error.ToString());
                failed = true;
            }

            if (report.Changes is { } changes)
            {
                output.WriteLine($"  changes: {ChangeSetText.Summary(changes)}");
                foreach (var line in ChangeSetText.Lines(changes, "    "))
                {
                    output.WriteLine(line);
                }
            }

            // Misquotes and violations are the refusal's reasons, or warnings when the file was loaded with
            // --allow-misquotes or --allow-violations (a refusal lists what it allowed among the warnings).
            var prefix = report.Outcome is ScriptOutcome.RefusedMisquotes or ScriptOutcome.RefusedViolations ? "" : "warning: ";
            foreach (var problem in (report.Misquotes ?? []).Concat(report.Violations ?? []).OrderBy(p => p.Line).ThenBy(p => p.Column))
            {
                errors.WriteLine($"{prefix}{problem}");
            }

            foreach (var warning in report.Warnings ?? [])
            {
                errors.WriteLine($"warning: {warning}");
            }
        }

        return failed ? 1 : 0;
    }
}
