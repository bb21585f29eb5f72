using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// Turns a spreadsheet cell (or a constant of the mapping) into a property value of its <see cref="ImportType"/>, or
/// says why it cannot: a date follows the model's convention (the first day of its year or month, with its precision),
/// numbers are read in the invariant culture. Leading and trailing spaces are dropped; an empty cell is no value.
/// Stateless.
/// </summary>
internal static partial class ImportCells
{
    /// <summary>A converted value; <paramref name="Precision"/> for a date only.</summary>
    public readonly record struct Cell(object? Value, string? Precision = null);

    /// <returns>False with <paramref name="error"/> (what is wrong and what would do) when the text is not of the type.</returns>
    public static bool TryConvert(string text, ImportType type, string separator, out Cell cell, out string error)
    {
        var trimmed = text.Trim();
        cell = default;
        error = "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        switch (type)
        {
            case ImportType.Text:
                cell = new Cell(trimmed);
                return true;
            case ImportType.List:
                cell = new Cell(trimmed.Split(separator).Select(item => item.Trim()).Where(item => item.Length > 0).Cast<object?>().ToList());
                return true;
            case ImportType.Integer when long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                cell = new Cell(integer);
                return true;
            case ImportType.Number when double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number):
                cell = new Cell(number);
                return true;
            case ImportType.Boolean when trimmed.ToLowerInvariant() is "true" or "false":
                cell = new Cell(trimmed.Equals("true", StringComparison.OrdinalIgnoreCase));
                return true;
            case ImportType.Date when TryDate(trimmed, out var date, out var precision):
                cell = new Cell(new CypherDate(date), precision);
                return true;
            case ImportType.Date:
                error = $"'{trimmed}' is not a date: write 2019 (year), 2019-06 (month) or 2019-06-11 (day); a season or a part of the month " +
                    "goes in dateQualifier (spring, early…), the source's own wording in dateText";
                return false;
            default:
                error = type switch
                {
                    ImportType.Integer => $"'{trimmed}' is not a whole number (write it with digits only, e.g. 1927)",
                    ImportType.Number => $"'{trimmed}' is not a number (write it with digits and a decimal point, e.g. 3.5)",
                    _ => $"'{trimmed}' is not true or false",
                };
                return false;
        }
    }

    /// <summary>
    /// A sentence as it is compared with its source's text: the check ignores runs of whitespace, so a line break a
    /// spreadsheet put inside a cell becomes one space (and the quote stays on one line of the generated script, where
    /// a misquote is located).
    /// </summary>
    public static string Sentence(string text) => LineBreaks().Replace(text.Trim(), " ");

    private static bool TryDate(string text, out DateOnly date, out string precision)
    {
        (precision, var format, var padded) = text.Length switch
        {
            4 => ("year", "yyyy-MM-dd", text + "-01-01"),
            7 => ("month", "yyyy-MM-dd", text + "-01"),
            _ => ("day", "yyyy-MM-dd", text),
        };
        return IsoDate().IsMatch(text) && DateOnly.TryParseExact(padded, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || Fail(out date);
    }

    private static bool Fail(out DateOnly date)
    {
        date = default;
        return false;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\s*[\r\n\t]+\s*")]
    private static partial Regex LineBreaks();
}
