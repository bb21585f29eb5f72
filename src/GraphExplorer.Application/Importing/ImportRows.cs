using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// The records of an import's data file, each as the cells of <see cref="Fields"/> in that order: the rows of a CSV
/// spreadsheet (<see cref="CsvRows"/>) or the objects of a JSON file (<see cref="JsonRows"/>). Each cell keeps the place
/// of the file it was read at, so a mistake is reported there. Read a record at a time; read again by each pass.
/// </summary>
internal abstract class ImportRows(string path)
{
    protected string FilePath => path;

    /// <summary>The data file as errors name it: its path from the current folder when it is under it, else its full path.</summary>
    public string Name => Path.GetRelativePath(Directory.GetCurrentDirectory(), path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
        ? relative
        : Path.GetFullPath(path);

    /// <summary>What each cell of a record holds: a spreadsheet's header, or the paths of a JSON record the mapping reads.</summary>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <exception cref="ImportException">The data file is missing, unreadable, or does not fit the mapping.</exception>
    public static ImportRows Open(ImportMapping mapping) =>
        mapping.Format == ImportFormat.Json ? JsonRows.Open(mapping) : CsvRows.Open(mapping);

    /// <summary>The records, read from the file each time.</summary>
    public abstract IEnumerable<ImportRow> Read();

    /// <summary>A field as a message names it: <c>column 'title'</c>, <c>field 'party.key'</c>.</summary>
    public abstract string Describe(int field);

    /// <summary>A record by its <see cref="ImportRow.Number"/>, as a message names it: <c>row 4</c>, <c>the record at line 12</c>.</summary>
    public abstract string Record(int number);

    /// <summary>Mistakes of the file's fields found while reading it (fields neither mapped nor ignored, mapped fields no record has), after a full <see cref="Read"/>.</summary>
    public virtual IReadOnlyList<LoadError> FieldErrors(ImportMapping mapping) => [];
}

/// <summary>One record: its number (a spreadsheet's row, a JSON record's first line), its cells in the order of
/// <see cref="ImportRows.Fields"/> (an absent value is empty), and where each cell was read.</summary>
/// <param name="Positions">The line and column of each cell; null for a spreadsheet, whose cell <c>i</c> is at row <c>Number</c>, column <c>i + 1</c>.</param>
internal sealed record ImportRow(int Number, string[] Cells, (int Line, int Column)[]? Positions = null)
{
    public (int Line, int Column) At(int field) => Positions?[field] ?? (Number, field + 1);
}
