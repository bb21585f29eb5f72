using System.CommandLine;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Server.Commands;

/// <summary><c>lineage [batch]</c>: lists what a batch (a loaded script or a steward's mutation) wrote, or every batch.</summary>
internal static class LineageCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var batch = new Argument<string?>("batch")
        {
            Description = "A batch id (script:<file>@<checksum>, mutation:<id>) or the name of an applied script; omit to list the batches.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("lineage", "List what a batch created or changed, or list the batches.") { batch };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var database = CommandDatabase.Open(configurationArgs, readOnly: true);
            var service = new LineageService(database);
            // A `--Key=value` setting (configuration, read from configurationArgs) is not a batch.
            if (parseResult.GetValue(batch) is not { } id || id.StartsWith("--", StringComparison.Ordinal))
            {
                Console.Out.WriteLine("batch\tkind\tsteward\tdescription\tat (UTC)");
                foreach (var info in await service.BatchesAsync(cancellationToken))
                {
                    Console.Out.WriteLine($"{info.Batch}\t{info.Kind}\t{info.Steward}\t{info.Description}\t{Time(info.At)}");
                }

                return 0;
            }

            try
            {
                var lineage = await service.LineageAsync(id, cancellationToken);
                Console.Out.WriteLine($"{lineage.Batch}: {lineage.Nodes.Count} nodes, {lineage.Relationships.Count} relationships written" +
                    (lineage.Deleted.Count > 0 ? $", {lineage.Deleted.Count} deleted" : "") +
                    (lineage.At is null ? "" : $" at {Time(lineage.At)} UTC") + (lineage.Steward is null ? "" : $" by {lineage.Steward}"));
                foreach (var node in lineage.Nodes)
                {
                    Console.Out.WriteLine($"  node {node.Id} :{string.Join(':', node.Labels)}{(node.LastBatch ? "" : " (changed since)")}");
                }

                foreach (var relationship in lineage.Relationships)
                {
                    Console.Out.WriteLine($"  rel  {relationship.Start} -[{relationship.Type}]-> {relationship.End}{(relationship.LastBatch ? "" : " (changed since)")}");
                }

                foreach (var deleted in lineage.Deleted)
                {
                    Console.Out.WriteLine($"  deleted {deleted}");
                }

                return 0;
            }
            catch (ExplorerException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return 2;
            }
        });
        return command;
    }

    private static string Time(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
