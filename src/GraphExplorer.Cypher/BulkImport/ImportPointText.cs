using System.Globalization;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// Reads a point field in neo4j-admin's form, a map of its coordinates: <c>{latitude:55.6, longitude:12.9}</c>,
/// <c>{x:1, y:2, z:3, crs:'cartesian-3D'}</c>, <c>{y:51.0, x:14.0, crs:wgs-84}</c> (values are numbers or, quoted or
/// not, names). The map is then read as Cypher's <c>point(map)</c> reads it (<see cref="Spatial.FromMap"/>): the same
/// keys, reference systems, ranges and errors. Thread-safe (stateless).
/// </summary>
internal static class ImportPointText
{
    /// <exception cref="FormatException">The text is not such a map.</exception>
    /// <exception cref="Database.CypherException">The map is not a point (as <c>point(map)</c> refuses it).</exception>
    public static CypherPoint Parse(string text)
    {
        var body = text.Trim();
        if (body.Length < 2 || body[0] != '{' || body[^1] != '}')
        {
            throw new FormatException("a point is written as a map, such as {x:1, y:2} or {latitude:55.6, longitude:12.9}");
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in body[1..^1].Split(',', StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"'{entry}' is not a key:value entry");
            }

            var key = entry[..colon].Trim().Trim('\'', '"', '`');
            var value = entry[(colon + 1)..].Trim();
            if (!map.TryAdd(key, Value(key, value)))
            {
                throw new FormatException($"'{key}' is given twice");
            }
        }

        return Spatial.FromMap(map) ?? throw new FormatException("a coordinate is missing");
    }

    private static object Value(string key, string value)
    {
        if (value.Length >= 2 && value[0] is '\'' or '"' && value[^1] == value[0])
        {
            return value[1..^1];
        }

        if (key.Equals("srid", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var srid))
        {
            return srid;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : value;
    }
}
