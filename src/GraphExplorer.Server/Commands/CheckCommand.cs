using System.CommandLine;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>check</c>: opens the database read-only and reports any damage: a torn or damaged record, committed transactions
/// missing from a cut journal, a damaged commit manifest. Damage that stops the database from opening is a refusal
/// naming the file and byte offset. Changes nothing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var command = new Command("check", "Open the database read-only and report damage (torn records, transactions missing from a cut journal); changes nothing.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var warnings = new List<string>();
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: true, warnings);
            await database.VerifyConnectivityAsync(cancellationToken);
            await using var session = database.OpenSession(GraphExplorer.Database.SessionOptions.System);
            var nodes = (await session.RunAsync("MATCH (n) RETURN count(n) AS n", null, cancellationToken)).Single().Get<long>("n");
            Console.Out.WriteLine(warnings.Count == 0
                ? $"No damage found: the {database.BackendName} database opens with {nodes} nodes."
                : $"{warnings.Count} warning(s): the {database.BackendName} database opens with {nodes} nodes, as printed above.");
            return warnings.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
