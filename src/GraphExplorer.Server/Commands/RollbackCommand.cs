using System.CommandLine;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary><c>rollback &lt;batch&gt; [--dry-run] [--steward name]</c>: restores the state before one batch, audited
/// as a batch of its own (see <see cref="BatchRollback"/>).</summary>
internal static class RollbackCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var batch = new Argument<string>("batch")
        {
            Description = "The batch to undo: its id as `lineage` lists it (script:<file>@<checksum>, mutation:…, retract:…, rollback:…) or an applied script's file name.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be restored, and change nothing." };
        var steward = new Option<string>("--steward") { Description = "Who rolls back (recorded in the audit entry).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("rollback", "Restore exactly what one batch touched to its state before; refused when a later batch builds on it.")
        {
            batch, dryRun, steward,
        };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: false);
            RollbackReport report;
            try
            {
                report = await new BatchRollback(database).RollbackAsync(parseResult.GetValue(batch)!, parseResult.GetValue(steward)!,
                    parseResult.GetValue(dryRun), cancellationToken);
            }
            catch (ExplorerException exception)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return 2;
            }

            Console.Out.WriteLine(report.DryRun
                ? $"{report.Batch}: would roll back ({ChangeSetText.Summary(report.Changes)}); nothing was changed"
                : $"{report.Batch}: rolled back ({ChangeSetText.Summary(report.Changes)}) as batch {report.RollbackBatch}, which `rollback` undoes in turn");
            foreach (var line in ChangeSetText.Lines(report.Changes, "    "))
            {
                Console.Out.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
