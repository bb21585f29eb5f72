using System.Globalization;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Converts runtime values to the public value mapping of <see cref="Database.CypherValues"/>.</summary>
internal static class ResultConverter
{
    public static object? ToPublic(object? value, IGraphReader graph) => value switch
    {
        null or long or double or string or bool => value,
        NodeValue n => Node(n.Id, graph),
        RelationshipValue r => Relationship(r, graph),
        PathValue p => new CypherPath(p.Nodes.Select(n => Node(n.Id, graph)).ToList(), p.Relationships.Select(r => Relationship(r, graph)).ToList()),
        IReadOnlyList<object?> list => list.Select(item => ToPublic(item, graph)).ToList(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => ToPublic(e.Value, graph), StringComparer.Ordinal),
        _ => value,
    };

    public static string ElementId(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static CypherNode Node(long id, IGraphReader graph)
    {
        var record = graph.GetNode(id);
        if (record is null || record.Deleted)
        {
            return new CypherNode(ElementId(id), [], new Dictionary<string, object?>());
        }

        return new CypherNode(ElementId(id), [.. record.Labels], ToPublicMap(record.Properties));
    }

    private static CypherRelationship Relationship(RelationshipValue r, IGraphReader graph)
    {
        var record = graph.GetRelationship(r.Id);
        var properties = record is null || record.Deleted ? new Dictionary<string, object?>() : ToPublicMap(record.Properties);
        return new CypherRelationship(ElementId(r.Id), r.Type, ElementId(r.StartId), ElementId(r.EndId), properties);
    }

    private static Dictionary<string, object?> ToPublicMap(PropertyMap properties)
    {
        var map = FunctionLibrary.MapOf(properties);
        foreach (var key in map.Keys.ToList())
        {
            if (map[key] is IReadOnlyList<object?> list)
            {
                map[key] = list.ToList();
            }
        }

        return map;
    }
}
