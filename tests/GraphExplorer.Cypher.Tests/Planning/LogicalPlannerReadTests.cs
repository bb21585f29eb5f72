using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// The logical plans of reading queries, built from the bound query without running it: which operators, in which
/// order, and the choices the planner made (start points, index seeks, Top for ORDER BY … LIMIT, grouping keys).
/// </summary>
public sealed class LogicalPlannerReadTests
{
    private static LogicalPlan Plan(string query) => LogicalPlans.Of(PlannerTests.Indexed(), query);

    private static NodeStart StartOf(LogicalPlan plan, int match = 0, int part = 0) =>
        plan.Operators().OfType<PatternMatch>().ElementAt(match).Pattern.Parts[part].Start;

    [Fact]
    public void An_inline_property_on_an_indexed_label_is_an_index_seek()
    {
        var start = StartOf(Plan("MATCH (p:Person {id: $id}) RETURN p"));
        start.Kind.Should().Be(StartKind.IndexSeek);
        start.Index!.Name.Should().Be("person_id");
        start.Key.Should().BeOfType<Parameter>().Which.Name.Should().Be("id");
    }

    [Fact]
    public void A_where_equality_on_an_indexed_property_is_an_index_seek()
    {
        var start = StartOf(Plan("MATCH (p:Person) WHERE 3 = p.id RETURN p"));
        start.Kind.Should().Be(StartKind.IndexSeek);
        start.Property.Should().Be("id");
        start.Key.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be(3);
    }

    [Fact]
    public void Without_an_index_the_smallest_label_is_scanned()
    {
        var start = StartOf(Plan("MATCH (p:Person)-[:MEMBER]->(o:Org) RETURN p"));
        start.Should().Be(new NodeStart(1, StartKind.LabelScan, "o", Label: "Org"));
    }

    [Fact]
    public void A_node_without_labels_or_keys_is_an_all_nodes_scan()
    {
        StartOf(Plan("MATCH (n) RETURN n")).Kind.Should().Be(StartKind.AllNodes);
    }

    [Fact]
    public void Id_and_element_id_equalities_are_id_seeks()
    {
        StartOf(Plan("MATCH (n) WHERE id(n) = 4 RETURN n")).Kind.Should().Be(StartKind.IdSeek);
        StartOf(Plan("MATCH (n) WHERE $e = elementId(n) RETURN n")).Kind.Should().Be(StartKind.IdSeek);
    }

    [Fact]
    public void The_expansion_runs_against_the_written_direction_from_a_start_at_the_end()
    {
        var part = Plan("MATCH (p:Person)-[:MEMBER]->(o:Org) RETURN p").Single<PatternMatch>().Pattern.Parts[0];
        var expand = part.Expands.Should().ContainSingle().Which;
        expand.Reversed.Should().BeTrue();
        expand.Direction.Should().Be(RelationshipDirection.Incoming);
        (expand.FromName, expand.ToName).Should().Be(("o", "p"));
    }

    [Fact]
    public void A_node_bound_by_an_earlier_clause_is_an_argument_and_its_expansion_checks_a_bound_end()
    {
        var plan = Plan("MATCH (a:Person {id: 1}), (b:Person {id: 2}) MATCH (a)-[:KNOWS]->(b) RETURN a");
        var second = plan.Operators().OfType<PatternMatch>().ElementAt(1).Pattern.Parts[0];
        second.Start.Kind.Should().Be(StartKind.Bound);
        second.Expands.Single().ToBound.Should().BeTrue();
    }

    [Fact]
    public void A_value_from_an_earlier_part_lets_a_later_part_seek_the_index()
    {
        var parts = Plan("MATCH (o:Org), (p:Person) WHERE p.id = o.id RETURN p").Single<PatternMatch>().Pattern.Parts;
        parts.Select(p => p.Start.Kind).Should().Equal(StartKind.LabelScan, StartKind.IndexSeek);
    }

    [Fact]
    public void The_match_where_stays_with_the_pattern_split_at_its_ands()
    {
        var pattern = Plan("MATCH (p:Person)-[r:KNOWS]->(q) WHERE p.name = 'x' AND q.id > 3 AND r.since IS NULL RETURN p").Single<PatternMatch>().Pattern;
        pattern.Conjuncts.Should().HaveCount(3);
        pattern.Where.Should().BeOfType<Binary>();
    }

    [Fact]
    public void A_predicate_inside_a_node_pattern_joins_the_where_and_may_seek_the_index()
    {
        var pattern = Plan("MATCH (p:Person WHERE p.id = 5)-[:KNOWS]->(q) RETURN q").Single<PatternMatch>().Pattern;
        pattern.Conjuncts.Should().ContainSingle();
        pattern.Parts[0].Start.Kind.Should().Be(StartKind.IndexSeek);
    }

    [Fact]
    public void An_optional_match_is_an_optional_pattern_match_applied_to_each_row()
    {
        var plan = Plan("MATCH (p:Person {id: 1}) OPTIONAL MATCH (p)-[:MEMBER]->(o:Org) RETURN o");
        plan.Names().Should().Equal("Match", "OptionalMatch", "Projection");
        var optional = plan.Operators()[1].Should().BeOfType<PatternMatch>().Which;
        optional.Optional.Should().BeTrue();
        optional.Input.Should().BeSameAs(plan.Operators()[0]);
        optional.Pattern.Parts[0].Start.Kind.Should().Be(StartKind.Bound);
    }

    [Fact]
    public void Order_by_with_limit_is_a_top_and_no_sort()
    {
        var plan = Plan("MATCH (p:Person) RETURN p.name AS name ORDER BY name DESC SKIP 2 LIMIT 3");
        plan.Names().Should().Equal("Match", "Projection", "Top");
        var top = plan.Single<Top>();
        top.Keys.Single().Descending.Should().BeTrue();
        top.Skip.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be(2);
        top.Limit.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be(3);
    }

    [Fact]
    public void Order_by_without_limit_is_a_sort_and_skip_or_limit_alone_a_skip_limit()
    {
        Plan("MATCH (p:Person) RETURN p ORDER BY p.id").Names().Should().Equal("Match", "Projection", "Sort");
        Plan("MATCH (p:Person) RETURN p SKIP 1").Names().Should().Equal("Match", "Projection", "SkipLimit");
        Plan("MATCH (p:Person) RETURN p LIMIT 1").Single<SkipLimit>().Skip.Should().BeNull();
    }

    [Fact]
    public void A_sort_key_written_like_a_projected_item_reads_its_column()
    {
        var plan = Plan("MATCH (p:Person) RETURN p.name AS name ORDER BY p.name, p.id");
        var projection = plan.Single<Projection>();
        var keys = plan.Single<Sort>().Keys;
        keys[0].ColumnSlot.Should().Be(projection.Columns[0].Slot);
        keys[1].ColumnSlot.Should().BeNull("p.id is not projected, so it is evaluated over the earlier variables");
        keys[1].Scope.Contains("p").Should().BeTrue();
    }

    [Fact]
    public void Count_star_alone_is_an_aggregation_without_grouping_keys()
    {
        var aggregation = Plan("MATCH (p:Person) RETURN count(*) AS n").Single<Aggregation>();
        aggregation.Name.Should().Be("Aggregation");
        aggregation.GroupingKeys.Should().BeEmpty();
    }

    [Fact]
    public void Items_without_aggregates_are_the_grouping_keys()
    {
        var aggregation = Plan("MATCH (p:Person) RETURN p.id % 2 AS parity, collect(p.name) AS names, count(*) + 1 AS n").Single<Aggregation>();
        aggregation.Name.Should().Be("EagerAggregation");
        aggregation.IsAggregate.Should().Equal(false, true, true);
        aggregation.GroupingKeys.Select(k => k.Name).Should().Equal("parity");
    }

    [Fact]
    public void An_aggregate_inside_a_comprehension_source_or_a_case_makes_the_projection_aggregate()
    {
        Plan("MATCH (p:Person) RETURN [x IN collect(p.id) WHERE x > 2] AS big").Operators().Should().ContainSingle(o => o is Aggregation);
        Plan("MATCH (p:Person) RETURN CASE WHEN count(*) > 1 THEN 'many' END AS n").Operators().Should().ContainSingle(o => o is Aggregation);
    }

    [Fact]
    public void Return_distinct_projects_then_removes_duplicates_of_the_columns()
    {
        var plan = Plan("MATCH (p:Person) RETURN DISTINCT p.id % 3 AS r");
        plan.Names().Should().Equal("Match", "Projection", "Distinct");
        plan.Single<Distinct>().Slots.Should().Equal(plan.Single<Projection>().Columns.Single().Slot);
    }

    [Fact]
    public void With_where_is_a_filter_seeing_the_projected_and_the_earlier_variables()
    {
        var plan = Plan("MATCH (p:Person) WITH p.name AS name WHERE p.id > 3 RETURN name");
        plan.Names().Should().Equal("Match", "Projection", "Filter", "Projection");
        var filter = plan.Single<Filter>();
        filter.Over.Should().BeNull();
        (filter.Scope.Contains("p") && filter.Scope.Contains("name")).Should().BeTrue();
    }

    [Fact]
    public void With_distinct_where_is_a_filter_over_the_projected_items_only()
    {
        var filter = Plan("MATCH (p:Person) WITH DISTINCT p.id % 2 AS r WHERE r = 1 RETURN r").Single<Filter>();
        filter.Over.Should().NotBeNull();
        filter.Scope.Contains("p").Should().BeFalse();
    }

    [Fact]
    public void Unwind_declares_its_element_after_the_clauses_before_it()
    {
        var plan = Plan("UNWIND [1, 2] AS x RETURN x");
        plan.Names().Should().Equal("Unwind", "Projection");
        var unwind = plan.Single<Unwind>();
        unwind.Input.Should().BeOfType<Argument>();
        unwind.Scope.Contains("x").Should().BeFalse("the list is evaluated before x exists");
        plan.Single<Projection>().Scope.Find("x")!.Slot.Should().Be(unwind.Slot);
    }

    [Fact]
    public void Union_plans_one_branch_per_query_and_says_whether_duplicates_go()
    {
        var union = Plan("MATCH (p:Person) RETURN p.id AS id UNION MATCH (o:Org) RETURN o.id AS id").Query;
        union.Branches.Should().HaveCount(2);
        union.UnionDistinct.Should().BeTrue();
        union.Columns.Should().Equal("id");
        Plan("RETURN 1 AS x UNION ALL RETURN 2 AS x").Query.UnionDistinct.Should().BeFalse();
    }

    [Fact]
    public void A_shortest_path_part_starts_at_its_first_node()
    {
        var parts = Plan("MATCH (a:Person {id: 1}), (b:Person {id: 2}), p = shortestPath((a)-[:KNOWS*]-(b)) RETURN p").Single<PatternMatch>().Pattern.Parts;
        parts[2].ToString().Should().Be("ShortestPath(Argument(a))");
        parts[2].EndBound.Should().BeTrue();
    }

    [Fact]
    public void A_reading_query_does_not_write()
    {
        var plan = Plan("MATCH (p:Person) RETURN p");
        (plan.Updating, plan.InTransactions).Should().Be((false, false));
    }

    [Fact]
    public void A_plan_prints_as_its_pipeline_with_the_pattern_details()
    {
        Plan("MATCH (p:Person {id: 1})-[:MEMBER]->(o) RETURN o.id AS id ORDER BY id LIMIT 1").Query.Branches[0].Root.ToString()
            .Should().Be("Match: NodeIndexSeek(p:Person(id)) → Expand(p)-[:MEMBER]->(o) | Projection | Top");
    }
}
