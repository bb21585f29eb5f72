using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher.BulkImport;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// <c>import-bulk --nodes=[Label:…=]file,… --relationships=[TYPE=]file,… [--delimiter ,] [--array-delimiter ;]
/// [--id-type string|integer] [--skip-bad-relationships] [--skip-duplicate-nodes] [--bad-tolerance 1000]</c>: creates the
/// embedded database from CSV files in neo4j-admin's import format (<see cref="BulkImporter"/>), offline, into a folder
/// that must be empty. Bad entries go to the error stream as <c>file:line:field: message</c>.
/// </summary>
internal static class ImportBulkCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var nodes = new Option<string[]>("--nodes")
        {
            Description = "Node files, as neo4j-admin takes them: [Label1:Label2=]header-and-data.csv[,more-data.csv]; repeat for more groups.",
            Arity = ArgumentArity.OneOrMore,
        };
        var relationships = new Option<string[]>("--relationships")
        {
            Description = "Relationship files: [TYPE=]header-and-data.csv[,more-data.csv]; repeat for more groups.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var delimiter = new Option<char>("--delimiter") { Description = "Field delimiter.", DefaultValueFactory = _ => ',' };
        var arrayDelimiter = new Option<char>("--array-delimiter") { Description = "Delimiter of array elements and of labels in a :LABEL field.", DefaultValueFactory = _ => ';' };
        var idType = new Option<ImportIdType>("--id-type")
        {
            Description = "How :ID values are read and stored under their column's name: String or Integer.",
            DefaultValueFactory = _ => ImportIdType.String,
        };
        var skipBadRelationships = new Option<bool>("--skip-bad-relationships") { Description = "Leave out relationships with a missing end or type, listing each (refused otherwise)." };
        var skipDuplicateNodes = new Option<bool>("--skip-duplicate-nodes") { Description = "Leave out nodes whose id was already used, listing each (refused otherwise)." };
        var badTolerance = new Option<long>("--bad-tolerance") { Description = "Most entries that may be skipped before the import is refused.", DefaultValueFactory = _ => 1000 };
        var command = new Command("import-bulk", "Create a new embedded database from CSV files in neo4j-admin's import format, offline and fast; the database folder must be empty.")
        {
            nodes, relationships, delimiter, arrayDelimiter, idType, skipBadRelationships, skipDuplicateNodes, badTolerance,
        };
        // `--Key=value` settings (configuration, read from configurationArgs) are not this command's options.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var settings = ServerConfiguration.Build(configurationArgs).GetDatabaseSettings();
            if (!settings.Backend.Equals("embedded", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: import-bulk writes the embedded database's folder; Database:Backend is '{settings.Backend}'.");
                return CommandFailures.Refused;
            }

            var folder = ProductLayout.Discover().Resolve(settings.Path);
            var options = new BulkImportOptions
            {
                Nodes = [.. (parseResult.GetValue(nodes) ?? []).Select(ImportInput.Parse)],
                Relationships = [.. (parseResult.GetValue(relationships) ?? []).Select(ImportInput.Parse)],
                Delimiter = parseResult.GetValue(delimiter),
                ArrayDelimiter = parseResult.GetValue(arrayDelimiter),
                IdType = parseResult.GetValue(idType),
                SkipBadRelationships = parseResult.GetValue(skipBadRelationships),
                SkipDuplicateNodes = parseResult.GetValue(skipDuplicateNodes),
                BadTolerance = parseResult.GetValue(badTolerance),
            };
            BulkImportReport report;
            try
            {
                report = BulkImporter.Run(folder, options);
            }
            catch (BulkImportRefusedException refused)
            {
                foreach (var problem in refused.Problems)
                {
                    Console.Error.WriteLine(problem.ToString());
                }

                Console.Error.WriteLine($"error: {refused.Message}");
                return 1;
            }

            foreach (var problem in report.Skipped)
            {
                Console.Error.WriteLine($"skipped: {problem}");
            }

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {report.Nodes:N0} nodes, {report.Relationships:N0} relationships and {report.Properties:N0} properties into {folder} " +
                $"in {report.Elapsed.TotalSeconds:0.00} s ({report.RelationshipsPerSecond:N0} relationships/s, {report.EntitiesPerSecond:N0} nodes and relationships/s); " +
                $"{report.Skipped.Count:N0} bad entries skipped; peak process memory {peak / (1024.0 * 1024):N0} MiB."));
            return 0;
        });
        return command;
    }
}
