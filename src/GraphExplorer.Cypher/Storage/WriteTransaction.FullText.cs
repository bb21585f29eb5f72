using GraphExplorer.Cypher.Storage.FullText;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// Full-text indexes in a write transaction. Their Lucene documents change only in <see cref="BuildSnapshot"/>, that is
/// once the transaction is durable: a rolled-back transaction never touches them. Until then a query in the
/// transaction sees its own changes through <see cref="PendingFullTextDocuments"/>.
/// </summary>
internal sealed partial class WriteTransaction
{
    /// <summary>
    /// Creates a full-text index over the committed data (the transaction's own changes enter at commit); returns false
    /// (and changes nothing) when an index of that name and definition, or an equivalent one, exists.
    /// </summary>
    public bool CreateFullTextIndex(FullTextIndexDefinition definition)
    {
        if (Schema.HasSchemaRuleNamed(definition.Name))
        {
            if (Schema.FindFullTextIndex(definition.Name) is { } same && same.Definition.IsEquivalentTo(definition))
            {
                return false;
            }

            throw Semantics.CypherErrors.SchemaError("EquivalentSchemaRuleAlreadyExists",
                $"There already exists an index or constraint called '{definition.Name}'.");
        }

        if (Schema.FullTextIndexes.Any(i => i.Definition.IsEquivalentTo(definition)))
        {
            return false;
        }

        var writer = new FullTextIndexWriter(definition);
        if (definition.OnRelationships)
        {
            foreach (var relationship in baseSnapshot.AllRelationships())
            {
                if (FullTextDocument.Of(definition, relationship) is { } texts)
                {
                    writer.Add(relationship.Id, texts);
                }
            }
        }
        else
        {
            foreach (var id in definition.LabelsOrTypes.SelectMany(baseSnapshot.NodesWithLabel).Select(n => n.Id).Distinct())
            {
                if (FullTextDocument.Of(definition, baseSnapshot.GetNode(id)) is { } texts)
                {
                    writer.Add(id, texts);
                }
            }
        }

        Schema = Schema with { FullTextIndexes = Schema.FullTextIndexes.Add(new FullTextIndex(definition, writer, writer.Refresh())) };
        Record(() => new CreateFullTextIndex(definition.Name, definition.OnRelationships, definition.LabelsOrTypes,
            definition.Properties, definition.Analyzer, definition.EventuallyConsistent));
        return true;
    }

    /// <summary>Drops the full-text index of that name; false when there is none.</summary>
    /// <remarks>Its writer is not disposed: snapshots still being read may search its readers; it is garbage once they are.</remarks>
    private bool DropFullTextIndex(string name)
    {
        if (Schema.FindFullTextIndex(name) is not { } index)
        {
            return false;
        }

        Schema = Schema with { FullTextIndexes = Schema.FullTextIndexes.Remove(index) };
        Record(() => new DropIndex(name));
        return true;
    }

    /// <summary>
    /// The entities of <paramref name="index"/> this transaction changed, with their texts now (null: no longer in the
    /// index); entities whose indexed texts did not change are left out.
    /// </summary>
    public IReadOnlyDictionary<long, IReadOnlyList<FullTextField>?> PendingFullTextDocuments(FullTextIndexDefinition index)
    {
        var pending = new Dictionary<long, IReadOnlyList<FullTextField>?>();
        foreach (var (id, _, after) in ChangedDocuments(index))
        {
            pending[id] = after;
        }

        return pending;
    }

    /// <summary>Applies the transaction's changes to every full-text index and opens their readers for the new snapshot.</summary>
    private SchemaState CommitFullTextIndexes(SchemaState schema)
    {
        if (schema.FullTextIndexes.IsEmpty)
        {
            return schema;
        }

        var indexes = schema.FullTextIndexes.ToBuilder();
        for (var i = 0; i < indexes.Count; i++)
        {
            var index = indexes[i];
            var changed = false;
            foreach (var (id, before, after) in ChangedDocuments(index.Definition))
            {
                if (after is null)
                {
                    index.Writer.Remove(id);
                }
                else if (before is null)
                {
                    // Not in the committed index (its document would have had texts): recovery and bulk loads add only.
                    index.Writer.Add(id, after);
                }
                else
                {
                    index.Writer.Put(id, after);
                }

                changed = true;
            }

            if (changed)
            {
                indexes[i] = index with { Reader = index.Writer.Refresh() };
            }
        }

        return schema with { FullTextIndexes = indexes.ToImmutable() };
    }

    /// <summary>The owned entities whose texts for <paramref name="index"/> differ from the committed ones.</summary>
    private IEnumerable<(long Id, IReadOnlyList<FullTextField>? Before, IReadOnlyList<FullTextField>? After)> ChangedDocuments(FullTextIndexDefinition index)
    {
        if (index.OnRelationships)
        {
            foreach (var (id, relationship) in relationships)
            {
                var before = FullTextDocument.Of(index, baseSnapshot.GetRelationship(id));
                var after = FullTextDocument.Of(index, relationship);
                if (!FullTextDocument.SameContent(before, after))
                {
                    yield return (id, before, after);
                }
            }

            yield break;
        }

        foreach (var (id, node) in nodes)
        {
            var before = FullTextDocument.Of(index, baseSnapshot.GetNode(id));
            var after = FullTextDocument.Of(index, node);
            if (!FullTextDocument.SameContent(before, after))
            {
                yield return (id, before, after);
            }
        }
    }
}
