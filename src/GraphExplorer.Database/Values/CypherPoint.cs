namespace GraphExplorer.Database.Values;

/// <summary>
/// A Cypher <c>Point</c>: coordinates in a coordinate reference system named by its SRID, as Neo4j keeps them
/// (7203 Cartesian 2D, 9157 Cartesian 3D, 4326 WGS-84 2D, 4979 WGS-84 3D; for WGS-84, X is the longitude and Y the
/// latitude). <paramref name="Z"/> is null for a 2D point.
/// </summary>
public readonly record struct CypherPoint(int Srid, double X, double Y, double? Z = null);
