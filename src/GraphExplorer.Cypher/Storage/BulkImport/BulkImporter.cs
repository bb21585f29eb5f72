using System.Collections.Immutable;
using System.Diagnostics;
using GraphExplorer.Cypher.Storage.Journal;
using Sylvan.Data.Csv;

namespace GraphExplorer.Cypher.Storage.BulkImport;

/// <summary>
/// Offline bulk import (neo4j-admin's <c>database import full</c>): reads node and relationship CSV files in
/// neo4j-admin's header format and writes them straight into a new database folder as a compacted snapshot (format 2:
/// interned tokens and compact node and relationship records) with an empty journal, through the storage's own
/// compaction, so the result has the same checksums, atomic rename and damage detection as any compacted database.
/// </summary>
/// <remarks>
/// <para>One pass over each file, streamed: a record becomes one node or relationship and is encoded into the
/// snapshot's current chunk at once. What stays in memory is the map from CSV ids to node ids (<see cref="NodeIdMap"/>),
/// one <see cref="long"/> per node in the snapshot writer, and one chunk (about 1 MiB), so memory grows with the
/// number of nodes and not with the number of relationships. Node files are read before relationship files, so every
/// relationship's ends are known when it is read.</para>
/// <para>Nothing is written unless the whole import succeeds: the snapshot is written under a temporary name and
/// renamed into place last; on refusal it, the journal and the folder (if the import created it) are removed.</para>
/// <para>Not thread-safe: one instance per import.</para>
/// </remarks>
public sealed class BulkImporter
{
    /// <summary>Bad entries listed in a refusal at most; reading stops at this many entries that cannot be skipped.</summary>
    public const int MaxReportedProblems = 100;

    private const int MaxRecordCharacters = 1 << 24;

    private readonly BulkImportOptions options;
    private readonly NodeIdMap ids;
    private readonly List<ImportProblem> skipped = [];
    private readonly List<ImportProblem> errors = [];
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, object>.Builder properties = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
    private long nodes;
    private long relationships;
    private long propertyCount;

    private BulkImporter(BulkImportOptions options)
    {
        this.options = options;
        ids = new NodeIdMap(options.IdType);
    }

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

            storage.Compact(importer.Mutations());
        }
        catch
        {
            RemoveWhatWasWritten(fullPath, created);
            throw;
        }

        return new BulkImportReport(importer.nodes, importer.relationships, importer.propertyCount, importer.skipped, Stopwatch.GetElapsedTime(started));
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

    /// <summary>The graph as the snapshot's mutations: every node, then every relationship, ids from 0 in file order.</summary>
    private IEnumerable<GraphMutation> Mutations()
    {
        foreach (var input in options.Nodes)
        {
            var groupLabels = input.LabelsOrType.ToImmutableArray();
            var labelSets = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var (record, columns, file) in Records(input, forRelationships: false))
            {
                if (ReadNode(record, columns, file, groupLabels, labelSets) is { } node)
                {
                    yield return node;
                }
            }
        }

        foreach (var input in options.Relationships)
        {
            if (input.LabelsOrType.Count > 1)
            {
                throw new BulkImportRefusedException($"A relationship group has one type at most: '{string.Join(':', input.LabelsOrType)}' names {input.LabelsOrType.Count}.", []);
            }

            var groupType = input.LabelsOrType.Count == 1 ? Intern(input.LabelsOrType[0]) : null;
            foreach (var (record, columns, file) in Records(input, forRelationships: true))
            {
                if (ReadRelationship(record, columns, file, groupType) is { } relationship)
                {
                    yield return relationship;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw Refusal();
        }
    }

    private CreateNode? ReadNode(CsvDataReader record, ImportColumn[] columns, string file, ImmutableArray<string> groupLabels, Dictionary<string, ImmutableArray<string>> labelSets)
    {
        var labels = groupLabels;
        var errorsBefore = errors.Count;
        ImportColumn? idColumn = null;
        var idField = -1;
        properties.Clear();
        for (var i = 0; i < record.RowFieldCount && i < columns.Length; i++)
        {
            var column = columns[i];
            var field = record.GetFieldSpan(i);
            if (field.IsEmpty || column.Role == ImportColumnRole.Ignore)
            {
                continue;
            }

            switch (column.Role)
            {
                case ImportColumnRole.Label:
                    labels = LabelSet(labels, field, labelSets);
                    break;
                case ImportColumnRole.Id:
                    idColumn = column;
                    idField = i;
                    if (!ids.IsValid(field))
                    {
                        Error(new ImportProblem(file, record.RowNumber, i + 1, $"node id '{field}' is not an integer (--id-type=integer)"));
                    }
                    else if (column.Name is not null)
                    {
                        properties[column.Name] = options.IdType == ImportIdType.Integer
                            ? (object)long.Parse(field, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture)
                            : field.ToString();
                    }

                    break;
                default:
                    AddProperty(record, i, column, file);
                    break;
            }
        }

        if (errors.Count > errorsBefore)
        {
            return null;
        }

        if (idColumn is not null && !ids.TryAdd(idColumn.IdSpace, record.GetFieldSpan(idField), nodes))
        {
            var space = idColumn.IdSpace.Length == 0 ? "" : $" in id space '{idColumn.IdSpace}'";
            var problem = new ImportProblem(file, record.RowNumber, idField + 1, $"node id '{record.GetFieldSpan(idField)}' is used twice{space}");
            Report(problem, skippable: options.SkipDuplicateNodes);
            return null;
        }

        propertyCount += properties.Count;
        return new CreateNode(nodes++, labels, properties.ToImmutable());
    }

    private CreateRelationship? ReadRelationship(CsvDataReader record, ImportColumn[] columns, string file, string? type)
    {
        var errorsBefore = errors.Count;
        long start = -1;
        long end = -1;
        ImportProblem? bad = null;
        properties.Clear();
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var field = i < record.RowFieldCount ? record.GetFieldSpan(i) : [];
            switch (column.Role)
            {
                case ImportColumnRole.StartId or ImportColumnRole.EndId:
                    if (!ids.TryGet(column.IdSpace, field, out var node))
                    {
                        var whichEnd = column.Role == ImportColumnRole.StartId ? "start" : "end";
                        var space = column.IdSpace.Length == 0 ? "" : $" in id space '{column.IdSpace}'";
                        bad ??= new ImportProblem(file, record.RowNumber, i + 1,
                            field.IsEmpty ? $"the relationship has no {whichEnd} node id" : $"{whichEnd} node '{field}' does not exist{space}");
                    }
                    else if (column.Role == ImportColumnRole.StartId)
                    {
                        start = node;
                    }
                    else
                    {
                        end = node;
                    }

                    break;
                case ImportColumnRole.Type when !field.IsEmpty:
                    type = Intern(field);
                    break;
                case ImportColumnRole.Property when !field.IsEmpty:
                    AddProperty(record, i, column, file);
                    break;
            }
        }

        if (errors.Count > errorsBefore)
        {
            return null;
        }

        bad ??= start < 0 || end < 0 ? new ImportProblem(file, record.RowNumber, 0, "the header has no :START_ID or no :END_ID column")
            : type is null ? new ImportProblem(file, record.RowNumber, 0, "the relationship has no type (no :TYPE field and none given with the file)")
            : null;
        if (bad is not null)
        {
            Report(bad, skippable: options.SkipBadRelationships);
            return null;
        }

        propertyCount += properties.Count;
        return new CreateRelationship(relationships++, type!, start, end, properties.ToImmutable());
    }

    private void AddProperty(CsvDataReader record, int field, ImportColumn column, string file)
    {
        var value = ImportValues.Parse(record.GetFieldSpan(field), column, options.ArrayDelimiter, out var error);
        if (value is null)
        {
            Error(new ImportProblem(file, record.RowNumber, field + 1, $"{column.Name}: {error}"));
            return;
        }

        properties[column.Name!] = value;
    }

    private ImmutableArray<string> LabelSet(ImmutableArray<string> groupLabels, ReadOnlySpan<char> field, Dictionary<string, ImmutableArray<string>> labelSets)
    {
        var lookup = labelSets.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(field, out var labels))
        {
            var text = field.ToString();
            labels = [.. groupLabels.Concat(text.Split(options.ArrayDelimiter, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
            labelSets.Add(text, labels);
        }

        return labels;
    }

    private string Intern(ReadOnlySpan<char> name)
    {
        var lookup = types.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var interned))
        {
            interned = name.ToString();
            types.Add(interned, interned);
        }

        return interned;
    }

    /// <summary>
    /// The data records of a group's files, the reader positioned on each: the first file's first record is the
    /// header (neo4j-admin's rule), blank lines are passed over, and a record with more fields than the header is an error.
    /// </summary>
    private IEnumerable<(CsvDataReader Record, ImportColumn[] Columns, string File)> Records(ImportInput input, bool forRelationships)
    {
        ImportColumn[]? columns = null;
        foreach (var file in input.Files)
        {
            using var text = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
            var csvOptions = new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = options.Delimiter,
                Quote = '"',
                Escape = '"',
                MaxBufferSize = MaxRecordCharacters,
            };
            using var csv = Step(() => CsvDataReader.Create(text, csvOptions), file, 1);
            while (Step(csv.Read, file, csv.RowNumber + 1))
            {
                if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsEmpty)
                {
                    continue;
                }

                if (columns is null)
                {
                    var headerProblems = new List<ImportProblem>();
                    var header = new string[csv.RowFieldCount];
                    for (var i = 0; i < header.Length; i++)
                    {
                        header[i] = csv.GetString(i);
                    }

                    columns = ImportHeader.Parse(header, forRelationships, file, headerProblems);
                    if (headerProblems.Count > 0)
                    {
                        throw new BulkImportRefusedException($"The header of {file} is not understood.", headerProblems);
                    }

                    continue;
                }

                if (csv.RowFieldCount > columns.Length)
                {
                    Error(new ImportProblem(file, csv.RowNumber, columns.Length + 1, $"{csv.RowFieldCount} fields where the header has {columns.Length}"));
                    continue;
                }

                yield return (csv, columns, file);
            }
        }
    }

    /// <summary>Runs a step of the CSV reader, turning its format errors into a refusal naming the file and record.</summary>
    private static T Step<T>(Func<T> step, string file, long record)
    {
        try
        {
            return step();
        }
        catch (CsvRecordTooLargeException)
        {
            throw new BulkImportRefusedException("The CSV cannot be read.",
                [new ImportProblem(file, record, 0, $"a record longer than {MaxRecordCharacters:N0} characters (an unclosed quote?)")]);
        }
        catch (CsvFormatException e)
        {
            throw new BulkImportRefusedException("The CSV cannot be read.", [new ImportProblem(file, e.RowNumber > 0 ? e.RowNumber : record, 0, e.Message)]);
        }
    }

    private void Report(ImportProblem problem, bool skippable)
    {
        if (skippable)
        {
            Skip(problem);
        }
        else
        {
            Error(problem);
        }
    }

    private void Error(ImportProblem problem)
    {
        errors.Add(problem);
        if (errors.Count >= MaxReportedProblems)
        {
            throw Refusal();
        }
    }

    private void Skip(ImportProblem problem)
    {
        skipped.Add(problem);
        if (skipped.Count > options.BadTolerance)
        {
            throw new BulkImportRefusedException(
                $"More than {options.BadTolerance:N0} bad entries (--bad-tolerance); nothing was imported.", skipped.Take(MaxReportedProblems).ToList());
        }
    }

    private BulkImportRefusedException Refusal() => new(
        $"{(errors.Count >= MaxReportedProblems ? $"{MaxReportedProblems} or more" : errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} bad entr{(errors.Count == 1 ? "y" : "ies")}; nothing was imported.",
        errors);
}
