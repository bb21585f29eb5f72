using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserUpdateTests
{
    [Fact]
    public void Create_with_several_parts()
    {
        var create = Parse.Clause<CreateClause>("CREATE (a:A {name: 'x'}), (b)-[:R {w: 1}]->(c), p = (d)");
        create.Pattern.Parts.Should().HaveCount(3);
        create.Pattern.Parts[2].Variable.Should().Be("p");
    }

    [Fact]
    public void Create_accepts_a_parameter_map_for_properties()
    {
        var create = Parse.Clause<CreateClause>("CREATE (n:Person $props)");
        create.Pattern.Parts.Single().Element.Start.Properties.Should().BeOfType<Parameter>().Which.Name.Should().Be("props");
    }

    [Fact]
    public void Merge_with_on_create_and_on_match()
    {
        var merge = Parse.Clause<MergeClause>(
            "MERGE (n:Org {id: $id}) ON CREATE SET n.created = timestamp(), n:New ON MATCH SET n += $props");
        merge.Part.Element.Start.Labels.Should().Equal("Org");
        merge.Actions.Should().HaveCount(2);
        merge.Actions[0].OnCreate.Should().BeTrue();
        merge.Actions[0].Items.Should().HaveCount(2);
        merge.Actions[1].OnCreate.Should().BeFalse();
        merge.Actions[1].Items.Single().Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeTrue();
    }

    [Fact]
    public void Set_items_of_every_kind()
    {
        var set = Parse.Clause<SetClause>("MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L1:L2, (n).d = 4", 1);
        set.Items[0].Should().BeOfType<SetPropertyItem>().Which.Target.Key.Should().Be("a");
        set.Items[1].Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeFalse();
        set.Items[2].Should().BeOfType<SetPropertiesItem>().Which.Merge.Should().BeTrue();
        set.Items[3].Should().BeOfType<SetLabelsItem>().Which.Labels.Should().Equal("L1", "L2");
        set.Items[4].Should().BeOfType<SetPropertyItem>().Which.Target.Key.Should().Be("d");
    }

    [Fact]
    public void Set_of_a_non_property_fails_at_the_assignment()
    {
        var error = Parse.StatementError("MATCH (n) SET f(n) = 1");
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position!.Value.Column.Should().Be(20);
    }

    [Fact]
    public void Remove_properties_and_labels()
    {
        var remove = Parse.Clause<RemoveClause>("MATCH (n) REMOVE n.a, n:L1:L2", 1);
        remove.Items[0].Should().BeOfType<RemovePropertyItem>().Which.Target.Key.Should().Be("a");
        remove.Items[1].Should().BeOfType<RemoveLabelsItem>().Which.Labels.Should().Equal("L1", "L2");
    }

    [Fact]
    public void Set_and_remove_take_dynamic_labels_and_property_keys()
    {
        var set = Parse.Clause<SetClause>("MATCH (n) SET n:A:$(n.name):$($labels), n[$key] = 1", 1);
        var labels = set.Items[0].Should().BeOfType<SetLabelsItem>().Which;
        labels.Labels.Should().Equal("A");
        labels.DynamicLabels.Should().HaveCount(2);
        labels.DynamicLabels[1].Should().BeOfType<Parameter>().Which.Name.Should().Be("labels");
        set.Items[1].Should().BeOfType<SetDynamicPropertyItem>().Which.Key.Should().BeOfType<Parameter>();

        var remove = Parse.Clause<RemoveClause>("MATCH (n) REMOVE n:$(labels(n)), n[k]", 1);
        remove.Items[0].Should().BeOfType<RemoveLabelsItem>().Which.DynamicLabels.Should().ContainSingle();
        remove.Items[1].Should().BeOfType<RemoveDynamicPropertyItem>();
    }

    [Fact]
    public void Patterns_take_dynamic_labels_and_types()
    {
        var match = Parse.Clause<MatchClause>("MATCH (n:A:$($label))-[r:$any($types)]->(m:$all(['B', 'C']))", 0);
        var element = match.Pattern.Parts.Single().Element;
        element.Start.Labels.Should().Equal("A");
        element.Start.DynamicLabels.Should().ContainSingle().Which.Value.Should().BeOfType<Parameter>().Which.Name.Should().Be("label");
        element.Steps[0].Relationship.Types.Should().BeEmpty();
        element.Steps[0].Relationship.DynamicTypes.Should().ContainSingle().Which.MatchesAny.Should().BeTrue();
        element.Steps[0].Node.DynamicLabels.Should().ContainSingle().Which.MatchesAny.Should().BeFalse();

        var create = Parse.Clause<CreateClause>("CREATE (n:$($labels))-[:$($type)]->(:Movie)", 0);
        create.Pattern.Parts.Single().Element.Start.DynamicLabels.Should().ContainSingle();
        create.Pattern.Parts.Single().Element.Steps[0].Relationship.DynamicTypes.Should().ContainSingle();
    }

    [Theory]
    [InlineData("MATCH (n:$(a)|B) RETURN n", 10, "UnsupportedFeature")]
    [InlineData("MATCH (n:!$(a)) RETURN n", 10, "UnsupportedFeature")]
    [InlineData("MATCH ()-[r:R|$(a)]->() RETURN r", 13, "UnsupportedFeature")]
    [InlineData("MATCH (n) WHERE n:$('A') RETURN n", 19, "UnsupportedFeature")]
    [InlineData("CREATE (n:$any(['A']))", 11, "UnexpectedSyntax")]
    [InlineData("CREATE ()-[:$any(['R'])]->()", 13, "UnexpectedSyntax")]
    public void Dynamic_labels_where_this_engine_does_not_take_them_are_named(string text, int column, string detail)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be(detail);
        error.Position!.Value.Column.Should().Be(column);
        error.Message.Should().Contain("dynamic").And.Contain("$");
    }

    [Fact]
    public void Delete_and_detach_delete()
    {
        Parse.Clause<DeleteClause>("MATCH (n)-[r]->() DELETE r, n", 1).Should()
            .Match<DeleteClause>(d => !d.Detach && d.Expressions.Length == 2);
        Parse.Clause<DeleteClause>("MATCH (n) DETACH DELETE n", 1).Detach.Should().BeTrue();
    }
}
