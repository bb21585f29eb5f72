using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Execution.Values;

/// <summary>POINT values through queries (Execution/Values/Spatial.cs, Execution/Functions/FunctionLibrary.Spatial.cs).</summary>
public sealed class SpatialTests
{
    private static readonly TestDatabase Db = new();

    [Theory]
    [InlineData("point({x: 2.3, y: 4.5})", 7203, 2.3, 4.5, null)]
    [InlineData("point({x: 1, y: 2, z: 3})", 9157, 1.0, 2.0, 3.0)]
    [InlineData("point({longitude: 56.7, latitude: 12.78})", 4326, 56.7, 12.78, null)]
    [InlineData("point({longitude: 56.7, latitude: 12.78, height: 8})", 4979, 56.7, 12.78, 8.0)]
    [InlineData("point({X: 1, Y: 2, CRS: 'WGS-84'})", 4326, 1.0, 2.0, null)]
    [InlineData("point({x: 1, y: 2, z: 3, srid: 4979})", 4979, 1.0, 2.0, 3.0)]
    public void Point_builds_the_one_point_value_the_database_abstraction_knows(string expression, int srid, double x, double y, double? z) =>
        Db.Scalar($"RETURN {expression}").Should().Be(new CypherPoint(srid, x, y, z));

    [Fact]
    public void A_point_parameter_from_a_driver_is_a_point_in_Cypher()
    {
        var parameter = new Dictionary<string, object?> { ["p"] = new CypherPoint(4326, 6.13, 49.61) };
        Db.Scalar("RETURN $p.latitude + $p.longitude", parameter).Should().Be(49.61 + 6.13);
    }

    [Theory]
    [InlineData("RETURN point({x: 1, y: 2}).longitude", "Field: longitude is not available on cartesian point: point({x: 1.0, y: 2.0, crs: 'cartesian'})")]
    [InlineData("RETURN point({x: 1, y: 2}).height", "Field: height is not available on cartesian point: point({x: 1.0, y: 2.0, crs: 'cartesian'})")]
    [InlineData("RETURN point({longitude: 1, latitude: 2}).height", "Field: height is not available on point: point({x: 1.0, y: 2.0, crs: 'wgs-84'})")]
    [InlineData("RETURN point({x: 1, y: 2}).w", "No such field: w")]
    [InlineData("RETURN point({y: 2})", "A point must contain either 'x' and 'y' or 'latitude' and 'longitude'")]
    [InlineData("RETURN point({x: 1, crs: 'cartesian'})", "A Cartesian point must contain 'x' and 'y'")]
    [InlineData("RETURN point({longitude: 1, srid: 4326})", "A WGS84 point must contain 'latitude' and 'longitude'")]
    [InlineData("RETURN point({x: 1, y: 2, z: 3, crs: 'cartesian'})",
        "Cannot create point with 2D coordinate reference system and 3 coordinates. Please consider using equivalent 3D coordinate reference system")]
    [InlineData("RETURN point({longitude: 181, latitude: 0})",
        "Cannot create WGS84 point with invalid coordinate: [181.0, 0.0]. Valid range for X coordinate is [-180, 180].")]
    [InlineData("RETURN point({longitude: 0, latitude: -90.5})",
        "Cannot create WGS84 point with invalid coordinate: [0.0, -90.5]. Valid range for Y coordinate is [-90, 90].")]
    [InlineData("RETURN point({x: 1, y: 2, srid: 1234})", "Unknown coordinate reference system code: 1234")]
    [InlineData("RETURN point({x: 1, y: 2, crs: 'cartesian', srid: 7203})", "Cannot specify both CRS and SRID")]
    public void Invalid_points_and_fields_are_argument_errors_with_Neo4js_message(string query, string message)
    {
        var error = Db.Fails(query);

        error.Kind.Should().Be(CypherErrorKind.ArgumentError);
        error.Detail.Should().Be("InvalidArgumentValue");
        error.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("RETURN point({x: 'a', y: 2})")]
    [InlineData("RETURN point('x')")]
    [InlineData("RETURN point.distance(point({x: 1, y: 2}), 3)")]
    public void Values_of_the_wrong_type_are_type_errors(string query) =>
        Db.Fails(query).Detail.Should().Be("InvalidArgumentType");

    [Fact]
    public void Cartesian_3D_distance_uses_all_three_axes() =>
        Db.Scalar("RETURN point.distance(point({x: 0, y: 0, z: 0}), point({x: 2, y: 3, z: 6}))").Should().Be(7.0);

    [Fact]
    public void Distance_on_the_sphere_is_symmetric_and_zero_to_itself()
    {
        var there = (double)Db.Scalar("RETURN point.distance(point({longitude: 6.13, latitude: 49.61}), point({longitude: 2.35, latitude: 48.86}))")!;
        var back = (double)Db.Scalar("RETURN point.distance(point({longitude: 2.35, latitude: 48.86}), point({longitude: 6.13, latitude: 49.61}))")!;

        there.Should().Be(back).And.BeApproximately(286_000, 2_000, "Luxembourg to Paris is about 286 km on a sphere");
        Db.Scalar("RETURN point.distance(point({longitude: 6.13, latitude: 49.61}), point({longitude: 6.13, latitude: 49.61}))").Should().Be(0.0);
    }

    [Fact]
    public void A_3D_box_also_bounds_the_height()
    {
        const string box = "point({x: 0, y: 0, z: 0}), point({x: 10, y: 10, z: 10})";
        Db.Scalar($"RETURN point.withinBBox(point({{x: 5, y: 5, z: 5}}), {box})").Should().Be(true);
        Db.Scalar($"RETURN point.withinBBox(point({{x: 5, y: 5, z: 11}}), {box})").Should().Be(false);
    }

    [Fact]
    public void Distinct_and_grouping_treat_equal_points_as_one() =>
        Db.Scalar("UNWIND [point({x: 1, y: 2}), point({x: 1.0, y: 2.0}), point({x: 1, y: 2, crs: 'wgs-84'})] AS p RETURN count(DISTINCT p)")
            .Should().Be(2L);

    [Fact]
    public async Task Point_properties_survive_closing_and_reopening_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("spatial-").FullName;
        try
        {
            await using (var db = EmbeddedGraphDatabase.Open(folder))
            {
                await db.OpenSession().RunAsync(
                    "CREATE (:Office {at: point({longitude: 6.13, latitude: 49.61}), floor: point({x: 1, y: 2, z: -3.5})})"
                    + "-[:ROUTE {via: [point({longitude: 2.35, latitude: 48.86, height: 35})]}]->(:Office)");
            }

            await using var reopened = EmbeddedGraphDatabase.Open(folder);
            var rows = await reopened.OpenSession().RunAsync("MATCH (o:Office)-[r:ROUTE]->() RETURN o.at, o.floor, r.via");

            rows[0][0].Should().Be(new CypherPoint(4326, 6.13, 49.61));
            rows[0][1].Should().Be(new CypherPoint(9157, 1, 2, -3.5));
            rows[0][2].Should().BeEquivalentTo(new List<object?> { new CypherPoint(4979, 2.35, 48.86, 35) });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
