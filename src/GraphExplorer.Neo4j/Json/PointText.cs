using System.Globalization;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// A point as the Query API's typed JSON writes it: extended WKT with its SRID, <c>SRID=4326;POINT (12.99 55.61)</c> in
/// 2D and <c>SRID=4979;POINT Z (12.99 55.61 10.0)</c> in 3D (x/longitude first). Coordinates round-trip exactly.
/// </summary>
internal static class PointText
{
    public static string Format(CypherPoint point)
    {
        static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        return point.Z is { } z
            ? $"SRID={point.Srid};POINT Z ({N(point.X)} {N(point.Y)} {N(z)})"
            : $"SRID={point.Srid};POINT ({N(point.X)} {N(point.Y)})";
    }

    /// <exception cref="FormatException">The text is not a point in this form; the message quotes it.</exception>
    public static CypherPoint Parse(string text)
    {
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (!text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || semicolon < 0 || open < semicolon || close < open
            || !int.TryParse(text.AsSpan(5, semicolon - 5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var srid))
        {
            throw new FormatException($"\"{text}\" is not a point in the form SRID=<srid>;POINT (<x> <y>).");
        }

        var coordinates = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new double[coordinates.Length];
        for (var i = 0; i < coordinates.Length; i++)
        {
            if (!double.TryParse(coordinates[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new FormatException($"\"{text}\" has a coordinate that is not a number: \"{coordinates[i]}\".");
            }
        }

        return values.Length switch
        {
            2 => new CypherPoint(srid, values[0], values[1]),
            3 => new CypherPoint(srid, values[0], values[1], values[2]),
            _ => throw new FormatException($"\"{text}\" has {values.Length} coordinates; a point has 2 or 3."),
        };
    }
}
