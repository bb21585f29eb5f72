using Sylvan.Data.Csv;

namespace GraphExplorer.Cypher.Storage.BulkImport;

/// <summary>
/// The data records of one <c>--nodes</c> or <c>--relationships</c> group's files, read with Sylvan's CSV reader:
/// the first file's first record is the header (neo4j-admin's rule), blank lines are passed over, and a record with
/// more fields than the header is an error. Format errors (an unclosed quote, a malformed quoted field) refuse the
/// import naming file and record. Not thread-safe: one enumeration at a time.
/// </summary>
internal static class ImportRecords
{
    private const int MaxRecordCharacters = 1 << 24;

    /// <summary>One record, the reader positioned on it; <see cref="Columns"/> is the same array for a whole group.</summary>
    public readonly record struct Record(CsvDataReader Fields, ImportColumn[] Columns, string File);

    public static IEnumerable<Record> Read(ImportInput input, bool forRelationships, char delimiter, ImportProblems problems)
    {
        ImportColumn[]? columns = null;
        foreach (var file in input.Files)
        {
            using var text = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
            var csvOptions = new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = delimiter,
                Quote = '"',
                Escape = '"',
                MaxBufferSize = MaxRecordCharacters,
            };
            using var csv = Open(text, csvOptions, file);
            while (ReadNext(csv, file))
            {
                if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsEmpty)
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = Header(csv, forRelationships, file);
                    continue;
                }

                if (csv.RowFieldCount > columns.Length)
                {
                    problems.Error(new ImportProblem(file, csv.RowNumber, columns.Length + 1, $"{csv.RowFieldCount} fields where the header has {columns.Length}"));
                    continue;
                }

                yield return new Record(csv, columns, file);
            }
        }
    }

    private static ImportColumn[] Header(CsvDataReader csv, bool forRelationships, string file)
    {
        var headerProblems = new List<ImportProblem>();
        var header = new string[csv.RowFieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = csv.GetString(i);
        }

        var columns = ImportHeader.Parse(header, forRelationships, file, headerProblems);
        return headerProblems.Count == 0 ? columns : throw new BulkImportRefusedException($"The header of {file} is not understood.", headerProblems);
    }

    private static CsvDataReader Open(TextReader text, CsvDataReaderOptions options, string file)
    {
        try
        {
            return CsvDataReader.Create(text, options);
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Unreadable(e, file, 1);
        }
    }

    private static bool ReadNext(CsvDataReader csv, string file)
    {
        try
        {
            return csv.Read();
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Unreadable(e, file, csv.RowNumber + 1);
        }
    }

    /// <summary>The refusal for a CSV format error, naming the file and record.</summary>
    private static BulkImportRefusedException Unreadable(Exception e, string file, long record) => new("The CSV cannot be read.",
        [e is CsvFormatException { RowNumber: > 0 } format
            ? new ImportProblem(file, format.RowNumber, 0, e.Message)
            : e is CsvRecordTooLargeException
                ? new ImportProblem(file, record, 0, $"a record longer than {MaxRecordCharacters:N0} characters (an unclosed quote?)")
                : new ImportProblem(file, record, 0, e.Message)]);
}
