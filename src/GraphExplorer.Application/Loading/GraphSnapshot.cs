using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Every node and relationship of the graph as one transaction sees it, by element id: the two sides a
/// <see cref="ChangeSet"/> is computed from. Element ids are only compared within one transaction, where every backend
/// keeps them stable. Memory: the whole graph's properties (a load keeps it while it runs, for its diff and its undo
/// record: see <see cref="UndoRecord"/>). <see cref="ReadAsync"/> reads only the elements named.
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

    public static GraphSnapshot Empty { get; } = new(new Dictionary<string, CypherNode>(), new Dictionary<string, CypherRelationship>());

    /// <summary>The nodes and relationships of these element ids that exist in <paramref name="transaction"/>.</summary>
    public static async Task<GraphSnapshot> ReadAsync(
        IGraphTransaction transaction,
        IReadOnlyCollection<string> nodeIds,
        IReadOnlyCollection<string> relationshipIds,
        CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
        if (nodeIds.Count > 0)
        {
            foreach (var row in await transaction.RunAsync("MATCH (n) WHERE elementId(n) IN $ids RETURN n",
                new Dictionary<string, object?> { ["ids"] = nodeIds.ToList() }, cancellationToken))
            {
                var node = row.Get<CypherNode>("n");
                nodes[node.ElementId] = node;
            }
        }

        var relationships = new Dictionary<string, CypherRelationship>(StringComparer.Ordinal);
        if (relationshipIds.Count > 0)
        {
            foreach (var row in await transaction.RunAsync("MATCH ()-[r]->() WHERE elementId(r) IN $ids RETURN r",
                new Dictionary<string, object?> { ["ids"] = relationshipIds.ToList() }, cancellationToken))
            {
                var relationship = row.Get<CypherRelationship>("r");
                relationships[relationship.ElementId] = relationship;
            }
        }

        return new GraphSnapshot(nodes, relationships);
    }

    /// <summary>The part of this snapshot with these element ids.</summary>
    public GraphSnapshot Only(IReadOnlySet<string> nodeIds, IReadOnlySet<string> relationshipIds) => new(
        Nodes.Where(p => nodeIds.Contains(p.Key)).ToDictionary(StringComparer.Ordinal),
        Relationships.Where(p => relationshipIds.Contains(p.Key)).ToDictionary(StringComparer.Ordinal));
}
