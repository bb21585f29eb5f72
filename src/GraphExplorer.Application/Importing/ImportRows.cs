using System.Text;
using GraphExplorer.Application.Loading;
using Sylvan.Data.Csv;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// The rows of an import's spreadsheet (RFC 4180 CSV, UTF-8, read by Sylvan.Data.Csv as a stream: memory is one row),
/// each with its number as a spreadsheet shows it (the header is row 1). Blank rows are skipped. A file that is not
/// UTF-8 or not CSV, or a row with more cells than the header, is an <see cref="ImportException"/> naming the row.
/// </summary>
internal sealed class ImportRows
{
    /// <summary>The longest row read (an unclosed quote otherwise swallows the file).</summary>
    private const int MaxRowCharacters = 1 << 22;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string path;
    private readonly char delimiter;

    private ImportRows(string path, char delimiter, IReadOnlyList<string> header)
    {
        this.path = path;
        this.delimiter = delimiter;
        Header = header;
    }

    /// <summary>The spreadsheet as errors name it: its path from the current folder when it is under it, else its full path.</summary>
    public string Name => Path.GetRelativePath(Directory.GetCurrentDirectory(), path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
        ? relative
        : Path.GetFullPath(path);

    public IReadOnlyList<string> Header { get; }

    /// <exception cref="ImportException">The file is missing, empty, or not readable as CSV.</exception>
    public static ImportRows Open(string path, char delimiter)
    {
        if (!File.Exists(path))
        {
            throw new ImportException([new LoadError(path, 1, 1, "no such spreadsheet (csv: is read from the mapping file's folder)")]);
        }

        var probe = new ImportRows(path, delimiter, []);
        var header = probe.Records().Select(r => r.Cells).FirstOrDefault()
            ?? throw new ImportException([new LoadError(probe.Name, 1, 1, "the spreadsheet is empty: its first row names the columns")]);
        return new ImportRows(path, delimiter, [.. header.Select(h => h.Trim())]);
    }

    /// <summary>The rows after the header, read from the file each time.</summary>
    public IEnumerable<(int Number, string[] Cells)> Read()
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

            yield return (number, cells.Length >= Header.Count ? cells : [.. cells, .. Enumerable.Repeat("", Header.Count - cells.Length)]);
        }
    }

    private IEnumerable<(int Number, string[] Cells)> Records()
    {
        using var text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
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
