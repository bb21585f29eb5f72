using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Tests.Support;

/// <summary>One entity as sorted lines, independent of the code under test: each property (<c>name = '…'</c>) and each
/// relationship touching it (<c>from TYPE to {properties}</c>), lineage properties left out.</summary>
internal static class EntitySnapshotProbe
{
    public static async Task<IReadOnlyList<string>> TakeAsync(IGraphSession session, string key)
    {
        var label = GraphModel.Label(GraphModel.RequireTypeOfKey(key));
        var lines = new List<string>();
        foreach (var row in await session.RunAsync($"MATCH (n:{label} {{key: $key}}) RETURN n", new Dictionary<string, object?> { ["key"] = key }))
        {
            lines.AddRange(row.Get<CypherNode>("n").Properties.Where(p => !Lineage.IsLineageProperty(p.Key)).Select(p => $"{p.Key} = {CypherLiteral.Write(p.Value)}"));
        }

        foreach (var row in await session.RunAsync(
            $"MATCH (a)-[r]->(b) WHERE a.key = $key OR b.key = $key RETURN coalesce(a.key, a.name) AS a, r, coalesce(b.key, b.name) AS b",
            new Dictionary<string, object?> { ["key"] = key }))
        {
            var properties = row.Get<CypherRelationship>("r").Properties.Where(p => !Lineage.IsLineageProperty(p.Key)).ToDictionary(p => p.Key, p => p.Value);
            lines.Add($"{row.Get<string>("a")} {row.Get<CypherRelationship>("r").Type} {row.Get<string>("b")} {CypherLiteral.Write(properties)}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
