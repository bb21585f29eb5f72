using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserPatternTests
{
    private static PatternPart Part(string pattern) =>
        Parse.Clause<MatchClause>("MATCH " + pattern + " RETURN 1").Pattern.Parts.Single();

    private static RelationshipPattern Relationship(string pattern) =>
        Part(pattern).Element.Steps.Single().Relationship;

    [Theory]
    [InlineData("()", null, new string[0], false)]
    [InlineData("(n)", "n", new string[0], false)]
    [InlineData("(:A)", null, new[] { "A" }, false)]
    [InlineData("(n:A:B {x: 1})", "n", new[] { "A", "B" }, true)]
    [InlineData("(`my var`:`My Label`)", "my var", new[] { "My Label" }, false)]
    public void Node_patterns(string pattern, string? variable, string[] labels, bool hasProperties)
    {
        var node = Part(pattern).Element.Start;
        node.Variable.Should().Be(variable);
        node.Labels.Should().Equal(labels);
        (node.Properties is MapLiteral).Should().Be(hasProperties);
    }

    [Theory]
    [InlineData("(a)-->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<--(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)--(b)", RelationshipDirection.Both)]
    [InlineData("(a)<-->(b)", RelationshipDirection.Both)]
    [InlineData("(a)-[r]->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<-[r]-(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)-[r]-(b)", RelationshipDirection.Both)]
    [InlineData("(a)\u2014[r]\u2014(b)", RelationshipDirection.Both)]
    [InlineData("(a)\u27E8\u2212[r]\u2212(b)", RelationshipDirection.Incoming)]
    public void Relationship_directions(string pattern, RelationshipDirection direction)
    {
        Relationship(pattern).Direction.Should().Be(direction);
    }

    [Theory]
    [InlineData("(a)-[:A]->(b)", new[] { "A" })]
    [InlineData("(a)-[r:A|B]->(b)", new[] { "A", "B" })]
    [InlineData("(a)-[:A|:B|C]->(b)", new[] { "A", "B", "C" })]
    [InlineData("(a)-[r]->(b)", new string[0])]
    public void Relationship_types_are_alternatives(string pattern, string[] types)
    {
        Relationship(pattern).Types.Should().Equal(types);
    }

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2, 2)]
    [InlineData("*1..3", 1, 3)]
    [InlineData("*..3", null, 3)]
    [InlineData("*2..", 2, null)]
    [InlineData("*0..", 0, null)]
    [InlineData("* 1 .. 3", 1, 3)]
    public void Variable_lengths(string range, int? min, int? max)
    {
        var relationship = Relationship($"(a)-[r:T{range} {{w: 1}}]->(b)");
        relationship.Length.Should().NotBeNull();
        relationship.Length!.Min.Should().Be(min);
        relationship.Length.Max.Should().Be(max);
        relationship.Properties.Should().BeOfType<MapLiteral>();
    }

    [Fact]
    public void Single_hop_has_no_length()
    {
        Relationship("(a)-[r:T]->(b)").Length.Should().BeNull();
    }

    [Fact]
    public void Long_chains_keep_order()
    {
        var element = Part("(a)-[:X]->(b)<-[:Y]-(c)--(d)").Element;
        element.Steps.Select(s => s.Node.Variable).Should().Equal("b", "c", "d");
        element.Steps.Select(s => s.Relationship.Types.FirstOrDefault()).Should().Equal("X", "Y", null);
    }

    [Fact]
    public void Named_paths_and_shortest_paths()
    {
        var part = Part("p = shortestPath((a)-[*..5]-(b))");
        part.Variable.Should().Be("p");
        part.Selector.Should().Be(PathSelector.ShortestPath);
        Part("p = allShortestPaths((a)-[*]-(b))").Selector.Should().Be(PathSelector.AllShortestPaths);
        Part("p = (a)-->(b)").Selector.Should().Be(PathSelector.All);
    }

    [Fact]
    public void Parenthesised_chain()
    {
        Part("p = ((a)-->(b))").Element.Steps.Should().ContainSingle();
    }

    [Fact]
    public void Spans_of_pattern_pieces()
    {
        // MATCH (a)-[r:T]->(b)
        // 0123456789012345678901
        var element = Parse.Clause<MatchClause>("MATCH (a)-[r:T]->(b) RETURN a").Pattern.Parts.Single().Element;
        element.Span.Should().Be(new SourceSpan(6, 20, 1, 7));
        element.Start.Span.Should().Be(new SourceSpan(6, 9, 1, 7));
        element.Steps[0].Relationship.Span.Should().Be(new SourceSpan(9, 17, 1, 10));
        element.Steps[0].Node.Span.Should().Be(new SourceSpan(17, 20, 1, 18));
    }

    [Theory]
    [InlineData("MATCH (n $param) RETURN n", 10)]
    [InlineData("MATCH ()-[r:FOO $param]->() RETURN r", 17)]
    [InlineData("MERGE (n $param)", 10)]
    [InlineData("MERGE (a)-[r:FOO $param]->(b)", 18)]
    [InlineData("MATCH (n) WHERE (n)-->(m $p) RETURN n", 26)]
    [InlineData("RETURN [(n)-[r $p]->() | r]", 16)]
    public void Parameter_maps_are_not_allowed_in_match_and_merge(string text, int column)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("InvalidParameterUse");
        error.Position!.Value.Column.Should().Be(column);
    }

    [Theory]
    [InlineData("MATCH (a)-[:LIKES..]->(c) RETURN c", 18)]
    [InlineData("MATCH (a)-[:LIKES*-2]->(c) RETURN c", 19)]
    [InlineData("MATCH (a)-[:LIKES 2]->(c) RETURN c", 19)]
    [InlineData("MATCH (a)-[:LIKES*1.5]->(c) RETURN c", 19)]
    [InlineData("MATCH (a)-[*99999999999]->(c) RETURN c", 13)]
    public void Malformed_lengths_are_invalid_relationship_patterns(string text, int column)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("InvalidRelationshipPattern");
        error.Position!.Value.Column.Should().Be(column);
    }

    [Theory]
    [InlineData("MATCH (a)-[r->(b) RETURN a", "Invalid input '-'")]
    [InlineData("MATCH (a)-(b) RETURN a", "Invalid input '('")]
    [InlineData("MATCH (a:) RETURN a", "Invalid input ')'")]
    [InlineData("MATCH a RETURN a", "Invalid input 'a'")]
    public void Malformed_patterns_say_what_was_found(string text, string message)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("MATCH DIFFERENT RELATIONSHIPS (a)-->(b) RETURN a", "UnexpectedSyntax")]
    [InlineData("MATCH REPEATABLE ELEMENTS (a)-->(b) RETURN a", "UnexpectedSyntax")]
    [InlineData("CYPHER 5 OPTIONAL MATCH DIFFERENT RELATIONSHIPS (a) RETURN a", "UnexpectedSyntax")]
    [InlineData("CYPHER 25 MATCH REPEATABLE ELEMENT (a)-->(b) RETURN a", "UnsupportedFeature")]
    public void Match_modes_are_Cypher_25_only(string text, string detail)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be(detail);
        error.Message.Should().Contain(detail == "UnexpectedSyntax" ? "Cypher 25" : "REPEATABLE ELEMENTS");
    }

    [Fact]
    public void Different_relationships_under_Cypher_25_is_the_default_match()
    {
        var match = Parse.Clause<MatchClause>("CYPHER 25 MATCH DIFFERENT RELATIONSHIPS (a)-->(b) RETURN a");
        match.Pattern.Parts.Single().Element.Steps.Should().ContainSingle();
        Parse.Clause<MatchClause>("MATCH (different)-->(b) RETURN b").Pattern.Parts.Single().Element.Start.Variable.Should().Be("different");
    }
}
