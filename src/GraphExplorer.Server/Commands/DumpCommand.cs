using System.CommandLine;
using System.Text;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Server.Commands;

/// <summary><c>dump [--out file] [--without-history]</c>: writes the whole graph as a Cypher script that <c>load</c> reads
/// back; without the history (audit entries, undo records), the data alone, so that two states can be compared.</summary>
internal static class DumpCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)." };
        var withoutHistory = new Option<bool>("--without-history")
        {
            Description = "Leave out the audit entries and undo records: the data alone (a rollback gives back the same file).",
        };
        var command = new Command("dump", "Write the whole graph (schema, nodes, relationships) as a Cypher script that `load` reads back into an empty database.")
        {
            output, withoutHistory,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: true);
            var path = parseResult.GetValue(output);
            Func<CypherNode, bool>? include = parseResult.GetValue(withoutHistory) ? node => !UndoRecord.IsHistory(node) : null;
            if (path is null)
            {
                await new GraphDumper(database).DumpAsync(Console.Out, include, cancellationToken);
                return 0;
            }

            // Written next to the target and moved over it, so an interrupted dump never leaves a half file in its place.
            var temporary = path + ".partial";
            DumpSummary summary;
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                summary = await new GraphDumper(database).DumpAsync(writer, include, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
            Console.Error.WriteLine($"Wrote {path}: {summary.Nodes} nodes, {summary.Relationships} relationships, {summary.SchemaStatements} schema statements.");
            return 0;
        });
        return command;
    }
}
