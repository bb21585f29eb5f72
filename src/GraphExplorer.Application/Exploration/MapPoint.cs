namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Where a node is drawn on a map: the reference coordinates (WGS 84, degrees) of a place, from
/// <c>cypher/012_reference_coordinates.cypher</c> (a gazetteer's centre, not a claim of any article), and the place
/// they are of: the node itself when it is a place with coordinates, else the nearest place that has them among the
/// one it is located in (or, for an agreement, the one its signing event was held in) and the places above it.
/// <see cref="PlaceName"/> and <see cref="PlaceNames"/> name that place, so a map can label the point even when the
/// place itself is not drawn.
/// </summary>
public sealed record MapPoint(double Latitude, double Longitude, string Place, string PlaceName, LocalizedNames PlaceNames);
