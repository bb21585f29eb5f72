using System.Collections.Immutable;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Storage;

internal sealed partial class WriteTransaction
{
    /// <summary>
    /// The state after this transaction: the base snapshot with every changed record, label set and index entry
    /// replaced. Cost is proportional to the size of the change (plus chunk copies), not to the size of the graph.
    /// After this call the transaction's records belong to the snapshot and the transaction must not be used.
    /// </summary>
    public GraphSnapshot BuildSnapshot()
    {
        var nodeTable = baseSnapshot.Nodes.ToBuilder();
        var relTable = baseSnapshot.Relationships.ToBuilder();
        var labelSets = new Dictionary<string, ImmutableSortedSet<long>.Builder>(StringComparer.Ordinal);
        var indexBuilders = new Dictionary<string, ImmutableDictionary<object, ImmutableSortedSet<long>>.Builder>(StringComparer.Ordinal);
        var newKeys = new HashSet<string>(StringComparer.Ordinal);
        var typeDeltas = new Dictionary<string, long>(StringComparer.Ordinal);
        var nodeIndexes = Schema.Indexes.Where(i => !i.OnRelationships).ToArray();

        foreach (var (id, node) in nodes)
        {
            var before = baseSnapshot.GetNode(id);
            // A deleted node stays as a deleted record while the compact graph holds it, to hide it there.
            nodeTable.Set(id, node.Deleted && !baseSnapshot.Compact.ContainsNode(id) ? null : node);
            var oldLabels = before?.Labels ?? Array.Empty<string>();
            var newLabels = node.Deleted ? Array.Empty<string>() : node.Labels;
            foreach (var label in oldLabels)
            {
                if (Array.IndexOf(newLabels, label) < 0)
                {
                    LabelSet(labelSets, label).Remove(id);
                }
            }

            foreach (var label in newLabels)
            {
                if (Array.IndexOf(oldLabels, label) < 0)
                {
                    LabelSet(labelSets, label).Add(id);
                }
            }

            if (!node.Deleted)
            {
                foreach (var entry in node.Properties.Entries)
                {
                    newKeys.Add(entry.Key);
                }
            }

            foreach (var index in nodeIndexes)
            {
                var oldKey = before is null ? null : IndexData.KeyOf(index, before);
                var newKey = IndexData.KeyOf(index, node);
                if (oldKey is not null && newKey is not null && ValueComparer.PropertyKeyEquality.Equals(oldKey, newKey))
                {
                    continue;
                }

                var entries = IndexBuilder(indexBuilders, index.Name);
                if (oldKey is not null && entries.TryGetValue(oldKey, out var oldIds))
                {
                    var remaining = oldIds.Remove(id);
                    if (remaining.IsEmpty)
                    {
                        entries.Remove(oldKey);
                    }
                    else
                    {
                        entries[oldKey] = remaining;
                    }
                }

                if (newKey is not null)
                {
                    entries[newKey] = entries.TryGetValue(newKey, out var ids) ? ids.Add(id) : ImmutableSortedSet.Create(id);
                }
            }
        }

        var relationshipCount = baseSnapshot.RelationshipCount;
        foreach (var (id, rel) in relationships)
        {
            var before = baseSnapshot.GetRelationship(id);
            relTable.Set(id, rel.Deleted && !baseSnapshot.Compact.ContainsRelationship(id) ? null : rel);
            if (before is not null)
            {
                typeDeltas[before.Type] = typeDeltas.GetValueOrDefault(before.Type) - 1;
                relationshipCount--;
            }

            if (!rel.Deleted)
            {
                typeDeltas[rel.Type] = typeDeltas.GetValueOrDefault(rel.Type) + 1;
                relationshipCount++;
                foreach (var entry in rel.Properties.Entries)
                {
                    newKeys.Add(entry.Key);
                }
            }
        }

        var typeCounts = baseSnapshot.RelationshipTypeCounts;
        if (typeDeltas.Count > 0)
        {
            var builder = typeCounts.ToBuilder();
            foreach (var (type, delta) in typeDeltas)
            {
                builder[type] = builder.GetValueOrDefault(type) + delta;
            }

            typeCounts = builder.ToImmutable();
        }

        var propertyKeys = baseSnapshot.PropertyKeys;
        if (!newKeys.IsSubsetOf(propertyKeys))
        {
            propertyKeys = propertyKeys.Union(newKeys);
        }

        var labelIndex = baseSnapshot.LabelIndex;
        if (labelSets.Count > 0)
        {
            var labelBuilder = labelIndex.ToBuilder();
            foreach (var (label, set) in labelSets)
            {
                labelBuilder[label] = set.ToImmutable();
            }

            labelIndex = labelBuilder.ToImmutable();
        }

        var schema = CommitFullTextIndexes(Schema);
        if (indexBuilders.Count > 0)
        {
            var data = schema.Data.ToBuilder();
            foreach (var (name, entries) in indexBuilders)
            {
                data[name] = new IndexData(entries.ToImmutable());
            }

            schema = schema with { Data = data.ToImmutable() };
        }

        return new GraphSnapshot(
            baseSnapshot.Compact,
            nodeTable.ToTable(),
            relTable.ToTable(),
            NodeCount,
            relationshipCount,
            nextNodeId,
            nextRelationshipId,
            labelIndex,
            typeCounts,
            propertyKeys,
            schema,
            baseSnapshot.Version + 1);

        ImmutableSortedSet<long>.Builder LabelSet(Dictionary<string, ImmutableSortedSet<long>.Builder> sets, string label)
        {
            if (!sets.TryGetValue(label, out var set))
            {
                set = (baseSnapshot.LabelIndex.TryGetValue(label, out var existing) ? existing : ImmutableSortedSet<long>.Empty).ToBuilder();
                sets[label] = set;
            }

            return set;
        }

        ImmutableDictionary<object, ImmutableSortedSet<long>>.Builder IndexBuilder(
            Dictionary<string, ImmutableDictionary<object, ImmutableSortedSet<long>>.Builder> builders, string name)
        {
            if (!builders.TryGetValue(name, out var builder))
            {
                builder = (Schema.Data.TryGetValue(name, out var existing) ? existing : IndexData.Empty).Entries.ToBuilder();
                builders[name] = builder;
            }

            return builder;
        }
    }

    /// <summary>Applies one journalled mutation (recovery); ids come from the mutation.</summary>
    public void Apply(GraphMutation mutation)
    {
        switch (mutation)
        {
            case CreateNode m:
                CreateNode(m.Labels, PropertyMap.From(m.Properties), m.Id);
                break;
            case DeleteNode m:
                DeleteNode(m.Id);
                EndStatement();
                break;
            case CreateRelationship m:
                CreateRelationship(m.Type, m.StartNodeId, m.EndNodeId, PropertyMap.From(m.Properties), m.Id);
                break;
            case DeleteRelationship m:
                DeleteRelationship(m.Id);
                break;
            case SetNodeProperty m:
                SetNodeProperty(m.Id, m.Key, m.Value);
                break;
            case SetRelationshipProperty m:
                SetRelationshipProperty(m.Id, m.Key, m.Value);
                break;
            case AddLabel m:
                AddLabel(m.NodeId, m.Label);
                break;
            case RemoveLabel m:
                RemoveLabel(m.NodeId, m.Label);
                break;
            case CreateIndex m:
                CreateIndex(new IndexDefinition(m.Name, m.OnRelationships, m.LabelOrType, m.Properties, "RANGE", false));
                break;
            case DropIndex m:
                DropIndex(m.Name);
                break;
            case CreateConstraint m:
                CreateConstraint(new ConstraintDefinition(m.Name, m.OnRelationships, m.LabelOrType, m.Properties, m.Kind));
                break;
            case DropConstraint m:
                DropConstraint(m.Name);
                break;
            case CreateFullTextIndex m:
                CreateFullTextIndex(new FullText.FullTextIndexDefinition(m.Name, m.OnRelationships, m.LabelsOrTypes, m.Properties, m.Analyzer, m.EventuallyConsistent));
                break;
            default:
                throw new InvalidOperationException($"Unknown mutation {mutation.GetType().Name}.");
        }
    }
}
