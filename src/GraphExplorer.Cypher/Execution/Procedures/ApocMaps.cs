using GraphExplorer.Cypher.Execution.Functions;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// <c>apoc.map.merge(map1, map2)</c> (https://neo4j.com/docs/apoc/current/overview/apoc.map/apoc.map.merge/): the
/// keys of both, the second map's value winning; a null map counts as empty.
/// </summary>
internal static class ApocMaps
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("apoc.map.merge", 2, 2, (a, _) =>
        {
            var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var map in new[] { Map(a[0]), Map(a[1]) })
            {
                foreach (var (key, value) in map)
                {
                    merged[key] = value;
                }
            }

            return merged;
        })
        {
            NullInNullOut = false,
        },
    ];

    private static IReadOnlyDictionary<string, object?> Map(object? value) => value switch
    {
        null => new Dictionary<string, object?>(),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw Semantics.CypherErrors.InvalidArgumentType($"apoc.map.merge expects a Map, got {Values.Operations.TypeName(value)}"),
    };
}
