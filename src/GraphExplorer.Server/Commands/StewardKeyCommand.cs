using System.CommandLine;
using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Server.Commands;

/// <summary><c>steward-key &lt;name&gt;</c>: makes a new steward key and prints it once, with the configuration entry
/// (<c>Stewards:Keys</c>) that holds only its salted hash.</summary>
internal static class StewardKeyCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The steward's name, recorded with each change they make." };
        var command = new Command("steward-key", "Make a steward key: prints the key (give it to the steward) and the configuration entry to add.") { name };
        command.SetAction(parseResult =>
        {
            var key = StewardKeyHasher.NewKey();
            var entry = StewardKeyHasher.CreateEntry(parseResult.GetValue(name)!, key);
            Console.Out.WriteLine($"Key for {entry.Name} (shown once; send it as `Authorization: Bearer <key>`):");
            Console.Out.WriteLine(key);
            Console.Out.WriteLine();
            Console.Out.WriteLine("Add to Stewards:Keys in the configuration (appsettings, or environment variables Stewards__Keys__N__Name/Hash/Salt):");
            Console.Out.WriteLine($"{{ \"Name\": \"{entry.Name}\", \"Hash\": \"{entry.Hash}\", \"Salt\": \"{entry.Salt}\" }}");
            return 0;
        });
        return command;
    }
}
