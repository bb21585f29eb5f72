using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// Neo4j 5's built-in procedures that describe the database rather than query it (Operations manual 5, "Procedures":
/// <c>db.ping</c>, <c>db.awaitIndexes</c>, <c>db.schema.nodeTypeProperties</c>, <c>db.schema.relTypeProperties</c>,
/// <c>db.schema.visualization</c> in <see cref="SchemaVisualization"/>).
/// The property schema is derived from the data itself, every node and relationship read (Neo4j samples its count
/// store and data; on the graphs this engine holds a full read is exact and affordable).
/// </summary>
internal static class SchemaProcedures
{
    public static IReadOnlyList<ProcedureDefinition> All { get; } =
    [
        // "Always returns true": a call that reaches the procedure proves the connection works.
        new("db.ping", [], [("success", "BOOLEAN")], (_, _) => [[true]]),

        // Indexes are built within the statement that creates them, so all are online by the time this runs.
        new("db.awaitIndexes", [("timeOutSeconds", "INTEGER?")], [], (_, _) => []) { OptionalInputs = 1 },

        new("db.schema.nodeTypeProperties", [],
            [("nodeType", "STRING"), ("nodeLabels", "LIST<STRING>"), ("propertyName", "STRING"), ("propertyTypes", "LIST<STRING>"), ("mandatory", "BOOLEAN")],
            (ctx, _) => NodeTypeProperties(ctx.Graph)),

        new("db.schema.relTypeProperties", [],
            [("relType", "STRING"), ("propertyName", "STRING"), ("propertyTypes", "LIST<STRING>"), ("mandatory", "BOOLEAN")],
            (ctx, _) => RelTypeProperties(ctx.Graph)),

        SchemaVisualization.Definition,
    ];

    /// <summary>
    /// One row per label combination (<c>nodeType</c> ":`A`:`B`", labels in order) and property key seen on its nodes, the
    /// property mandatory when every such node has it; a combination whose nodes have no property at all has one row
    /// with a null property. Nodes without labels have no node type and are left out.
    /// </summary>
    private static List<object?[]> NodeTypeProperties(IGraphReader graph)
    {
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var node in graph.AllNodes())
        {
            if (node.Labels.Length == 0)
            {
                continue;
            }

            var labels = node.Labels.Order(StringComparer.Ordinal).ToArray();
            var key = string.Concat(labels.Select(l => ":" + Quoted(l)));
            if (!categories.TryGetValue(key, out var category))
            {
                categories[key] = category = new Category(labels);
            }

            category.Observe(node.Properties);
        }

        return [.. categories.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Value.Rows().Select(row =>
            new object?[] { c.Key, c.Value.Labels.ToList<object?>(), row.Property, row.Types, row.Mandatory }))];
    }

    /// <summary>One row per relationship type (<c>relType</c> ":`T`") and property key, as <see cref="NodeTypeProperties"/>.</summary>
    private static List<object?[]> RelTypeProperties(IGraphReader graph)
    {
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var relationship in AllRelationships(graph))
        {
            var key = ":" + Quoted(relationship.Type);
            if (!categories.TryGetValue(key, out var category))
            {
                categories[key] = category = new Category([relationship.Type]);
            }

            category.Observe(relationship.Properties);
        }

        return [.. categories.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Value.Rows().Select(row =>
            new object?[] { c.Key, row.Property, row.Types, row.Mandatory }))];
    }

    /// <summary>Each relationship once, from its start node's outgoing entries.</summary>
    internal static IEnumerable<RelationshipRecord> AllRelationships(IGraphReader graph)
    {
        foreach (var node in graph.AllNodes())
        {
            foreach (var id in OutgoingIds(node))
            {
                if (graph.GetRelationship(id) is { Deleted: false } relationship)
                {
                    yield return relationship;
                }
            }
        }
    }

    private static long[] OutgoingIds(NodeRecord node)
    {
        var ids = new long[node.OutgoingCount];
        var entries = node.OutgoingEntries;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = entries[i].RelationshipId;
        }

        return ids;
    }

    /// <summary>
    /// The name Neo4j gives a stored value's type in these procedures: its Java storage type (<c>String</c>, <c>Long</c>,
    /// <c>Double</c>, <c>Boolean</c>, <c>Date</c>, <c>DateTime</c>, <c>Point</c>, …), arrays as <c>StringArray</c> and the like.
    /// An empty list has no element to name a type by and adds none.
    /// </summary>
    private static string? StorageTypeName(object value) => value switch
    {
        IReadOnlyList<object?> { Count: 0 } => null,
        IReadOnlyList<object?> list when list[0] is { } first => StorageTypeName(first) + "Array",
        long => "Long",
        double => "Double",
        _ => CypherValues.TypeName(value),
    };

    private static string Quoted(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>The entities of one node type or relationship type seen so far: how many, and per property key how many had it and with which types.</summary>
    private sealed class Category(string[] labels)
    {
        private readonly SortedDictionary<string, (long Count, SortedSet<string> Types)> properties = new(StringComparer.Ordinal);
        private long entities;

        public string[] Labels { get; } = labels;

        public void Observe(PropertyMap map)
        {
            entities++;
            foreach (var (key, value) in map.Entries)
            {
                if (!properties.TryGetValue(key, out var seen))
                {
                    seen = (0, new SortedSet<string>(StringComparer.Ordinal));
                }

                if (StorageTypeName(value) is { } type)
                {
                    seen.Types.Add(type);
                }

                properties[key] = (seen.Count + 1, seen.Types);
            }
        }

        public IEnumerable<(string? Property, List<object?>? Types, bool Mandatory)> Rows() =>
            properties.Count == 0
                ? [(null, null, false)]
                : properties.Select(p => ((string?)p.Key, (List<object?>?)[.. p.Value.Types], p.Value.Count == entities));
    }
}
