using System.CommandLine;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary><c>retract &lt;script&gt; --reason "…" [--dry-run] [--steward name]</c>: withdraws what an applied script asserted, audited.</summary>
internal static class RetractCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var script = new Argument<string>("script") { Description = "The applied script whose facts are withdrawn (its file name, as `lineage` lists it)." };
        var reason = new Option<string>("--reason") { Description = "Why its facts no longer stand (kept in the audit entry).", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be deleted, and change nothing." };
        var steward = new Option<string>("--steward") { Description = "Who retracts (recorded in the audit entry).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("retract", "Withdraw what an applied script alone asserted (facts others assert too stay), with a reason, audited.")
        {
            script, reason, dryRun, steward,
        };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: false);
            RetractReport report;
            try
            {
                report = await new ScriptRetractor(database).RetractAsync(parseResult.GetValue(script)!, parseResult.GetValue(steward)!,
                    parseResult.GetValue(reason) ?? "", parseResult.GetValue(dryRun), cancellationToken);
            }
            catch (ExplorerException exception)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return 2;
            }

            var verb = parseResult.GetValue(dryRun) ? "would retract" : "retracted";
            Console.Out.WriteLine($"{report.Script}: {verb} {report.Deleted.Count} fact(s) it alone asserted; {report.Kept} it shares with other batches stay" +
                (parseResult.GetValue(dryRun) ? "" : $" (audit entry {report.AuditId})"));
            Console.Out.WriteLine($"  changes: {ChangeSetText.Summary(report.Changes)}");
            foreach (var line in ChangeSetText.Lines(report.Changes, "    "))
            {
                Console.Out.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
