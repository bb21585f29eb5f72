using GraphExplorer.Cypher.Tck.Model;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// What a later query can observe of the graph, per the TCK README ("Observability of side effects"): the set of
/// nodes, of relationships, of distinct labels, and of property triples (entity, key, value). Side effects are the
/// differences between the snapshots before and after the query under test, so a node created and deleted by the same
/// query counts for nothing, changing a property counts one removal and one addition, and deleting the last node
/// with a label removes that label.
/// </summary>
internal sealed record GraphSnapshot(
    IReadOnlySet<string> Nodes,
    IReadOnlySet<string> Relationships,
    IReadOnlySet<string> Labels,
    IReadOnlySet<string> Properties)
{
    // Two plain reads stand for the README's defining queries: every property triple and label is derived from
    // the returned nodes and relationships, so the snapshot needs no UNWIND, keys() or properties() from the engine.
    private const string NodesQuery = "MATCH (n) RETURN n";
    private const string RelationshipsQuery = "MATCH ()-[r]->() RETURN r";

    public static async Task<GraphSnapshot> TakeAsync(IGraphSession session, CancellationToken cancellationToken)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<string>(StringComparer.Ordinal);

        foreach (var record in await session.RunAsync(NodesQuery, null, cancellationToken))
        {
            if (record[0] is not CypherNode node)
            {
                throw new InvalidOperationException($"'{NodesQuery}' returned {TckValueFormatter.Format(record[0])}, not a node.");
            }

            nodes.Add(node.ElementId);
            labels.UnionWith(node.Labels);
            AddProperties(properties, "n" + node.ElementId, node.Properties);
        }

        foreach (var record in await session.RunAsync(RelationshipsQuery, null, cancellationToken))
        {
            if (record[0] is not CypherRelationship relationship)
            {
                throw new InvalidOperationException(
                    $"'{RelationshipsQuery}' returned {TckValueFormatter.Format(record[0])}, not a relationship.");
            }

            relationships.Add(relationship.ElementId);
            AddProperties(properties, "r" + relationship.ElementId, relationship.Properties);
        }

        return new GraphSnapshot(nodes, relationships, labels, properties);
    }

    /// <summary>The side-effect counters from this snapshot (before) to <paramref name="after"/>.</summary>
    public IReadOnlyDictionary<string, int> SideEffectsUntil(GraphSnapshot after) => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [SideEffectCounters.NodesCreated] = after.Nodes.Count(id => !Nodes.Contains(id)),
        [SideEffectCounters.NodesDeleted] = Nodes.Count(id => !after.Nodes.Contains(id)),
        [SideEffectCounters.RelationshipsCreated] = after.Relationships.Count(id => !Relationships.Contains(id)),
        [SideEffectCounters.RelationshipsDeleted] = Relationships.Count(id => !after.Relationships.Contains(id)),
        [SideEffectCounters.LabelsAdded] = after.Labels.Count(label => !Labels.Contains(label)),
        [SideEffectCounters.LabelsRemoved] = Labels.Count(label => !after.Labels.Contains(label)),
        [SideEffectCounters.PropertiesAdded] = after.Properties.Count(triple => !Properties.Contains(triple)),
        [SideEffectCounters.PropertiesRemoved] = Properties.Count(triple => !after.Properties.Contains(triple)),
    };

    private static void AddProperties(HashSet<string> into, string entity, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            // The formatted value is a faithful key: TckValueFormatter writes distinct values differently
            // (types included, e.g. 1 vs 1.0) and equal values equally (map keys sorted).
            into.Add($"{entity}\u0001{key}\u0001{TckValueFormatter.Format(value)}");
        }
    }
}
