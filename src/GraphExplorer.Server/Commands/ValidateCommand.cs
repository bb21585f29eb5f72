using System.CommandLine;
using GraphExplorer.Application.Quality;

namespace GraphExplorer.Server.Commands;

/// <summary><c>validate</c>: checks the data rules over the whole graph and lists every violation.</summary>
internal static class ValidateCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var command = new Command("validate", "Check the data rules (agreement parties, sources of every fact, dates, references) and list violations.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: true);
            var violations = await new GraphValidator(database).ValidateAsync(cancellationToken);
            foreach (var violation in violations)
            {
                Console.Out.WriteLine(violation.ToString());
            }

            Console.Out.WriteLine(violations.Count == 0 ? "No violations." : $"{violations.Count} violation(s).");
            return violations.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
