using System.CommandLine;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>scaffold sources/NNN_name.txt --key src:… --title "…" [--language fr] [--out cypher/1NN_NNN_name.cypher]</c>: writes
/// the skeleton of a new article's script (<see cref="ScriptScaffold"/>), naming the entities the graph already has that
/// the article mentions (the database is opened read-only).
/// </summary>
internal static class ScaffoldCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var article = new Argument<string>("article") { Description = "The article's text file (kept in cypher/sources/)." };
        var key = new Option<string>("--key") { Description = "The source's key (src:…).", Required = true };
        var title = new Option<string>("--title") { Description = "The article's title.", Required = true };
        var language = new Option<string>("--language") { Description = "The article's language.", DefaultValueFactory = _ => "fr" };
        var output = new Option<string?>("--out") { Description = "Write the script to this file (never over an existing one) instead of printing it." };
        var command = new Command("scaffold", "Write the skeleton of a new article's script: its Source, its sentences to quote, the known entities it names.")
        {
            article, key, title, language, output,
        };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(article)!;
            var target = parseResult.GetValue(output);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: {path}: no such article file");
                return CommandFailures.Refused;
            }

            if (target is not null && File.Exists(target))
            {
                Console.Error.WriteLine($"error: {target} exists; scaffold never writes over a script");
                return CommandFailures.Refused;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var known = await KnownAsync(configurationArgs, text, cancellationToken);
            string script;
            try
            {
                script = ScriptScaffold.Write(text, Path.GetFileName(path), parseResult.GetValue(key)!, parseResult.GetValue(title)!,
                    parseResult.GetValue(language)!, known);
            }
            catch (ExplorerException exception)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                return CommandFailures.Refused;
            }

            if (target is null)
            {
                Console.Out.Write(script);
            }
            else
            {
                await File.WriteAllTextAsync(target, script, cancellationToken);
                Console.Out.WriteLine($"{target}: written; fill it in, then load --dry-run {target}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The entities the graph has that the article names; none, with a warning, when there is no database yet
    /// (a first article on a fresh clone): the skeleton is still right, only without that list.</summary>
    private static async Task<IReadOnlyList<ScriptScaffold.KnownEntity>> KnownAsync(string[] configurationArgs, string text, CancellationToken cancellationToken)
    {
        IGraphDatabase database;
        try
        {
            database = CommandDatabase.Open(configurationArgs, readOnly: true);
        }
        catch (CypherException exception) when (exception.Kind != CypherErrorKind.DatabaseInUse)
        {
            Console.Error.WriteLine($"warning: {exception.Message}; the entities the graph already has are not listed");
            return [];
        }

        await using (database)
        {
            return await ScriptScaffold.KnownAsync(database, text, cancellationToken);
        }
    }
}
