using GraphExplorer.Application.Export;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Export;

/// <summary>
/// Recorded differences between the backends on the schema listings the dumper reads: Neo4j 5 and the embedded engine
/// name a uniqueness constraint <c>UNIQUENESS</c>, Neo4j 2025 (Cypher 25) <c>NODE_PROPERTY_UNIQUENESS</c>; Neo4j also has
/// property type constraints and index types (point, vector) the embedded engine does not list.
/// </summary>
public sealed class GraphDumperSchemaTests
{
    [Theory]
    [InlineData("UNIQUENESS")]
    [InlineData("NODE_PROPERTY_UNIQUENESS")]
    public void A_node_uniqueness_constraint_reads_the_same_under_either_type_name(string type)
    {
        var statement = GraphDumper.ConstraintStatement(Constraint("org_key", type, "NODE", "Organization", "key"));

        statement.Should().Be("CREATE CONSTRAINT org_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE");
    }

    [Theory]
    [InlineData("RELATIONSHIP_UNIQUENESS")]
    [InlineData("RELATIONSHIP_PROPERTY_UNIQUENESS")]
    public void A_relationship_uniqueness_constraint_reads_the_same_under_either_type_name(string type)
    {
        var statement = GraphDumper.ConstraintStatement(Constraint("signed_id", type, "RELATIONSHIP", "SIGNED", "id"));

        statement.Should().Be("CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[n:SIGNED]-() REQUIRE n.id IS UNIQUE");
    }

    [Fact]
    public void A_property_type_constraint_keeps_its_type()
    {
        var record = new CypherRecord(
            ["name", "type", "entityType", "labelsOrTypes", "properties", "propertyType"],
            ["title_type", "NODE_PROPERTY_TYPE", "NODE", new List<object?> { "Agreement" }, new List<object?> { "title" }, "STRING"]);

        GraphDumper.ConstraintStatement(record).Should().Be("CREATE CONSTRAINT title_type IF NOT EXISTS FOR (n:Agreement) REQUIRE n.title IS :: STRING");
    }

    [Theory]
    [InlineData("RANGE", "CREATE INDEX org_name IF NOT EXISTS FOR (n:Organization) ON (n.name)")]
    [InlineData("TEXT", "CREATE TEXT INDEX org_name IF NOT EXISTS FOR (n:Organization) ON (n.name)")]
    public void Range_and_text_indexes_are_recreated(string type, string expected) =>
        GraphDumper.IndexStatement(Index(type)).Should().Be(expected);

    [Fact]
    public void A_full_text_index_keeps_its_labels_properties_and_the_analyzer_when_listed()
    {
        var listed = new CypherRecord(
            ["name", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint"],
            ["entity_search", "FULLTEXT", "NODE", new List<object?> { "Organization", "Place" }, new List<object?> { "searchText", "name" }, null]);
        var withOptions = new CypherRecord(
            ["name", "type", "entityType", "labelsOrTypes", "properties", "options"],
            ["notes", "FULLTEXT", "RELATIONSHIP", new List<object?> { "NOTE" }, new List<object?> { "text" },
                new Dictionary<string, object?> { ["indexConfig"] = new Dictionary<string, object?> { ["fulltext.analyzer"] = "english" } }]);

        GraphDumper.IndexStatement(listed).Should().Be(
            "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Organization|Place) ON EACH [n.searchText, n.name]");
        GraphDumper.IndexStatement(withOptions).Should().Be(
            "CREATE FULLTEXT INDEX notes IF NOT EXISTS FOR ()-[n:NOTE]-() ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}");
    }

    [Theory]
    [InlineData("POINT")]
    [InlineData("VECTOR")]
    public void Index_types_the_dump_cannot_recreate_are_refused_by_name(string type) =>
        FluentActions.Invoking(() => GraphDumper.IndexStatement(Index(type)))
            .Should().Throw<NotSupportedException>().WithMessage($"*org_name*{type}*");

    private static CypherRecord Constraint(string name, string type, string entityType, string target, string property) =>
        new(["name", "type", "entityType", "labelsOrTypes", "properties"],
            [name, type, entityType, new List<object?> { target }, new List<object?> { property }]);

    private static CypherRecord Index(string type) =>
        new(["name", "type", "entityType", "labelsOrTypes", "properties"],
            ["org_name", type, "NODE", new List<object?> { "Organization" }, new List<object?> { "name" }]);
}
