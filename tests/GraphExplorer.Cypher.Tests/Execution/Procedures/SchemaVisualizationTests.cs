using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Execution.Procedures;

/// <summary>
/// <c>db.schema.visualization()</c> (Operations manual 5, "Procedures"): a virtual node per label with its indexes and
/// constraints, a virtual relationship per type between the labels it connects.
/// </summary>
public sealed class SchemaVisualizationTests
{
    [Fact]
    public void One_node_per_label_and_one_relationship_per_type_between_the_labels_it_connects()
    {
        var db = new TestDatabase();
        db.Run("CREATE (a:Person {name: 'Ada'})-[:WORKS_AT]->(:Org), (a)-[:KNOWS]->(:Person), (:Place)");
        db.Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        db.Run("CREATE CONSTRAINT org_key FOR (o:Org) REQUIRE o.key IS UNIQUE");

        var row = db.Run("CALL db.schema.visualization()").Single();

        var nodes = ((IReadOnlyList<object?>)row["nodes"]!).Cast<CypherNode>().ToList();
        nodes.Select(n => n.Labels.Single()).Should().Equal("Org", "Person", "Place");
        nodes.Should().OnlyContain(n => n.ElementId.StartsWith('-'), "virtual nodes have negative ids");
        var person = nodes.Single(n => n.Labels[0] == "Person");
        person.Properties["name"].Should().Be("Person");
        person.Properties["indexes"].Should().BeEquivalentTo(new List<object?> { "name" });
        var org = nodes.Single(n => n.Labels[0] == "Org");
        org.Properties["constraints"].Should().BeEquivalentTo(new List<object?> { "Constraint( name='org_key', type='UNIQUENESS', schema=(:Org {key}) )" });

        var relationships = ((IReadOnlyList<object?>)row["relationships"]!).Cast<CypherRelationship>().ToList();
        relationships.Select(r => (r.Type, Start: nodes.Single(n => n.ElementId == r.StartElementId).Labels[0], End: nodes.Single(n => n.ElementId == r.EndElementId).Labels[0]))
            .Should().BeEquivalentTo([("KNOWS", "Person", "Person"), ("WORKS_AT", "Person", "Org")]);
        relationships.Should().OnlyContain(r => (string)r.Properties["name"]! == r.Type);
    }

    [Fact]
    public void An_empty_database_has_an_empty_schema()
    {
        var row = new TestDatabase().Run("CALL db.schema.visualization() YIELD nodes, relationships RETURN size(nodes) AS n, size(relationships) AS r").Single();
        (row["n"], row["r"]).Should().Be(((object?)0L, (object?)0L));
    }
}
