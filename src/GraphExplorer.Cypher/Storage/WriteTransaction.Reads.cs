using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Reads inside the transaction (<see cref="IGraphReader"/>): its own records and additions over the base snapshot's,
/// so that a statement sees the writes of the statements before it.
/// </summary>
internal sealed partial class WriteTransaction
{
    public NodeRecord? GetNode(long id) => nodes.TryGetValue(id, out var own) ? own : baseSnapshot.GetNode(id);

    public RelationshipRecord? GetRelationship(long id) =>
        relationships.TryGetValue(id, out var own) ? own : baseSnapshot.GetRelationship(id);

    public IEnumerable<NodeRecord> AllNodes()
    {
        var end = nextNodeId;
        foreach (var node in baseSnapshot.AllNodes())
        {
            var current = nodes.TryGetValue(node.Id, out var own) ? own : node;
            if (!current.Deleted)
            {
                yield return current;
            }
        }

        for (var id = baseSnapshot.NextNodeId; id < end; id++)
        {
            if (nodes.TryGetValue(id, out var created) && !created.Deleted)
            {
                yield return created;
            }
        }
    }

    public IEnumerable<NodeRecord> NodesWithLabel(string label)
    {
        // A copy, so that writes during the enumeration cannot disturb it; a set, so that the scan stays linear.
        var seen = labelAdditions.TryGetValue(label, out var added) ? new HashSet<long>(added) : [];
        foreach (var node in baseSnapshot.NodesWithLabel(label))
        {
            if (nodes.TryGetValue(node.Id, out var own))
            {
                if (own.Deleted || !own.HasLabel(label) || seen.Contains(node.Id))
                {
                    continue;
                }

                yield return own;
            }
            else
            {
                yield return node;
            }
        }

        foreach (var id in seen)
        {
            var node = GetNode(id);
            if (node is not null && !node.Deleted && node.HasLabel(label))
            {
                yield return node;
            }
        }
    }

    public long CountWithLabel(string label) =>
        baseSnapshot.CountWithLabel(label) + (labelAdditions.TryGetValue(label, out var added) ? added.Count : 0);

    public IEnumerable<NodeRecord> IndexSeek(IndexDefinition index, object key)
    {
        HashSet<long> added = indexAdditions.TryGetValue(index.Name, out var perKey) && perKey.TryGetValue(key, out var ids)
            ? new HashSet<long>(ids)
            : [];
        if (Schema.Data.TryGetValue(index.Name, out var data) && data.Entries.TryGetValue(key, out var baseIds))
        {
            foreach (var id in baseIds)
            {
                if (added.Contains(id))
                {
                    continue;
                }

                var node = GetNode(id);
                if (node is not null && ValueComparer.PropertyKeyEquality.Equals(IndexData.KeyOf(index, node), key))
                {
                    yield return node;
                }
            }
        }

        foreach (var id in added)
        {
            var node = GetNode(id);
            if (node is not null && ValueComparer.PropertyKeyEquality.Equals(IndexData.KeyOf(index, node), key))
            {
                yield return node;
            }
        }
    }

    public IEnumerable<string> LabelsInUse()
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in baseSnapshot.LabelIndex.Keys.Concat(labelAdditions.Keys))
        {
            if (NodesWithLabel(label).Any())
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    public IEnumerable<string> RelationshipTypesInUse()
    {
        if (relationships.Count == 0)
        {
            return baseSnapshot.RelationshipTypesInUse();
        }

        var counts = new Dictionary<string, long>(baseSnapshot.RelationshipTypeCounts, StringComparer.Ordinal);
        foreach (var (id, rel) in relationships)
        {
            var before = baseSnapshot.GetRelationship(id);
            if (before is not null)
            {
                counts[before.Type]--;
            }

            if (!rel.Deleted)
            {
                counts[rel.Type] = counts.GetValueOrDefault(rel.Type) + 1;
            }
        }

        return counts.Where(e => e.Value > 0).Select(e => e.Key).ToList();
    }

    public IEnumerable<string> PropertyKeysInUse()
    {
        var keys = new HashSet<string>(baseSnapshot.PropertyKeys, StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            foreach (var entry in node.Properties.Entries)
            {
                keys.Add(entry.Key);
            }
        }

        foreach (var rel in relationships.Values)
        {
            foreach (var entry in rel.Properties.Entries)
            {
                keys.Add(entry.Key);
            }
        }

        return keys;
    }
}
