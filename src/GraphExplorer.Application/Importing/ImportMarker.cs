using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// Where a line of the script an import generates comes from: a cell of the spreadsheet (row and column, from 1) or a
/// line of the mapping file (a constant). The generator ends each line it writes with the marker as a comment
/// (<c>// @r4c2f1</c>: row or line 4, column 2, field 1; <c>// @m12</c>); the loader's checks place problems in the generated script, and
/// <see cref="Locate"/> takes them back to the spreadsheet or the mapping, through the nearest marker at or before their
/// line. The marker is the last thing on its line, after any string literal, so a value cannot forge one.
/// </summary>
internal readonly partial record struct ImportMarker(int Row, int Column, int Field, int MappingLine)
{
    /// <summary>A cell: where the data file has it (a spreadsheet's row and column, a JSON value's line and column) and which of the <see cref="ImportRows.Fields"/> it is.</summary>
    public static ImportMarker Cell((int Line, int Column) at, int field) => new(at.Line, at.Column, field, 0);

    public static ImportMarker Mapping(int line) => new(0, 0, 0, line);

    public string Comment => Row > 0 ? $"// @r{Row}c{Column}f{Field}" : $"// @m{MappingLine}";

    /// <summary>The place of this marker with the message, naming the column (field) of a cell.</summary>
    public LoadError Error(ImportMapping mapping, ImportRows rows, string message) =>
        Row > 0
            ? new LoadError(rows.Name, Row, Column, $"{message} ({rows.Describe(Field)})")
            : new LoadError(mapping.Path, MappingLine, 1, message);

    /// <summary>
    /// Takes each problem the loader placed in the generated script back to the cell or mapping line that caused it;
    /// a problem placed elsewhere (another file) is kept as it is. Reads the generated script once.
    /// </summary>
    public static IReadOnlyList<LoadError> Locate(IReadOnlyList<LoadError>? errors, string generated, ImportMapping mapping, ImportRows rows)
    {
        if (errors is not { Count: > 0 })
        {
            return [];
        }

        var wanted = errors.Where(e => e.File == generated).Select(e => e.Line).ToHashSet();
        var markers = new Dictionary<int, ImportMarker>();
        var last = Mapping(1);
        using (var reader = File.OpenText(generated))
        {
            var number = 0;
            for (var line = reader.ReadLine(); line is not null && markers.Count < wanted.Count; line = reader.ReadLine())
            {
                number++;
                last = Parse(line) ?? last;
                if (wanted.Contains(number))
                {
                    markers[number] = last;
                }
            }
        }

        return [.. errors.Select(e => e.File == generated ? markers.GetValueOrDefault(e.Line, Mapping(1)).Error(mapping, rows, e.Message) : e)];
    }

    private static ImportMarker? Parse(string line)
    {
        var at = line.LastIndexOf("// @", StringComparison.Ordinal);
        if (at < 0 || Pattern().Match(line, at) is not { Success: true } match)
        {
            return null;
        }

        return match.Groups["m"].Success
            ? Mapping(int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture))
            : Cell((Number(match, "r"), Number(match, "c")), Number(match, "f"));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G// @(?:r(?<r>\d+)c(?<c>\d+)f(?<f>\d+)|m(?<m>\d+))$")]
    private static partial Regex Pattern();
}
