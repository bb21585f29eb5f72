using System.CommandLine;
using GraphExplorer.Application.Importing;
using GraphExplorer.Application.Loading;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>import &lt;mapping.yaml&gt; [--dry-run] [--allow-misquotes] [--allow-violations] [--overwrite-steward-edits] [--steward name]</c>:
/// applies a spreadsheet through its mapping file (<see cref="SpreadsheetImporter"/>), as one batch with a script's
/// checks; mistakes go to the error stream as <c>file:row:column: message</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var mapping = new Argument<string>("mapping") { Description = "The mapping file (YAML) naming the spreadsheet (or JSON file) and how its columns (fields) become facts." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and show what the import would change, changing nothing." };
        var overwriteStewardEdits = new Option<bool>("--overwrite-steward-edits")
        {
            Description = "Let the import change what stewards last edited through the API, or re-create what they deleted (refused otherwise).",
        };
        var allowMisquotes = new Option<bool>("--allow-misquotes")
        {
            Description = "Import rows whose quotes do not occur in their sources' texts, printing each as a warning (refused otherwise).",
        };
        var allowViolations = new Option<bool>("--allow-violations")
        {
            Description = "Import rows that break the data rules, printing each as a warning (refused otherwise).",
        };
        var steward = new Option<string>("--steward") { Description = "Who imports (recorded with the batch).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("import", "Apply a spreadsheet (CSV) or JSON records through its mapping file, as one checked batch; a changed spreadsheet re-imports, replacing what it said.")
        {
            mapping, dryRun, overwriteStewardEdits, allowMisquotes, allowViolations, steward,
        };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = ServerConfiguration.Build(configurationArgs);
            var options = new LoadOptions(parseResult.GetValue(steward)!, parseResult.GetValue(dryRun), AllowChanged: true,
                parseResult.GetValue(overwriteStewardEdits), configuration.GetLoadSettings().FileTimeout, parseResult.GetValue(allowMisquotes),
                parseResult.GetValue(allowViolations) ? RuleChecks.Warn : RuleChecks.Refuse);
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: false);
            ScriptReport report;
            try
            {
                report = await new SpreadsheetImporter(database).ImportAsync(parseResult.GetValue(mapping)!, options, cancellationToken);
            }
            catch (ImportException refused)
            {
                foreach (var error in refused.Errors)
                {
                    Console.Error.WriteLine(error.ToString());
                }

                Console.Error.WriteLine($"{refused.Errors.Count} mistake(s); nothing was imported.");
                return 1;
            }

            return LoadReportPrinter.Print([report], Console.Out, Console.Error);
        });
        return command;
    }
}
