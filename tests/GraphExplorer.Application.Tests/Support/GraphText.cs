using GraphExplorer.Application.Export;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Tests.Support;

/// <summary>
/// The whole graph as sorted lines of canonical text (labels and properties of every node; type, properties and the
/// canonical text of both ends of every relationship), so that two graphs compare exactly, independent of element ids.
/// </summary>
internal static class GraphText
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IGraphDatabase database, Func<CypherNode, bool>? include = null)
    {
        await using var session = database.OpenSession();
        var nodes = (await session.RunAsync("MATCH (n) RETURN n")).Select(r => r.Get<CypherNode>("n")).ToList();
        var text = nodes.ToDictionary(n => n.ElementId, GraphDumper.NodeText);
        var lines = nodes.Where(n => include?.Invoke(n) ?? true).Select(n => "N " + text[n.ElementId]).ToList();
        foreach (var row in await session.RunAsync("MATCH ()-[r]->() RETURN r"))
        {
            var r = row.Get<CypherRelationship>("r");
            lines.Add($"R {text[r.StartElementId]} -[{r.Type} {CypherLiteral.Write(r.Properties)}]-> {text[r.EndElementId]}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
