using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserSchemaTests
{
    private static T Statement<T>(string text)
        where T : Statement => CypherParser.ParseStatement(text).Should().BeOfType<T>().Subject;

    [Fact]
    public void Create_named_composite_node_index()
    {
        var index = Statement<CreateIndexStatement>("CREATE INDEX org_name IF NOT EXISTS FOR (o:Organisation) ON (o.name, o.country)");
        index.Name.Should().Be("org_name");
        index.IfNotExists.Should().BeTrue();
        index.Entity.Should().Be(SchemaEntity.Node);
        index.Variable.Should().Be("o");
        index.LabelOrType.Should().Be("Organisation");
        index.Properties.Should().Equal("name", "country");
        index.IndexType.Should().Be("RANGE");
    }

    [Theory]
    [InlineData("CREATE INDEX FOR (n:L) ON (n.p)", null, "RANGE")]
    [InlineData("create range index FOR (n:L) ON (n.p)", null, "RANGE")]
    [InlineData("CREATE TEXT INDEX t FOR (n:L) ON (n.p)", "t", "TEXT")]
    [InlineData("CREATE POINT INDEX `p i` FOR (n:L) ON (n.p)", "p i", "POINT")]
    [InlineData("CREATE INDEX IF NOT EXISTS FOR (n:L) ON (n.p)", null, "RANGE")]
    public void Index_types_and_optional_names(string text, string? name, string type)
    {
        var index = Statement<CreateIndexStatement>(text);
        index.Name.Should().Be(name);
        index.IndexType.Should().Be(type);
    }

    [Theory]
    [InlineData("CREATE INDEX rel FOR ()-[r:SIGNED]-() ON (r.date)")]
    [InlineData("CREATE INDEX rel FOR ()-[r:SIGNED]->() ON (r.date)")]
    [InlineData("CREATE INDEX rel FOR ()<-[r:SIGNED]-() ON (r.date)")]
    public void Relationship_index(string text)
    {
        var index = Statement<CreateIndexStatement>(text);
        index.Entity.Should().Be(SchemaEntity.Relationship);
        index.Variable.Should().Be("r");
        index.LabelOrType.Should().Be("SIGNED");
        index.Properties.Should().Equal("date");
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT org_id FOR (o:Org) REQUIRE o.id IS UNIQUE", ConstraintKind.Unique, new[] { "id" })]
    [InlineData("CREATE CONSTRAINT FOR (o:Org) REQUIRE (o.a, o.b) IS UNIQUE", ConstraintKind.Unique, new[] { "a", "b" })]
    [InlineData("CREATE CONSTRAINT c IF NOT EXISTS FOR (o:Org) REQUIRE o.name IS NOT NULL", ConstraintKind.NotNull, new[] { "name" })]
    [InlineData("CREATE CONSTRAINT FOR (o:Org) REQUIRE (o.a, o.b) IS NODE KEY", ConstraintKind.NodeKey, new[] { "a", "b" })]
    public void Node_constraints(string text, ConstraintKind kind, string[] properties)
    {
        var constraint = Statement<CreateConstraintStatement>(text);
        constraint.Kind.Should().Be(kind);
        constraint.Properties.Should().Equal(properties);
        constraint.Entity.Should().Be(SchemaEntity.Node);
        constraint.LabelOrType.Should().Be("Org");
    }

    /// <summary>Neo4j 5 removed the Neo4j 4 form (Cypher manual, "Deprecations, additions, and compatibility", 5.0).</summary>
    [Theory]
    [InlineData("CREATE CONSTRAINT ON (o:Org) ASSERT o.id IS UNIQUE")]
    [InlineData("CREATE CONSTRAINT FOR (o:Org) ASSERT o.id IS UNIQUE")]
    public void Neo4j_4_constraint_syntax_is_refused_with_the_Neo4j_5_form(string text)
    {
        var error = Parse.StatementError(text);
        error.Message.Should().Contain("Replace ON with FOR and ASSERT with REQUIRE");
    }

    [Fact]
    public void Relationship_constraint()
    {
        var constraint = Statement<CreateConstraintStatement>("CREATE CONSTRAINT FOR ()-[r:SIGNED]-() REQUIRE r.ref IS UNIQUE");
        constraint.Entity.Should().Be(SchemaEntity.Relationship);
        constraint.Name.Should().BeNull();
        constraint.Variable.Should().Be("r");
    }

    [Fact]
    public void Drop_index_and_constraint()
    {
        Statement<DropIndexStatement>("DROP INDEX org_name").Should().Match<DropIndexStatement>(d => d.Name == "org_name" && !d.IfExists);
        Statement<DropIndexStatement>("drop index org_name if exists").IfExists.Should().BeTrue();
        Statement<DropConstraintStatement>("DROP CONSTRAINT `c 1` IF EXISTS").Should()
            .Match<DropConstraintStatement>(d => d.Name == "c 1" && d.IfExists);
    }

    [Theory]
    [InlineData("SHOW INDEXES", false)]
    [InlineData("SHOW INDEX", false)]
    [InlineData("show all indexes", false)]
    [InlineData("SHOW CONSTRAINTS", true)]
    [InlineData("SHOW CONSTRAINT;", true)]
    public void Show_schema(string text, bool constraints)
    {
        Statement<ShowSchemaStatement>(text).Constraints.Should().Be(constraints);
    }

    [Theory]
    [InlineData("SHOW KEY CONSTRAINTS", "NODE_KEY,RELATIONSHIP_KEY")]
    [InlineData("SHOW NODE UNIQUENESS CONSTRAINTS", "UNIQUENESS")]
    [InlineData("SHOW REL EXIST CONSTRAINTS", "RELATIONSHIP_PROPERTY_EXISTENCE")]
    [InlineData("SHOW RELATIONSHIP PROPERTY TYPE CONSTRAINTS", "RELATIONSHIP_PROPERTY_TYPE")]
    [InlineData("SHOW ALL CONSTRAINTS", "")]
    public void Show_constraints_filters_by_type(string text, string types)
    {
        string.Join(",", Statement<ShowSchemaStatement>(text).ConstraintTypes).Should().Be(types);
    }

    [Fact]
    public void Show_indexes_takes_yield_where_and_return()
    {
        var show = Statement<ShowSchemaStatement>("SHOW RANGE INDEXES YIELD name, type AS kind ORDER BY name LIMIT 2 WHERE kind = 'RANGE' RETURN name");
        show.IndexType.Should().Be("RANGE");
        show.Projection.Items!.Value.Select(i => i.Variable).Should().Equal("name", "kind");
        show.Projection.Limit.Should().NotBeNull();
        show.Projection.Where.Should().NotBeNull();
        show.Projection.Return.Should().NotBeNull();
    }

    [Theory]
    [InlineData("SHOW INDEXES RETURN name", 14, "RETURN after SHOW needs YIELD")]
    [InlineData("SHOW BTREE INDEXES", 6, "Invalid input 'BTREE'")]
    public void Show_schema_mistakes(string text, int column, string message)
    {
        var error = Parse.StatementError(text);
        error.Position!.Value.Column.Should().Be(column);
        error.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("CREATE INDEX FOR (n:L) ON (m.p)", 28, "'m' is not defined here")]
    [InlineData("CREATE INDEX ON :L(p)", 14, "Invalid create index syntax, use `CREATE INDEX FOR ...` instead")]
    [InlineData("CREATE LOOKUP INDEX FOR (n) ON EACH labels(n)", 8, "LOOKUP indexes are not supported")]
    [InlineData("CREATE INDEX FOR (n:L) ON (n.p) OPTIONS {}", 33, "OPTIONS is not supported")]
    [InlineData("CREATE CONSTRAINT FOR (n:L) REQUIRE n.p IS", 43, "Unexpected end of input")]
    [InlineData("DROP INDEX", 11, "Unexpected end of input")]
    [InlineData("DROP TABLE x", 6, "Invalid input 'TABLE'")]
    [InlineData("SHOW TABLES", 6, "Invalid input 'TABLES'")]
    public void Malformed_schema_commands(string text, int column, string message)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position!.Value.Column.Should().Be(column);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Create_clause_with_a_label_named_index_is_still_a_query()
    {
        CypherParser.ParseStatement("CREATE (index:Index)").Should().BeOfType<SingleQuery>();
    }
}
