using System.Text;
using F23.StringSimilarity;
using GraphExplorer.Application.Loading;
using Sylvan.Data.Csv;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// The rows of an import's spreadsheet (RFC 4180 CSV, UTF-8, read by Sylvan.Data.Csv as a stream: memory is one row),
/// each with its number as a spreadsheet shows it (the header is row 1). Blank rows are skipped. A file that is not
/// UTF-8 or not CSV, or a row with more cells than the header, is an <see cref="ImportException"/> naming the row.
/// </summary>
internal sealed class CsvRows : ImportRows
{
    private static readonly Levenshtein Distance = new();

    /// <summary>The longest row read (an unclosed quote otherwise swallows the file).</summary>
    private const int MaxRowCharacters = 1 << 22;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly char delimiter;

    private CsvRows(string path, char delimiter, IReadOnlyList<string> header)
        : base(path)
    {
        this.delimiter = delimiter;
        Header = header;
    }

    public IReadOnlyList<string> Header { get; }

    public override IReadOnlyList<string> Fields => Header;

    /// <summary>Opens the spreadsheet and checks its header against the mapping: every column the mapping reads is in
    /// it, and every column of it is read or ignored.</summary>
    /// <exception cref="ImportException">The file is missing, empty, not readable as CSV, or its header does not fit the mapping.</exception>
    public static new CsvRows Open(ImportMapping mapping)
    {
        var path = mapping.DataPath;
        if (!File.Exists(path))
        {
            throw new ImportException([new LoadError(path, 1, 1, "no such spreadsheet (csv: is read from the mapping file's folder)")]);
        }

        var probe = new CsvRows(path, mapping.Delimiter, []);
        var header = probe.Records().Select(r => r.Cells).FirstOrDefault()
            ?? throw new ImportException([new LoadError(probe.Name, 1, 1, "the spreadsheet is empty: its first row names the columns")]);
        var rows = new CsvRows(path, mapping.Delimiter, [.. header.Select(h => h.Trim())]);
        rows.CheckColumns(mapping);
        return rows;
    }

    public override string Describe(int field) => $"column '{Header[field]}'";

    public override string Record(int number) => $"row {number}";

    /// <summary>The rows after the header, read from the file each time.</summary>
    public override IEnumerable<ImportRow> Read()
    {
        foreach (var (number, cells) in Records().Skip(1))
        {
            if (cells.Length > Header.Count && cells.Skip(Header.Count).Any(c => c.Trim().Length > 0))
            {
                throw new ImportException([new LoadError(Name, number, Header.Count + 1,
                    $"row {number} has {cells.Length} cells, the header {Header.Count} (a separator inside a cell that is not in double quotes?)")]);
            }

            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            yield return new ImportRow(number, cells.Length >= Header.Count ? cells : [.. cells, .. Enumerable.Repeat("", Header.Count - cells.Length)]);
        }
    }

    private void CheckColumns(ImportMapping mapping)
    {
        var errors = new List<LoadError>();
        var header = Header.ToHashSet(StringComparer.Ordinal);
        foreach (var value in mapping.Columns.Where(v => !header.Contains(v.Column!)))
        {
            var closest = Header.MinBy(h => Distance.Distance(h, value.Column!));
            errors.Add(new LoadError(mapping.Path, value.Line, 1, $"column '{value.Column}' is not in the header of {Name} ({string.Join(", ", Header)})" +
                (closest is not null && Distance.Distance(closest, value.Column!) <= 2 ? $"; did you mean '{closest}'?" : "")));
        }

        var read = mapping.Columns.Select(v => v.Column!).Concat(mapping.Ignored).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            var name = Header[i];
            if (Header.Take(i).Contains(name))
            {
                errors.Add(new LoadError(Name, 1, i + 1, $"column '{name}' appears twice in the header"));
            }
            else if (!read.Contains(name))
            {
                errors.Add(new LoadError(Name, 1, i + 1, $"column '{name}' is neither mapped nor listed under ignore: in {mapping.Name}"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }
    }

    private IEnumerable<(int Number, string[] Cells)> Records()
    {
        using var text = new StreamReader(FilePath, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = delimiter, Quote = '"', Escape = '"', MaxBufferSize = MaxRowCharacters };
        using var csv = Step(() => CsvDataReader.Create(text, options), 1);
        while (Step(csv.Read, csv.RowNumber + 1))
        {
            var cells = new string[csv.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            yield return (csv.RowNumber, cells);
        }
    }

    /// <summary>Runs a step of the reader, turning its failures into an error naming the row.</summary>
    private T Step<T>(Func<T> step, int row)
    {
        try
        {
            return step();
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException([new LoadError(Name, row, 1, "the spreadsheet is not UTF-8 text (save it as \"CSV UTF-8\")")]);
        }
        catch (CsvRecordTooLargeException)
        {
            throw new ImportException([new LoadError(Name, row, 1, $"a row longer than {MaxRowCharacters:N0} characters (an unclosed double quote?)")]);
        }
        catch (CsvFormatException exception)
        {
            throw new ImportException([new LoadError(Name, exception.RowNumber > 0 ? exception.RowNumber : row, 1, $"not valid CSV: {exception.Message}")]);
        }
    }
}
