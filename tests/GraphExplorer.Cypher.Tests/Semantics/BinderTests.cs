using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Tests.Syntax;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Semantics;

/// <summary>The binder on its own, without a database: the slots and scopes it gives and the errors it raises, with their position.</summary>
public sealed class BinderTests
{
    private static (Binder Binder, Pattern Pattern) MatchPattern(string query) =>
        (new Binder(query), Parse.Clause<MatchClause>(query).Pattern);

    [Fact]
    public void A_pattern_gives_each_new_variable_its_own_slot_and_anonymous_ones_hidden_names()
    {
        var (binder, pattern) = MatchPattern("MATCH p = (a)-[r:KNOWS]->()<-[]-(a) RETURN p");
        var bound = binder.BindPattern(pattern, Scope.Empty, allowNewVariables: true);

        var nodes = bound.Nodes.Should().ContainSingle().Subject;
        nodes.Select(n => n.Info.Name).Should().HaveCount(3);
        nodes[0].Info.Should().BeSameAs(nodes[2].Info, "a node named twice is one variable");
        nodes[1].Info.Name.Should().StartWith("  ", "an anonymous node's name cannot be written in a query");
        bound.Relationships[0].Select(r => r.Info.Kind).Should().Equal(VariableKind.Relationship, VariableKind.Relationship);
        bound.Scope.Find("p")!.Kind.Should().Be(VariableKind.Path);
        bound.Scope.Variables.Select(v => v.Slot).Should().OnlyHaveUniqueItems();
        binder.Slots.Count.Should().Be(bound.Scope.Variables.Count);
    }

    [Fact]
    public void A_variable_bound_before_keeps_its_slot_and_is_marked_as_bound()
    {
        var (binder, pattern) = MatchPattern("MATCH (a)-[r]->(b) RETURN a");
        var before = Scope.Empty.With(binder.Declare("r", VariableKind.Relationship)).With(binder.Declare("a", VariableKind.Node));
        var bound = binder.BindPattern(pattern, before, allowNewVariables: true);

        bound.Nodes[0][0].Info.Should().BeSameAs(before.Find("a"));
        bound.Relationships[0][0].BoundBefore.Should().BeTrue();
        bound.Nodes[0][1].Info.Slot.Should().Be(2, "only b is new");
    }

    [Fact]
    public void A_node_variable_used_as_a_relationship_is_refused_where_it_is_written()
    {
        var query = "MATCH (a)-[a]->(b) RETURN a";
        var (binder, pattern) = MatchPattern(query);
        var error = FluentActions.Invoking(() => binder.BindPattern(pattern, Scope.Empty, allowNewVariables: true))
            .Should().Throw<CypherException>().Which;

        error.Detail.Should().Be("VariableTypeConflict");
        error.Phase.Should().Be(CypherErrorPhase.CompileTime);
        var relationship = pattern.Parts[0].Element.Steps[0].Relationship;
        error.Position.Should().Be(relationship.Span.Position, "the error points at the relationship, not at the node (a)");
        error.Position!.Value.Column.Should().BeGreaterThan(query.IndexOf("(a)", StringComparison.Ordinal) + 1);
        error.Message.Should().Contain($"line 1, column {relationship.Span.Column}");
    }

    [Fact]
    public void A_pattern_predicate_may_not_introduce_variables()
    {
        var (binder, pattern) = MatchPattern("MATCH (a)-->(b) RETURN a");
        var scope = Scope.Empty.With(binder.Declare("a", VariableKind.Node));

        FluentActions.Invoking(() => binder.BindPattern(pattern, scope, allowNewVariables: false))
            .Should().Throw<CypherException>().Which.Detail.Should().Be("UndefinedVariable");
    }

    [Fact]
    public void Projection_items_expand_the_star_in_name_order_and_the_scope_keeps_what_is_known()
    {
        var query = "MATCH (b), (a) RETURN *, 1 AS one";
        var binder = new Binder(query);
        var scope = Scope.Empty.With(binder.Declare("b", VariableKind.Node)).With(binder.Declare("a", VariableKind.Node));
        var body = Parse.Clause<ReturnClause>(query, 1).Body;

        var items = Binder.ProjectionItems(body, scope, isReturn: true, out var missingAlias);
        items.Select(i => i.Name).Should().Equal("a", "b", "one");
        missingAlias.Should().BeNull();

        var projected = Binder.ProjectedScope(items, [10, 11, 12], scope);
        projected.Find("a").Should().Be(new VariableInfo("a", 10, VariableKind.Node, CypherType.Node));
        projected.Find("one").Should().Be(new VariableInfo("one", 12, VariableKind.Value, CypherType.Integer));
    }

    [Fact]
    public void A_variable_outside_the_aggregate_must_be_a_grouping_key()
    {
        var query = "MATCH (a) RETURN a.x AS x, a.y + count(*) AS n";
        var binder = new Binder(query);
        var scope = Scope.Empty.With(binder.Declare("a", VariableKind.Node));
        var items = Binder.ProjectionItems(Parse.Clause<ReturnClause>(query, 1).Body, scope, isReturn: true, out _);

        FluentActions.Invoking(() => binder.BindGrouping(items, [false, true]))
            .Should().Throw<CypherException>().Which.Detail.Should().Be("AmbiguousAggregationExpression");
        binder.BindGrouping(items, [false, false]).Texts.Should().BeEquivalentTo("a.x", "a.y + count(*)");
    }
}
