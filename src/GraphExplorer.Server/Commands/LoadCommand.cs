using System.CommandLine;
using GraphExplorer.Application.Loading;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>load [path…] [--dry-run] [--json] [--allow-changed] [--overwrite-steward-edits] [--allow-misquotes] [--allow-violations]
/// [--lenient] [--steward name]</c>: applies Cypher scripts, each checked (quotes, data rules, and unless lenient the strict
/// checks of the model) before it commits.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Script files or folders of scripts (default: the repository's cypher/ folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Run each script in a transaction that is rolled back, and report what it would change." };
        var allowChanged = new Option<bool>("--allow-changed") { Description = "Re-apply scripts whose text changed since they were applied." };
        var overwriteStewardEdits = new Option<bool>("--overwrite-steward-edits")
        {
            Description = "Let scripts change what stewards last edited through the API, or re-create what they deleted (refused otherwise).",
        };
        var allowMisquotes = new Option<bool>("--allow-misquotes")
        {
            Description = "Load scripts whose quotes do not occur in their sources' texts, printing each as a warning (refused otherwise).",
        };
        var allowViolations = new Option<bool>("--allow-violations")
        {
            Description = "Load scripts that break the data rules (a fact without source, a bad date precision, a dangling reference, a new " +
                "entity named like an existing one…), printing each as a warning (refused otherwise).",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Leave out the strict checks: keys named that no node has (a MATCH that finds nothing), labels and properties outside " +
                "the model, entities without a name or title (checked otherwise, as data rules).",
        };
        var json = new Option<bool>("--json") { Description = "Print the outcome (and a dry run's changes) as JSON instead of text." };
        var steward = new Option<string>("--steward") { Description = "Who is loading (recorded with each script).", DefaultValueFactory = _ => Environment.UserName };

        var command = new Command("load", "Apply Cypher scripts in order, each file in one transaction; applied files are skipped.")
        {
            paths, dryRun, allowChanged, overwriteStewardEdits, allowMisquotes, allowViolations, lenient, json, steward,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var layout = ProductLayout.Discover();
            var configuration = ServerConfiguration.Build(configurationArgs);
            var settings = configuration.GetDatabaseSettings();
            // `--Key=value` settings reach the parser as arguments; they are configuration (read above), not scripts.
            var given = (parseResult.GetValue(paths) ?? []).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var files = given.Length > 0 ? given : [layout.SeedScripts];
            IReadOnlyList<ScriptFile> scripts;
            try
            {
                scripts = ScriptFile.Collect(files, layout.SeedScripts);
            }
            catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine(exception.Message);
                return 2;
            }

            await using var database = DatabaseFactory.Open(settings, layout, warn: warning => Console.Error.WriteLine($"warning: {warning}"));
            var options = new LoadOptions(parseResult.GetValue(steward)!, parseResult.GetValue(dryRun), parseResult.GetValue(allowChanged),
                parseResult.GetValue(overwriteStewardEdits), configuration.GetLoadSettings().FileTimeout, parseResult.GetValue(allowMisquotes),
                parseResult.GetValue(allowViolations) ? RuleChecks.Warn : RuleChecks.Refuse, Strict: !parseResult.GetValue(lenient));
            var reports = await new ScriptLoader(database).LoadAsync(scripts, options, cancellationToken);
            return parseResult.GetValue(json) ? LoadReportJson.Print(reports, Console.Out) : LoadReportPrinter.Print(reports, Console.Out, Console.Error);
        });
        return command;
    }
}
