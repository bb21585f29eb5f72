using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Every node and relationship of the graph as one transaction sees it, by element id: the two sides a
/// <see cref="ChangeSet"/> is computed from. Element ids are only compared within one transaction, where every backend
/// keeps them stable. Memory: the whole graph's properties, so taken only when a diff is asked for (a dry run).
/// </summary>
public sealed record GraphSnapshot(IReadOnlyDictionary<string, CypherNode> Nodes, IReadOnlyDictionary<string, CypherRelationship> Relationships)
{
    public static async Task<GraphSnapshot> TakeAsync(IGraphTransaction transaction, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
        foreach (var row in await transaction.RunAsync("MATCH (n) RETURN n", null, cancellationToken))
        {
            var node = row.Get<CypherNode>("n");
            nodes[node.ElementId] = node;
        }

        var relationships = new Dictionary<string, CypherRelationship>(StringComparer.Ordinal);
        foreach (var row in await transaction.RunAsync("MATCH ()-[r]->() RETURN r", null, cancellationToken))
        {
            var relationship = row.Get<CypherRelationship>("r");
            relationships[relationship.ElementId] = relationship;
        }

        return new GraphSnapshot(nodes, relationships);
    }
}
