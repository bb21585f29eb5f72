using System.Globalization;
using System.Text;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Export;

/// <summary>
/// Writes the whole graph as a Cypher script that the loader reads back into an empty database (embedded or Neo4j)
/// with nothing lost: the schema first (constraints, then the indexes they do not own), then every node with all its
/// labels and properties, then every relationship with its properties.
/// </summary>
/// <remarks>
/// Nodes are created with a temporary label <c>_DumpNode</c> and id <c>_dumpId</c> (indexed for the duration of the
/// script), relationships find their ends through it, and the last statements remove both: the portable way to join
/// nodes that may have no key. Statements batch rows with <c>UNWIND</c> (<see cref="BatchSize"/> rows each). The
/// output is deterministic: nodes and relationships in the order of their canonical text, so two dumps of equal
/// graphs are equal files. The first line is <see cref="Header"/>, which tells the loader that the file restores a
/// graph: it carries its own lineage properties, so the loader does not stamp it as a new batch.
/// Memory: the whole graph is read into memory (the embedded engine's results are materialised anyway).
/// </remarks>
public sealed class GraphDumper(IGraphDatabase database)
{
    public const string Header = "// graphexplorer-dump v1";
    public const string DumpLabel = "_DumpNode";
    public const string DumpIdProperty = "_dumpId";
    public const string DumpIndex = "graphexplorer_dump_node_id";
    public const int BatchSize = 500;

    public Task<DumpSummary> DumpAsync(TextWriter output, CancellationToken cancellationToken = default) =>
        DumpAsync(output, include: null, cancellationToken);

    /// <summary>Writes the nodes <paramref name="include"/> accepts (all when null) and the relationships between them:
    /// e.g. the facts without the history (audit entries, undo records), to compare two states of the data alone.</summary>
    public async Task<DumpSummary> DumpAsync(TextWriter output, Func<CypherNode, bool>? include, CancellationToken cancellationToken = default)
    {
        await using var session = database.OpenSession(SessionOptions.System);
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Read, cancellationToken);
        var constraints = await transaction.RunAsync("SHOW CONSTRAINTS", null, cancellationToken);
        var indexes = await transaction.RunAsync("SHOW INDEXES", null, cancellationToken);
        var nodes = (await transaction.RunAsync("MATCH (n) RETURN n", null, cancellationToken)).Select(r => r.Get<CypherNode>("n")).ToList();
        var relationships = (await transaction.RunAsync("MATCH ()-[r]->() RETURN r", null, cancellationToken)).Select(r => r.Get<CypherRelationship>("r")).ToList();
        await transaction.CommitAsync(cancellationToken);
        if (include is not null)
        {
            nodes = [.. nodes.Where(include)];
            var kept = nodes.Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal);
            relationships = [.. relationships.Where(r => kept.Contains(r.StartElementId) && kept.Contains(r.EndElementId))];
        }

        await output.WriteLineAsync(Header);
        await output.WriteLineAsync($"// {nodes.Count} nodes, {relationships.Count} relationships. Load into an empty database with `load <this file>`.");
        await output.WriteLineAsync();
        var schemaStatements = 0;
        foreach (var constraint in constraints.OrderBy(r => r.Get<string>("name"), StringComparer.Ordinal))
        {
            await output.WriteLineAsync(ConstraintStatement(constraint) + ";");
            schemaStatements++;
        }

        foreach (var index in indexes.Where(r => r["owningConstraint"] is null && r.Get<string>("type") != "LOOKUP").OrderBy(r => r.Get<string>("name"), StringComparer.Ordinal))
        {
            await output.WriteLineAsync(IndexStatement(index) + ";");
            schemaStatements++;
        }

        await output.WriteLineAsync($"CREATE INDEX {DumpIndex} IF NOT EXISTS FOR (n:{DumpLabel}) ON (n.{DumpIdProperty});");
        await output.WriteLineAsync();

        var ordered = nodes.Select(n => (Node: n, Text: NodeText(n))).OrderBy(n => n.Text, StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            ids[ordered[i].Node.ElementId] = i;
        }

        foreach (var group in ordered.GroupBy(n => string.Join(':', n.Node.Labels.Order(StringComparer.Ordinal).Select(CypherLiteral.Name))))
        {
            var labels = group.Key.Length == 0 ? "" : ":" + group.Key;
            foreach (var chunk in group.Chunk(BatchSize))
            {
                var builder = new StringBuilder("UNWIND [\n");
                for (var i = 0; i < chunk.Length; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"  {{id: {ids[chunk[i].Node.ElementId]}, props: ");
                    CypherLiteral.AppendMap(builder, chunk[i].Node.Properties);
                    builder.Append(i + 1 < chunk.Length ? "},\n" : "}\n");
                }

                builder.Append(CultureInfo.InvariantCulture, $"] AS row\nCREATE (n:{DumpLabel}{labels})\nSET n = row.props, n.{DumpIdProperty} = row.id;");
                await output.WriteLineAsync(builder.ToString());
            }
        }

        var orderedRelationships = relationships
            .Select(r => (Relationship: r, Start: ids[r.StartElementId], End: ids[r.EndElementId], Props: CypherLiteral.Write(r.Properties)))
            .OrderBy(r => r.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Start)
            .ThenBy(r => r.End)
            .ThenBy(r => r.Props, StringComparer.Ordinal)
            .ToList();
        foreach (var group in orderedRelationships.GroupBy(r => r.Relationship.Type))
        {
            foreach (var chunk in group.Chunk(BatchSize))
            {
                var builder = new StringBuilder("UNWIND [\n");
                for (var i = 0; i < chunk.Length; i++)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"  {{start: {chunk[i].Start}, end: {chunk[i].End}, props: {chunk[i].Props}");
                    builder.Append(i + 1 < chunk.Length ? "},\n" : "}\n");
                }

                builder.Append(CultureInfo.InvariantCulture,
                    $"] AS row\nMATCH (a:{DumpLabel} {{{DumpIdProperty}: row.start}})\nMATCH (b:{DumpLabel} {{{DumpIdProperty}: row.end}})\n" +
                    $"CREATE (a)-[r:{CypherLiteral.Name(group.Key)}]->(b)\nSET r = row.props;");
                await output.WriteLineAsync(builder.ToString());
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"MATCH (n:{DumpLabel}) REMOVE n:{DumpLabel}, n.{DumpIdProperty};");
        await output.WriteLineAsync($"DROP INDEX {DumpIndex} IF EXISTS;");
        return new DumpSummary(nodes.Count, relationships.Count, schemaStatements);
    }

    /// <summary>The canonical text of a node: sorted labels and its properties (sorted keys).</summary>
    public static string NodeText(CypherNode node) =>
        string.Join(':', node.Labels.Order(StringComparer.Ordinal)) + " " + CypherLiteral.Write(node.Properties);

    /// <summary>
    /// The statement that recreates a constraint listed by <c>SHOW CONSTRAINTS</c>. Reads the type names of Neo4j 5
    /// (<c>UNIQUENESS</c>, <c>RELATIONSHIP_UNIQUENESS</c>) and of Neo4j 2025 / Cypher 25 (<c>NODE_PROPERTY_UNIQUENESS</c>,
    /// <c>RELATIONSHIP_PROPERTY_UNIQUENESS</c>) alike, and property type constraints from their <c>propertyType</c>.
    /// </summary>
    internal static string ConstraintStatement(CypherRecord constraint)
    {
        var name = CypherLiteral.Name(constraint.Get<string>("name"));
        var relationship = constraint.Get<string>("entityType") == "RELATIONSHIP";
        var target = GraphQueries.Strings(constraint["labelsOrTypes"]).Single();
        var properties = GraphQueries.Strings(constraint["properties"]).Select(p => "n." + CypherLiteral.Name(p)).ToList();
        var pattern = relationship ? $"()-[n:{CypherLiteral.Name(target)}]-()" : $"(n:{CypherLiteral.Name(target)})";
        var property = properties.Count == 1 ? properties[0] : $"({string.Join(", ", properties)})";
        var requirement = constraint.Get<string>("type") switch
        {
            "UNIQUENESS" or "RELATIONSHIP_UNIQUENESS" or "NODE_PROPERTY_UNIQUENESS" or "RELATIONSHIP_PROPERTY_UNIQUENESS" => "IS UNIQUE",
            "NODE_KEY" or "RELATIONSHIP_KEY" => relationship ? "IS RELATIONSHIP KEY" : "IS NODE KEY",
            "NODE_PROPERTY_EXISTENCE" or "RELATIONSHIP_PROPERTY_EXISTENCE" => "IS NOT NULL",
            "NODE_PROPERTY_TYPE" or "RELATIONSHIP_PROPERTY_TYPE" when constraint.ContainsKey("propertyType") && constraint["propertyType"] is string type => "IS :: " + type,
            var other => throw new NotSupportedException($"Constraint {name} of type {other} cannot be dumped."),
        };
        return $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR {pattern} REQUIRE {property} {requirement}";
    }

    /// <summary>
    /// The statement that recreates an index listed by <c>SHOW INDEXES</c> (range, text and full-text indexes; Neo4j's
    /// point and vector indexes have other options, and are refused rather than dumped wrongly).
    /// </summary>
    internal static string IndexStatement(CypherRecord index)
    {
        if (index.Get<string>("type") == "FULLTEXT")
        {
            return FullTextIndexStatement(index);
        }

        var name = CypherLiteral.Name(index.Get<string>("name"));
        var relationship = index.Get<string>("entityType") == "RELATIONSHIP";
        var target = CypherLiteral.Name(GraphQueries.Strings(index["labelsOrTypes"]).Single());
        var properties = string.Join(", ", GraphQueries.Strings(index["properties"]).Select(p => "n." + CypherLiteral.Name(p)));
        var kind = index.Get<string>("type") switch
        {
            "RANGE" or "BTREE" => "",
            "TEXT" => "TEXT ",
            var other => throw new NotSupportedException($"Index {name} of type {other} cannot be dumped."),
        };
        var pattern = relationship ? $"()-[n:{target}]-()" : $"(n:{target})";
        return $"CREATE {kind}INDEX {name} IF NOT EXISTS FOR {pattern} ON ({properties})";
    }

    /// <summary>
    /// A full-text index: its labels or types and properties, and its analyzer when the row has the <c>options</c>
    /// column (Neo4j's <c>SHOW INDEXES YIELD *</c>). <c>SHOW INDEXES</c> alone does not list options, so an index dumped
    /// from it comes back with the default analyzer; the seed's search index uses that one.
    /// </summary>
    private static string FullTextIndexStatement(CypherRecord index)
    {
        var name = CypherLiteral.Name(index.Get<string>("name"));
        var targets = string.Join("|", GraphQueries.Strings(index["labelsOrTypes"]).Select(CypherLiteral.Name));
        var properties = string.Join(", ", GraphQueries.Strings(index["properties"]).Select(p => "n." + CypherLiteral.Name(p)));
        var pattern = index.Get<string>("entityType") == "RELATIONSHIP" ? $"()-[n:{targets}]-()" : $"(n:{targets})";
        var analyzer = index.ContainsKey("options")
            && index["options"] is IReadOnlyDictionary<string, object?> options
            && options.GetValueOrDefault("indexConfig") is IReadOnlyDictionary<string, object?> config
            && config.GetValueOrDefault("fulltext.analyzer") is string configured
                ? $" OPTIONS {{indexConfig: {{`fulltext.analyzer`: {CypherLiteral.Write(configured)}}}}}"
                : "";
        return $"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR {pattern} ON EACH [{properties}]{analyzer}";
    }
}

/// <summary>What a dump wrote.</summary>
public sealed record DumpSummary(int Nodes, int Relationships, int SchemaStatements);
