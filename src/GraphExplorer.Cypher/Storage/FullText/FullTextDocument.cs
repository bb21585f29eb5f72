using System.Collections;
using System.Globalization;
using Lucene.Net.Documents;

namespace GraphExplorer.Cypher.Storage.FullText;

/// <summary>One indexed text: the property it came from and its value (one per element of a LIST&lt;STRING&gt;).</summary>
internal readonly record struct FullTextField(string Property, string Text);

/// <summary>
/// What a full-text index holds of one entity: the STRING values (and the strings of LIST values) of the index's
/// properties, as Neo4j indexes them; other value types are not indexed. An entity with none of them is not in the index.
/// The Lucene document adds the entity id, as an indexed term (to replace or delete it) and as a doc value (to read hits
/// without loading stored fields).
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class FullTextDocument
{
    /// <summary>Field of the id term; not a legal Cypher property key without backticks, so it cannot meet a property's field.</summary>
    public const string IdField = "\u0000id";

    public const string IdValueField = "\u0000idValue";

    /// <summary>The texts of a node, or null when the index does not hold it.</summary>
    public static IReadOnlyList<FullTextField>? Of(FullTextIndexDefinition index, NodeRecord? node) =>
        node is not null && index.Covers(node) ? Texts(index, node.Properties) : null;

    public static IReadOnlyList<FullTextField>? Of(FullTextIndexDefinition index, RelationshipRecord? relationship) =>
        relationship is not null && index.Covers(relationship) ? Texts(index, relationship.Properties) : null;

    public static bool SameContent(IReadOnlyList<FullTextField>? before, IReadOnlyList<FullTextField>? after) =>
        before is null ? after is null : after is not null && before.SequenceEqual(after);

    public static Document ToLucene(long id, IReadOnlyList<FullTextField> texts)
    {
        var document = new Document
        {
            new StringField(IdField, IdTerm(id), Field.Store.NO),
            new NumericDocValuesField(IdValueField, id),
        };
        foreach (var (property, text) in texts)
        {
            document.Add(new TextField(property, text, Field.Store.NO));
        }

        return document;
    }

    public static string IdTerm(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<FullTextField>? Texts(FullTextIndexDefinition index, PropertyMap properties)
    {
        List<FullTextField>? texts = null;
        foreach (var property in index.Properties)
        {
            switch (properties.Get(property))
            {
                case string text:
                    (texts ??= []).Add(new FullTextField(property, text));
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is string element)
                        {
                            (texts ??= []).Add(new FullTextField(property, element));
                        }
                    }

                    break;
            }
        }

        return texts;
    }
}
