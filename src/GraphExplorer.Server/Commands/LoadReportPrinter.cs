using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary>Prints a load's per-file outcome; errors go to the error stream as <c>file:line:column: message</c>.</summary>
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

            // Misquotes are the refusal's reasons, or warnings when the file was loaded with --allow-misquotes.
            var misquotePrefix = report.Outcome == ScriptOutcome.RefusedMisquotes ? "" : "warning: ";
            foreach (var misquote in report.Misquotes ?? [])
            {
                errors.WriteLine($"{misquotePrefix}{misquote}");
            }

            foreach (var warning in report.Warnings ?? [])
            {
                errors.WriteLine($"warning: {warning}");
            }
        }

        return failed ? 1 : 0;
    }
}
