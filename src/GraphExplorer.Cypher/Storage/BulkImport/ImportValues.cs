using System.Globalization;

namespace GraphExplorer.Cypher.Storage.BulkImport;

/// <summary>
/// Turns a field into the stored value its column's type asks for: Integer as <see cref="long"/>, Float as
/// <see cref="double"/>, Boolean (<c>true</c>/<c>false</c>, any case), String as written; an array column splits the
/// field at the array delimiter into a list of such values. Thread-safe (stateless).
/// </summary>
internal static class ImportValues
{
    /// <summary>The value, or null with <paramref name="error"/> saying why the field is not one.</summary>
    public static object? Parse(ReadOnlySpan<char> field, ImportColumn column, char arrayDelimiter, out string? error)
    {
        error = null;
        if (!column.IsArray)
        {
            return ParseScalar(field, column.Type, out error);
        }

        var list = new List<object>();
        foreach (var range in field.Split(arrayDelimiter))
        {
            var element = ParseScalar(field[range], column.Type, out error);
            if (element is null)
            {
                return null;
            }

            list.Add(element);
        }

        return list;
    }

    private static object? ParseScalar(ReadOnlySpan<char> field, ImportValueType type, out string? error)
    {
        error = null;
        switch (type)
        {
            case ImportValueType.String:
                return field.ToString();
            case ImportValueType.Integer when long.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                return integer;
            case ImportValueType.Float when double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number;
            case ImportValueType.Boolean when field.Trim().Equals("true", StringComparison.OrdinalIgnoreCase):
                return true;
            case ImportValueType.Boolean when field.Trim().Equals("false", StringComparison.OrdinalIgnoreCase):
                return false;
            default:
                error = $"'{field}' is not {(type == ImportValueType.Integer ? "an" : "a")} {type.ToString().ToLowerInvariant()}";
                return null;
        }
    }
}
