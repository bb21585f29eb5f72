using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// Cypher's POINT values as Neo4j 5 has them (Cypher manual 5, "Spatial values" and "Spatial functions"): construction
/// from a map, the component accessors, the printed form, distance and bounding-box tests, over the four coordinate
/// reference systems Neo4j supports.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class Spatial
{
    /// <summary>The radius of Neo4j's spherical earth (its HaversinCalculator), in metres.</summary>
    private const double EarthRadiusMetres = 6378140.0;

    /// <summary>A coordinate reference system: its SRID, its name as <c>p.crs</c> prints it, geographic or not, dimensions.</summary>
    private sealed record Crs(int Srid, string Name, bool Geographic, int Dimensions);

    private static readonly Crs Cartesian = new(7203, "cartesian", false, 2);
    private static readonly Crs Cartesian3D = new(9157, "cartesian-3d", false, 3);
    private static readonly Crs Wgs84 = new(4326, "wgs-84", true, 2);
    private static readonly Crs Wgs84_3D = new(4979, "wgs-84-3d", true, 3);
    private static readonly Crs[] All = [Cartesian, Cartesian3D, Wgs84, Wgs84_3D];

    /// <summary>
    /// <c>point(map)</c>: x/y[/z] (Cartesian unless <c>crs</c> or <c>srid</c> says otherwise) or longitude/latitude[/height]
    /// (WGS-84). Keys are case-insensitive; a null value anywhere makes the point null. Refuses, as Neo4j does, a map
    /// without a full coordinate pair, a CRS whose dimension differs from the coordinates', a geographic key with a
    /// Cartesian CRS, and WGS-84 coordinates outside [-180, 180] × [-90, 90].
    /// </summary>
    public static CypherPoint? FromMap(object? input)
    {
        if (input is not IReadOnlyDictionary<string, object?> map)
        {
            throw CypherErrors.InvalidArgumentType($"point() expects a Map, got {Operations.TypeName(input)}");
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                return null;
            }

            fields[key.ToLowerInvariant()] = value;
        }

        var crs = RequestedCrs(fields);
        double[] coordinates;
        if (fields.ContainsKey("x") && fields.ContainsKey("y"))
        {
            coordinates = fields.ContainsKey("z")
                ? [Coordinate(fields, "x"), Coordinate(fields, "y"), Coordinate(fields, "z")]
                : [Coordinate(fields, "x"), Coordinate(fields, "y")];
            crs ??= coordinates.Length == 3 ? Cartesian3D : Cartesian;
        }
        else if (fields.ContainsKey("longitude") && fields.ContainsKey("latitude"))
        {
            var third = fields.ContainsKey("z") ? "z" : fields.ContainsKey("height") ? "height" : null;
            coordinates = third is null
                ? [Coordinate(fields, "longitude"), Coordinate(fields, "latitude")]
                : [Coordinate(fields, "longitude"), Coordinate(fields, "latitude"), Coordinate(fields, third)];
            crs ??= coordinates.Length == 3 ? Wgs84_3D : Wgs84;
            if (!crs.Geographic)
            {
                throw Invalid($"Geographic points does not support coordinate reference system: {crs.Name}");
            }
        }
        else
        {
            throw Invalid(crs == Cartesian ? "A Cartesian point must contain 'x' and 'y'"
                : crs == Wgs84 ? "A WGS84 point must contain 'latitude' and 'longitude'"
                : "A point must contain either 'x' and 'y' or 'latitude' and 'longitude'");
        }

        if (crs.Dimensions != coordinates.Length)
        {
            throw Invalid($"Cannot create point with {crs.Dimensions}D coordinate reference system and {coordinates.Length} coordinates. "
                + $"Please consider using equivalent {coordinates.Length}D coordinate reference system");
        }

        if (crs.Geographic)
        {
            RequireInRange(coordinates, 0, 180, "X");
            RequireInRange(coordinates, 1, 90, "Y");
        }

        return new CypherPoint(crs.Srid, coordinates[0], coordinates[1], coordinates.Length == 3 ? coordinates[2] : null);
    }

    /// <summary>
    /// <c>p.x</c>, <c>p.latitude</c>, <c>p.crs</c>, …: latitude/longitude/height only on geographic points, z/height
    /// only in 3D, each with Neo4j's message when unavailable.
    /// </summary>
    public static object Component(CypherPoint point, string key)
    {
        var field = key.ToLowerInvariant();
        return field switch
        {
            "x" => point.X,
            "y" => point.Y,
            "z" => Third(point, key, geographicOnly: false),
            "longitude" => Geographic(point, key, point.X),
            "latitude" => Geographic(point, key, point.Y),
            "height" => Third(point, key, geographicOnly: true),
            "crs" => CrsOf(point).Name,
            "srid" => (long)point.Srid,
            _ => throw Invalid($"No such field: {key}"),
        };
    }

    /// <summary><c>toString(p)</c>, as Neo4j prints a point: <c>point({x: 2.3, y: 4.5, crs: 'cartesian'})</c>.</summary>
    public static string Format(CypherPoint point)
    {
        var z = point.Z is { } value ? $", z: {Operations.FormatFloat(value)}" : "";
        return $"point({{x: {Operations.FormatFloat(point.X)}, y: {Operations.FormatFloat(point.Y)}{z}, crs: '{CrsOf(point).Name}'}})";
    }

    /// <summary>
    /// <c>point.distance(a, b)</c>: Pythagoras for Cartesian points; for WGS-84 the haversine great-circle distance in
    /// metres on Neo4j's spherical earth, in 3D taken at the mean height and combined with the height difference by
    /// Pythagoras. Null when the points are in different CRSs.
    /// </summary>
    public static double? Distance(CypherPoint a, CypherPoint b)
    {
        if (a.Srid != b.Srid)
        {
            return null;
        }

        if (!CrsOf(a).Geographic)
        {
            var dz = (a.Z ?? 0) - (b.Z ?? 0);
            return Math.Sqrt(Square(a.X - b.X) + Square(a.Y - b.Y) + Square(dz));
        }

        var lat1 = Radians(a.Y);
        var lat2 = Radians(b.Y);
        var h = Square(Math.Sin((lat2 - lat1) / 2)) + Math.Cos(lat1) * Math.Cos(lat2) * Square(Math.Sin((Radians(b.X) - Radians(a.X)) / 2));
        var greatCircle = 2 * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
        if (a.Z is not { } za || b.Z is not { } zb)
        {
            return EarthRadiusMetres * greatCircle;
        }

        var surface = (EarthRadiusMetres + (za + zb) / 2) * greatCircle;
        return Math.Sqrt(Square(surface) + Square(za - zb));
    }

    /// <summary>
    /// <c>point.withinBBox(p, lowerLeft, upperRight)</c>, bounds included. For WGS-84 a lower-left longitude east of the
    /// upper-right one means the box crosses the 180th meridian. Null when the three points are not all in one CRS.
    /// </summary>
    public static bool? WithinBoundingBox(CypherPoint point, CypherPoint lowerLeft, CypherPoint upperRight)
    {
        if (point.Srid != lowerLeft.Srid || point.Srid != upperRight.Srid)
        {
            return null;
        }

        var crossesAntimeridian = CrsOf(point).Geographic && lowerLeft.X > upperRight.X;
        var xInside = crossesAntimeridian
            ? point.X >= lowerLeft.X || point.X <= upperRight.X
            : lowerLeft.X <= point.X && point.X <= upperRight.X;
        return xInside
            && lowerLeft.Y <= point.Y && point.Y <= upperRight.Y
            && (point.Z is not { } z || (lowerLeft.Z <= z && z <= upperRight.Z));
    }

    private static Crs CrsOf(CypherPoint point) =>
        All.FirstOrDefault(c => c.Srid == point.Srid)
        ?? throw Invalid($"Unknown coordinate reference system code: {point.Srid}");

    private static Crs? RequestedCrs(Dictionary<string, object?> fields)
    {
        var hasName = fields.TryGetValue("crs", out var name);
        var hasSrid = fields.TryGetValue("srid", out var srid);
        if (hasName && hasSrid)
        {
            throw Invalid("Cannot specify both CRS and SRID");
        }

        if (hasName)
        {
            var text = name as string ?? throw CypherErrors.InvalidArgumentType($"point() expects crs to be a String, got {Operations.TypeName(name)}");
            return All.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase))
                ?? throw Invalid($"Unknown coordinate reference system: {text}");
        }

        if (hasSrid)
        {
            var code = srid as long? ?? throw CypherErrors.InvalidArgumentType($"point() expects srid to be an Integer, got {Operations.TypeName(srid)}");
            return All.FirstOrDefault(c => c.Srid == code) ?? throw Invalid($"Unknown coordinate reference system code: {code}");
        }

        return null;
    }

    private static double Coordinate(Dictionary<string, object?> fields, string key) => fields[key] switch
    {
        long l => l,
        double d => d,
        var other => throw CypherErrors.InvalidArgumentType($"point() expects {key} to be a number, got {Operations.TypeName(other)}"),
    };

    private static void RequireInRange(double[] coordinates, int index, double bound, string axis)
    {
        if (coordinates[index] < -bound || coordinates[index] > bound)
        {
            var shown = string.Join(", ", coordinates.Select(Operations.FormatFloat));
            throw Invalid($"Cannot create WGS84 point with invalid coordinate: [{shown}]. Valid range for {axis} coordinate is [-{bound:0}, {bound:0}].");
        }
    }

    private static object Third(CypherPoint point, string key, bool geographicOnly)
    {
        if (geographicOnly && !CrsOf(point).Geographic)
        {
            throw Invalid($"Field: {key} is not available on cartesian point: {Format(point)}");
        }

        return point.Z ?? throw Invalid($"Field: {key} is not available on point: {Format(point)}");
    }

    private static object Geographic(CypherPoint point, string key, double value) => CrsOf(point).Geographic
        ? value
        : throw Invalid($"Field: {key} is not available on cartesian point: {Format(point)}");

    private static double Square(double value) => value * value;

    /// <summary>Java's Math.toRadians (one multiplication by a rounded constant), so distances match Neo4j's to the last digit.</summary>
    private static double Radians(double degrees) => degrees * (Math.PI / 180);

    private static CypherException Invalid(string message) => CypherErrors.ArgumentError("InvalidArgumentValue", message);
}
