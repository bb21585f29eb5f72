using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    /// <summary>Cypher manual 5, "Spatial functions": point(), point.distance() and point.withinBBox().</summary>
    private static void AddSpatialFunctions(Action<FunctionDefinition> add)
    {
        add(new("point", 1, 1, (a, _) => Spatial.FromMap(a[0])));
        add(new("point.distance", 2, 2, (a, _) => Spatial.Distance(AsPoint(a[0], "point.distance"), AsPoint(a[1], "point.distance"))));
        add(new("point.withinBBox", 3, 3, (a, _) => Spatial.WithinBoundingBox(
            AsPoint(a[0], "point.withinBBox"), AsPoint(a[1], "point.withinBBox"), AsPoint(a[2], "point.withinBBox"))));
    }

    private static CypherPoint AsPoint(object? value, string function) => value as CypherPoint?
        ?? throw CypherErrors.InvalidArgumentType($"{function}() expects a Point, got {Operations.TypeName(value)}");
}
