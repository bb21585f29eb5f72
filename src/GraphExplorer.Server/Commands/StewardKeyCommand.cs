using System.CommandLine;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Commands;

/// <summary><c>steward-key &lt;name&gt; [--add]</c>: makes a new steward key and prints it once, with the configuration
/// entry (<c>Stewards:Keys</c>) that holds only its salted hash; with <c>--add</c>, writes the entry to the keys file
/// (<c>Stewards:KeysFile</c>), which a running server reads again at its next steward request.</summary>
internal static class StewardKeyCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var name = new Argument<string>("name") { Description = "The steward's name, recorded with each change they make." };
        var add = new Option<bool>("--add")
        {
            Description = "Write the entry to the keys file (Stewards:KeysFile, default data/stewards.json; an entry of the same name is replaced): " +
                "a running server accepts the key from its next request.",
        };
        var command = new Command("steward-key", "Make a steward key: prints the key (give it to the steward) and the configuration entry to add.") { name, add };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var key = StewardKeyHasher.NewKey();
            var entry = StewardKeyHasher.CreateEntry(parseResult.GetValue(name)!, key);
            Console.Out.WriteLine($"Key for {entry.Name} (shown once; send it as `Authorization: Bearer <key>`):");
            Console.Out.WriteLine(key);
            Console.Out.WriteLine();
            if (parseResult.GetValue(add))
            {
                var settings = ServerConfiguration.Build(configurationArgs).GetSection(StewardSettings.Section).Get<StewardSettings>() ?? new StewardSettings();
                var path = ProductLayout.Discover().Resolve(settings.KeysFile);
                StewardKeysFile.Add(path, entry);
                Console.Out.WriteLine($"Added to {path}: a running server accepts the key from its next request (remove the entry to revoke it).");
                return 0;
            }

            Console.Out.WriteLine("Add to Stewards:Keys in the configuration (appsettings, or environment variables Stewards__Keys__N__Name/Hash/Salt),");
            Console.Out.WriteLine("or run `steward-key <name> --add` to put it in the keys file, which the server reads without a restart:");
            Console.Out.WriteLine($"{{ \"Name\": \"{entry.Name}\", \"Hash\": \"{entry.Hash}\", \"Salt\": \"{entry.Salt}\" }}");
            return 0;
        });
        return command;
    }
}
