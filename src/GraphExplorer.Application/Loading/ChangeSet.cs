using GraphExplorer.Application.Export;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Loading;

/// <summary>What happened to a node, a relationship or a property between two states of the graph.</summary>
public enum ChangeKind
{
    Created,
    Changed,
    Deleted,
}

/// <summary>A property's value before and after (null: absent on that side).</summary>
public sealed record PropertyChange(string Name, ChangeKind Kind, object? Before, object? After);

/// <summary>
/// A node created, changed or deleted. <paramref name="Identity"/> is how a steward names it: its <c>key</c>, else its
/// labels and <c>name</c>, else its labels and element id. <paramref name="Properties"/>: for a created node its
/// properties, for a deleted one those it had, for a changed one those that changed.
/// </summary>
public sealed record NodeChange(
    ChangeKind Kind,
    string Identity,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> LabelsAdded,
    IReadOnlyList<string> LabelsRemoved,
    IReadOnlyList<PropertyChange> Properties);

/// <summary>A relationship created, changed or deleted, between the identities of its ends (see <see cref="NodeChange"/>).</summary>
public sealed record RelationshipChange(ChangeKind Kind, string Start, string Type, string End, IReadOnlyList<PropertyChange> Properties);

/// <summary>
/// The difference between two snapshots of the graph (see <see cref="GraphSnapshot"/>), as a steward reads it: which
/// nodes and relationships were created, changed (each property old → new) or deleted. The lineage properties
/// (<see cref="Lineage.IsLineageProperty"/>) are left out: they record who wrote, not what was said. Values are compared
/// as their Cypher literals (<see cref="CypherLiteral"/>), so lists and temporal values compare by content. Elements are
/// matched by element id, then what was deleted and created again under the same identity (a node's key, a
/// relationship's ends and type: a re-ingested script deletes what it alone said and says it again) counts as the same
/// element, changed or not.
/// Used by <c>load --dry-run</c>; kept apart so that other consumers of a batch's changes (a revert) can use it.
/// Immutable; ordered by kind (created, changed, deleted) then identity, so a diff of the same change reads the same.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<NodeChange> Nodes, IReadOnlyList<RelationshipChange> Relationships)
{
    public static ChangeSet Empty { get; } = new([], []);

    public bool IsEmpty => Nodes.Count == 0 && Relationships.Count == 0;

    public static ChangeSet Between(GraphSnapshot before, GraphSnapshot after)
    {
        var nodes = new List<NodeChange>();
        var createdNodes = after.Nodes.Values.Where(n => !before.Nodes.ContainsKey(n.ElementId)).ToList();
        var deletedNodes = before.Nodes.Values.Where(n => !after.Nodes.ContainsKey(n.ElementId)).ToList();
        var recreated = Pairs(deletedNodes, createdNodes, Identity);
        foreach (var (id, node) in after.Nodes)
        {
            var old = before.Nodes.GetValueOrDefault(id) ?? recreated.GetValueOrDefault(node);
            if (old is null)
            {
                nodes.Add(new NodeChange(ChangeKind.Created, Identity(node), node.Labels, node.Labels, [], Properties(null, node.Properties)));
                continue;
            }

            var properties = Properties(old.Properties, node.Properties);
            var added = node.Labels.Except(old.Labels, StringComparer.Ordinal).ToList();
            var removed = old.Labels.Except(node.Labels, StringComparer.Ordinal).ToList();
            if (properties.Count > 0 || added.Count > 0 || removed.Count > 0)
            {
                nodes.Add(new NodeChange(ChangeKind.Changed, Identity(node), node.Labels, added, removed, properties));
            }
        }

        nodes.AddRange(deletedNodes.Except(recreated.Values)
            .Select(n => new NodeChange(ChangeKind.Deleted, Identity(n), n.Labels, [], n.Labels, Properties(n.Properties, null))));

        var relationships = new List<RelationshipChange>();
        var createdRelationships = after.Relationships.Values.Where(r => !before.Relationships.ContainsKey(r.ElementId)).ToList();
        var deletedRelationships = before.Relationships.Values.Where(r => !after.Relationships.ContainsKey(r.ElementId)).ToList();
        var restated = Pairs(deletedRelationships, createdRelationships, r => Ends(before, r), r => Ends(after, r));
        foreach (var (id, relationship) in after.Relationships)
        {
            var old = before.Relationships.GetValueOrDefault(id) ?? restated.GetValueOrDefault(relationship);
            var properties = Properties(old?.Properties, relationship.Properties);
            if (old is null || properties.Count > 0)
            {
                relationships.Add(Relationship(old is null ? ChangeKind.Created : ChangeKind.Changed, relationship, after, properties));
            }
        }

        relationships.AddRange(deletedRelationships.Except(restated.Values)
            .Select(r => Relationship(ChangeKind.Deleted, r, before, Properties(r.Properties, null))));

        return new ChangeSet(
            [.. nodes.OrderBy(n => n.Kind).ThenBy(n => n.Identity, StringComparer.Ordinal)],
            [.. relationships.OrderBy(r => r.Kind).ThenBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal)
                .ThenBy(r => r.End, StringComparer.Ordinal)]);
    }

    /// <summary>Each created element paired with a deleted one of the same identity (first with first), so that what
    /// was deleted and created again reads as one element.</summary>
    private static Dictionary<T, T> Pairs<T, TIdentity>(List<T> deleted, List<T> created, Func<T, TIdentity> identity)
        where T : notnull
        where TIdentity : notnull => Pairs(deleted, created, identity, identity);

    private static Dictionary<T, T> Pairs<T, TIdentity>(List<T> deleted, List<T> created, Func<T, TIdentity> deletedIdentity, Func<T, TIdentity> createdIdentity)
        where T : notnull
        where TIdentity : notnull
    {
        var waiting = deleted.GroupBy(deletedIdentity).ToDictionary(g => g.Key, g => new Queue<T>(g));
        var pairs = new Dictionary<T, T>();
        foreach (var element in created)
        {
            if (waiting.TryGetValue(createdIdentity(element), out var queue) && queue.TryDequeue(out var old))
            {
                pairs[element] = old;
            }
        }

        return pairs;
    }

    private static (string Start, string Type, string End) Ends(GraphSnapshot side, CypherRelationship relationship) =>
        (EndIdentity(side, relationship.StartElementId), relationship.Type, EndIdentity(side, relationship.EndElementId));

    private static RelationshipChange Relationship(ChangeKind kind, CypherRelationship relationship, GraphSnapshot side, IReadOnlyList<PropertyChange> properties) =>
        new(kind, EndIdentity(side, relationship.StartElementId), relationship.Type, EndIdentity(side, relationship.EndElementId), properties);

    private static string EndIdentity(GraphSnapshot side, string elementId) =>
        side.Nodes.TryGetValue(elementId, out var node) ? Identity(node) : $"({elementId})";

    /// <summary>How a steward names a node (see <see cref="NodeChange"/>).</summary>
    internal static string Identity(CypherNode node)
    {
        var labels = string.Concat(node.Labels.Order(StringComparer.Ordinal).Select(l => ":" + CypherLiteral.Name(l)));
        return node.Properties.GetValueOrDefault("key") is string key ? key
            : node.Properties.GetValueOrDefault("name") is string name ? $"({labels} {{name: {CypherLiteral.Write(name)}}})"
            : $"({labels} {node.ElementId})";
    }

    /// <summary>The properties that differ; a null side is an absent element (every property created or deleted).</summary>
    private static List<PropertyChange> Properties(IReadOnlyDictionary<string, object?>? before, IReadOnlyDictionary<string, object?>? after)
    {
        var changes = new List<PropertyChange>();
        var names = (before?.Keys ?? []).Concat(after?.Keys ?? []).Where(n => !Lineage.IsLineageProperty(n)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var old = before?.GetValueOrDefault(name);
            var now = after?.GetValueOrDefault(name);
            if (old is null && now is null)
            {
                continue;
            }

            var kind = old is null ? ChangeKind.Created : now is null ? ChangeKind.Deleted : ChangeKind.Changed;
            if (kind != ChangeKind.Changed || CypherLiteral.Write(old) != CypherLiteral.Write(now))
            {
                changes.Add(new PropertyChange(name, kind, old, now));
            }
        }

        return changes;
    }
}
