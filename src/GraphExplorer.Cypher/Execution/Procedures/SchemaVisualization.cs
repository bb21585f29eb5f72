using System.Globalization;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// <c>db.schema.visualization()</c> (Operations manual 5, "Procedures" › db.schema.visualization): one virtual node per
/// label in use, its properties <c>name</c> (the label), <c>indexes</c> (the properties of each index on the label, as
/// Neo4j lists them: one entry per index, composite properties joined by ",") and <c>constraints</c> (Neo4j's
/// description of each constraint on the label); one virtual relationship per relationship type and pair of labels it
/// actually connects, its property <c>name</c> (the type). Virtual entities have negative ids, as Neo4j's do, so that a
/// Browser-style client draws them without confusing them with stored ones.
/// </summary>
internal static class SchemaVisualization
{
    public static ProcedureDefinition Definition { get; } = new("db.schema.visualization", [],
        [("nodes", "LIST<NODE>"), ("relationships", "LIST<RELATIONSHIP>")],
        (ctx, _) => [Visualize(ctx.Graph)]);

    private static object?[] Visualize(IGraphReader graph)
    {
        var labels = graph.LabelsInUse().Order(StringComparer.Ordinal).ToList();
        var nodeIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<object?>();
        foreach (var label in labels)
        {
            nodeIds[label] = (-(nodeIds.Count + 1)).ToString(CultureInfo.InvariantCulture);
            nodes.Add(new CypherNode(nodeIds[label], [label], new Dictionary<string, object?>
            {
                ["name"] = label,
                ["indexes"] = graph.Schema.Indexes.Where(i => !i.OnRelationships && i.LabelOrType == label && i.Properties.Length > 0)
                    .Select(i => (object?)string.Join(",", i.Properties)).ToList(),
                ["constraints"] = graph.Schema.Constraints.Where(c => !c.OnRelationships && c.LabelOrType == label)
                    .Select(c => (object?)Describe(c)).ToList(),
            }));
        }

        var connections = new SortedSet<(string Start, string Type, string End)>();
        foreach (var relationship in SchemaProcedures.AllRelationships(graph))
        {
            var start = graph.GetNode(relationship.StartNodeId)?.Labels ?? [];
            var end = graph.GetNode(relationship.EndNodeId)?.Labels ?? [];
            foreach (var from in start)
            {
                foreach (var to in end)
                {
                    connections.Add((from, relationship.Type, to));
                }
            }
        }

        var relationships = connections.Select((c, i) => (object?)new CypherRelationship(
            (-(i + 1)).ToString(CultureInfo.InvariantCulture), c.Type, nodeIds[c.Start], nodeIds[c.End],
            new Dictionary<string, object?> { ["name"] = c.Type })).ToList();
        return [nodes, relationships];
    }

    /// <summary>A constraint as Neo4j 5 describes it in the schema visualization: its name, type and schema.</summary>
    private static string Describe(ConstraintDefinition constraint)
    {
        var type = constraint.Kind switch
        {
            "UNIQUE" => "UNIQUENESS",
            "NODE KEY" => "NODE_KEY",
            "NOT NULL" => "NODE_PROPERTY_EXISTENCE",
            _ => "NODE_PROPERTY_TYPE",
        };
        return $"Constraint( name='{constraint.Name}', type='{type}', schema=(:{constraint.LabelOrType} {{{string.Join(", ", constraint.Properties)}}}) )";
    }
}
