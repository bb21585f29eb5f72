using System.Text;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// An entity as stored at one moment: its node and every relationship touching it (both directions, its own citations
/// included; the citations pointing at a source are left to the entities that make them), written as Cypher patterns with literal property maps (<see cref="CypherLiteral"/>: dates stay dates), so
/// an audit entry's before/after can be read by a steward and replayed exactly. Lineage properties are left out (they
/// describe the write, not the fact). Immutable.
/// </summary>
/// <param name="Key">The entity's key.</param>
/// <param name="Node">The node pattern (<c>(:Organization {key: 'org:x', …})</c>); null when it does not exist.</param>
/// <param name="Relationships">Each relationship's identity (<c>start TYPE end</c>) and its pattern with properties.</param>
public sealed record EntitySnapshot(string Key, string? Node, IReadOnlyDictionary<string, string> Relationships)
{
    /// <summary>Reads the entity's snapshot inside <paramref name="transaction"/>.</summary>
    internal static async Task<EntitySnapshot> TakeAsync(IGraphTransaction transaction, string key, CancellationToken cancellationToken)
    {
        if (GraphModel.TypeOfKey(key) is not { } type)
        {
            return new EntitySnapshot(key, null, new Dictionary<string, string>());
        }

        var parameters = GraphQueries.Parameters(("key", key));
        var nodes = await transaction.RunAsync($"MATCH (n:{GraphModel.Label(type)} {{key: $key}}) RETURN n", parameters, cancellationToken);
        if (nodes.Count == 0)
        {
            return new EntitySnapshot(key, null, new Dictionary<string, string>());
        }

        var node = nodes[0].Get<CypherNode>("n");
        var relationships = await transaction.RunAsync(
            $"MATCH (n:{GraphModel.Label(type)} {{key: $key}})-[r]-(o) " +
            // The citations pointing at a source are the citing entities' facts (recorded with them), not the source's.
            $"WHERE NOT (type(r) = '{GraphModel.CitedIn}' AND endNode(r) = n) " +
            "RETURN startNode(r) = n AS outgoing, type(r) AS type, r AS r, coalesce(o.key, o.id, o.name) AS other",
            parameters,
            cancellationToken);
        var patterns = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in relationships)
        {
            var (start, end) = row.Get<bool>("outgoing") ? (key, row.Get<string?>("other") ?? "?") : (row.Get<string?>("other") ?? "?", key);
            var relType = row.Get<string>("type");
            var identity = $"{start} {relType} {end}";
            patterns[identity] = $"({CypherLiteral.Write(start)})-[:{CypherLiteral.Name(relType)} {Properties(row.Get<CypherRelationship>("r").Properties)}]->({CypherLiteral.Write(end)})";
        }

        var labels = string.Concat(node.Labels.Order(StringComparer.Ordinal).Select(l => ":" + CypherLiteral.Name(l)));
        return new EntitySnapshot(key, $"({labels} {Properties(node.Properties)})", patterns);
    }

    /// <summary>The snapshot as text: the node, then its relationships in identity order, one a line.</summary>
    public string Text() => Node is null ? "" : string.Join('\n', [Node, .. Relationships.Values]);

    /// <summary>What existed in <paramref name="before"/> and no longer in this snapshot: the node
    /// (<c>node org:x</c>) and relationships (<c>rel org:x IN_SECTOR sector:space</c>).</summary>
    public IEnumerable<string> DeletedSince(EntitySnapshot before)
    {
        if (before.Node is not null && Node is null)
        {
            yield return $"node {Key}";
        }

        foreach (var identity in before.Relationships.Keys.Where(identity => !Relationships.ContainsKey(identity)))
        {
            yield return $"rel {identity}";
        }
    }

    private static string Properties(IReadOnlyDictionary<string, object?> properties)
    {
        var builder = new StringBuilder();
        CypherLiteral.AppendMap(builder, properties.Where(p => !Lineage.IsLineageProperty(p.Key)).ToDictionary(p => p.Key, p => p.Value));
        return builder.ToString();
    }
}
