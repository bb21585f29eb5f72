using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Offline bulk import (neo4j-admin's <c>database import full</c>): reads node and relationship CSV files in
/// neo4j-admin's header format and writes them straight into a new database folder as a compacted snapshot (format 2:
/// interned tokens and compact node and relationship records) with an empty journal, through the storage's own
/// compaction, so the result has the same checksums, atomic rename and damage detection as any compacted database.
/// </summary>
/// <remarks>
/// <para>One pass over each file, streamed, parsed on a second thread (<see cref="ImportBatchReader"/>): a record's fields are encoded straight into a node or relationship record
/// of the snapshot's current chunk (<see cref="CompactSnapshotWriter.WriteNodeRecord"/>), with no value object, map
/// or mutation per entity. What stays in memory is the map from CSV ids to node ids (<see cref="NodeIdMap"/>), one
/// <see cref="long"/> per node in the snapshot writer, and one chunk (about 1 MiB), so memory grows with the number of
/// nodes and not with the number of relationships. Node files are read before relationship files, so every
/// relationship's ends are known when it is read.</para>
/// <para>Nothing is written unless the whole import succeeds: the snapshot is written under a temporary name and
/// renamed into place last; on refusal it, the journal and the folder (if the import created it) are removed.</para>
/// <para>The per-record methods are compiled fully optimized at their first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): an import runs its loops once, and tiered compilation would
/// run them unoptimized until on-stack replacement and then instrumented for profile-guided optimization; on the 1M
/// benchmark that doubled the process's processor time.</para>
/// <para>Not thread-safe: one instance per import.</para>
/// </remarks>
public sealed partial class BulkImporter
{
    /// <summary>Bad entries listed in a refusal at most; reading stops at this many entries that cannot be skipped.</summary>
    public const int MaxReportedProblems = 100;

    /// <summary>Marks a node with only its group's labels, whose label set is registered when first used.</summary>
    private const int GroupLabels = -1;

    private readonly BulkImportOptions options;
    private readonly NodeIdMap ids;
    private readonly ImportProblems problems;
    private readonly ImportedProperties properties = new();
    private readonly Dictionary<string, int> types = new(StringComparer.Ordinal);

    /// <summary>A named id column's values are stored as this column's type (<see cref="BulkImportOptions.IdType"/>).</summary>
    private readonly ImportColumn idValueColumn;
    private CompactSnapshotWriter? writer;
    private long nodes;
    private long relationships;
    private long propertyCount;

    private BulkImporter(BulkImportOptions options)
    {
        this.options = options;
        ids = new NodeIdMap(options.IdType);
        problems = new ImportProblems(options.BadTolerance);
        idValueColumn = new ImportColumn(null, ImportColumnRole.Property,
            options.IdType == ImportIdType.Integer ? ImportValueType.Integer : ImportValueType.String, IsArray: false, IdSpace: "");
    }

    private CompactSnapshotWriter Writer => writer ?? throw new InvalidOperationException("The importer writes only inside a compaction.");

    /// <summary>Imports into <paramref name="folder"/>, which must be missing or empty.</summary>
    /// <exception cref="BulkImportRefusedException">Nothing was written; the message and problems say why.</exception>
    public static BulkImportReport Run(string folder, BulkImportOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        var fullPath = Path.GetFullPath(folder);
        var created = !Directory.Exists(fullPath);
        if (!created && Directory.EnumerateFileSystemEntries(fullPath).Any())
        {
            throw new BulkImportRefusedException($"The database folder {fullPath} is not empty: a bulk import only creates a new database.", []);
        }

        var missing = options.Nodes.Concat(options.Relationships).SelectMany(input => input.Files).Where(file => !File.Exists(file)).ToList();
        if (missing.Count > 0)
        {
            throw new BulkImportRefusedException($"No such file: {string.Join(", ", missing)}.", []);
        }

        var importer = new BulkImporter(options);
        try
        {
            using var storage = FileDurableStorage.Open(fullPath);
            foreach (var _ in storage.Recover())
            {
                // An empty folder has nothing to recover; recovering is what makes the storage writable.
            }

            storage.Compact(importer.Write);
        }
        catch
        {
            RemoveWhatWasWritten(fullPath, created);
            throw;
        }

        return new BulkImportReport(importer.nodes, importer.relationships, importer.propertyCount, importer.problems.Skipped, Stopwatch.GetElapsedTime(started));
    }

    private static void RemoveWhatWasWritten(string folder, bool created)
    {
        if (created)
        {
            Directory.Delete(folder, recursive: true);
            return;
        }

        foreach (var entry in Directory.EnumerateFiles(folder))
        {
            File.Delete(entry);
        }
    }

    /// <summary>The graph as the snapshot's records: every node, then every relationship, ids from 0 in file order.</summary>
    private void Write(CompactSnapshotWriter snapshot)
    {
        writer = snapshot;
        foreach (var input in options.Nodes)
        {
            ReadNodes(input);
        }

        foreach (var input in options.Relationships)
        {
            ReadRelationships(input);
        }

        problems.ThrowIfAnyError();
    }

    /// <summary>Each column's property key token (-1 for columns that store nothing).</summary>
    private int[] KeyTokens(ImportColumn[] columns) => [.. columns.Select(c => c.IsStored ? Writer.PropertyKeyToken(c.Name!) : -1)];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddProperty(ImportRecords.Record record, int field, int key)
    {
        var column = record.Columns[field];
        if (properties.Add(key, record.Field(field), column, options.ArrayDelimiter) is { } error)
        {
            problems.Error(new ImportProblem(record.File, record.RowNumber, field + 1, $"{column.Name}: {error}"));
        }
    }
}
