using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.BulkImport;
using GraphExplorer.Cypher.Storage.Journal;
using Sylvan.Data.Csv;

namespace GraphExplorer.Benchmarks;

/// <summary>
/// Where a bulk import's time goes (issue #15), measured by layers over the generated relationships file: each layer
/// does what the one before it did plus one more step of the import, so the differences between layers are the steps'
/// costs. Run pinned to one core (<c>taskset -c 0</c>) so the figures are single-threaded work, and read the processor
/// time, which a loaded machine disturbs less than the wall-clock time.
/// </summary>
/// <remarks>
/// Layers: read (UTF-8 decoding only), parse (Sylvan's CSV reader, every field's span), ids (both ends parsed and
/// looked up in a map of the node ids), values (the typed column parsed, then the per-row objects of a
/// <see cref="CreateRelationship"/> mutation as the importer built them before #15's rework), encode (those mutations
/// through <see cref="CompactSnapshotWriter"/>, chunks discarded), crc (CRC-32C over the encoded bytes alone), and the
/// whole <see cref="BulkImporter.Run"/> with nodes, checksums, the write and the flush.
/// </remarks>
internal static class ImportProfile
{
    public static void Run(Options options)
    {
        var folder = options.DataFolder ?? GraphGenerator.DefaultFolder(options.Nodes, options.Relationships);
        new GraphGenerator(options.Nodes, options.Relationships).EnsureWritten(folder);
        var relationships = Path.Combine(folder, "relationships.csv");
        var nodeIds = new Dictionary<long, long>();
        for (long i = 0; i < options.Nodes; i++)
        {
            nodeIds[i] = i;
        }

        var files = Path.Combine(Path.GetTempPath(), $"graphexplorer-import-profile-{Environment.ProcessId}-files");
        var import = ImportOptions(folder, files);
        var layers = new (string Name, Func<long> Run)[]
        {
            ("read (UTF-8 decoding)", () => Read(relationships)),
            ("parse (CSV fields)", () => Parse(relationships, _ => { })),
            ("ids (both ends mapped)", () => Parse(relationships, csv => Ends(csv, nodeIds))),
            ("values (typed value, mutation objects)", () => Parse(relationships, csv => Mutation(csv, nodeIds))),
            ("encode (snapshot records)", () => Encode(relationships, nodeIds)),
            ("whole import (nodes, checksums, write, flush)", () => WholeImport(import)),
        };
        Console.WriteLine($"Import profile, {options.Relationships:N0} relationships, {Environment.ProcessorCount} processor(s) visible, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("| layer | processor s (least of 3) | wall s (least of 3) |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (name, run) in layers)
        {
            var (cpu, wall) = Least(run);
            Console.WriteLine($"| {name} | {cpu.ToString("0.000", CultureInfo.InvariantCulture)} | {wall.ToString("0.000", CultureInfo.InvariantCulture)} |");
        }

        Checksum(relationships, nodeIds);
        Directory.Delete(files, recursive: true);
    }

    private static (double Cpu, double Wall) Least(Func<long> run)
    {
        var best = (Cpu: double.MaxValue, Wall: double.MaxValue);
        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            GC.KeepAlive(run());
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            best = (Math.Min(best.Cpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds), Math.Min(best.Wall, wall));
        }

        return best;
    }

    private static long Read(string file)
    {
        using var text = new StreamReader(file, Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
        var buffer = new char[1 << 16];
        long total = 0;
        int read;
        while ((read = text.Read(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static long Parse(string file, Action<CsvDataReader> perRecord)
    {
        using var text = new StreamReader(file, Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        long fields = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.RowFieldCount; i++)
            {
                fields += csv.GetFieldSpan(i).Length;
            }

            perRecord(csv);
        }

        return fields;
    }

    private static (long Start, long End) Ends(CsvDataReader csv, Dictionary<long, long> nodeIds) =>
        (nodeIds[long.Parse(csv.GetFieldSpan(0), CultureInfo.InvariantCulture)], nodeIds[long.Parse(csv.GetFieldSpan(1), CultureInfo.InvariantCulture)]);

    private static long relationshipId;

    private static CreateRelationship Mutation(CsvDataReader csv, Dictionary<long, long> nodeIds)
    {
        var (start, end) = Ends(csv, nodeIds);
        var properties = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        properties["since"] = long.Parse(csv.GetFieldSpan(2), CultureInfo.InvariantCulture);
        return new CreateRelationship(relationshipId++, "PARTNER", start, end, properties.ToImmutable());
    }

    private static long Encode(string file, Dictionary<long, long> nodeIds, Action<PayloadWriter>? chunk = null)
    {
        long bytes = 0;
        var writer = new CompactSnapshotWriter(1 << 20, (_, _, body) =>
        {
            bytes += body.Length;
            chunk?.Invoke(body);
            body.Clear();
        });
        for (long node = 0; node < nodeIds.Count; node++)
        {
            writer.Write(new CreateNode(node, ["Org"], ImmutableDictionary<string, object>.Empty));
        }

        relationshipId = 0;
        Parse(file, csv => writer.Write(Mutation(csv, nodeIds)));
        writer.Finish();
        return bytes;
    }

    private static long Checksum(string file, Dictionary<long, long> nodeIds)
    {
        var encoded = new List<byte[]>();
        Encode(file, nodeIds, body => encoded.Add(body.WrittenSpan.ToArray()));
        var started = Process.GetCurrentProcess().TotalProcessorTime;
        uint crc = 0;
        for (var round = 0; round < 20; round++)
        {
            foreach (var chunk in encoded)
            {
                crc ^= Crc32C.Compute(chunk);
            }
        }

        // Only the checksums' share is wanted: report it as if it were the whole layer, one round's worth.
        var spent = Process.GetCurrentProcess().TotalProcessorTime - started;
        Console.Error.WriteLine($"crc: {spent.TotalSeconds / 20:0.000} s processor time per pass over {encoded.Sum(c => (long)c.Length):N0} bytes");
        return crc;
    }

    /// <summary>neo4j-admin's format: each generated file's header replaced by one of its own, in a file of its own.</summary>
    private static BulkImportOptions ImportOptions(string folder, string files)
    {
        Directory.CreateDirectory(files);
        ImportInput Input(string label, string name, string header)
        {
            File.WriteAllText(Path.Combine(files, name + "-header.csv"), header + "\n");
            File.WriteAllLines(Path.Combine(files, name + ".csv"), File.ReadLines(Path.Combine(folder, name + ".csv")).Skip(1));
            return new ImportInput([label], [Path.Combine(files, name + "-header.csv"), Path.Combine(files, name + ".csv")]);
        }

        return new BulkImportOptions
        {
            Nodes = [Input("Org", "nodes", "id:ID,name,kind")],
            Relationships = [Input("PARTNER", "relationships", ":START_ID,:END_ID,since:int")],
            IdType = ImportIdType.Integer,
        };
    }

    private static long WholeImport(BulkImportOptions options)
    {
        var database = Path.Combine(Path.GetTempPath(), $"graphexplorer-import-profile-{Environment.ProcessId}");
        try
        {
            return BulkImporter.Run(database, options).Relationships;
        }
        finally
        {
            if (Directory.Exists(database))
            {
                Directory.Delete(database, recursive: true);
            }
        }
    }
}
