using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>
/// The logical plans of updating clauses, calls, subqueries and the statements that are not queries: what each binds,
/// the operators and whether the statement writes.
/// </summary>
public sealed class LogicalPlannerUpdateTests
{
    private static LogicalPlan Plan(string query) => LogicalPlans.Of(PlannerTests.Indexed(), query);

    [Fact]
    public void Create_reuses_a_bound_node_and_creates_the_rest_in_order()
    {
        var plan = Plan("MATCH (o:Org {id: 1}) CREATE (p:Person {id: 99})-[:MEMBER]->(o) RETURN p");
        plan.Names().Should().Equal("Match", "Create", "Projection");
        plan.Updating.Should().BeTrue();
        var part = plan.Single<Create>().Parts.Single();
        part.Nodes.Select(n => n.Reused).Should().Equal(false, true);
        var relationship = part.Relationships.Single();
        (relationship.FromSlot, relationship.ToSlot).Should().Be((part.Nodes[0].Slot, part.Nodes[1].Slot));
        part.Before.Contains("p").Should().BeFalse("property maps are evaluated before the clause's variables exist");
    }

    [Fact]
    public void A_named_created_path_gets_a_slot()
    {
        Plan("CREATE p = (:A)-[:R]->(:B) RETURN p").Single<Create>().Parts.Single().PathSlot.Should().BeGreaterThanOrEqualTo(0);
        Plan("CREATE (:A)-[:R]->(:B)").Single<Create>().Parts.Single().PathSlot.Should().Be(-1);
    }

    [Fact]
    public void Merge_matches_with_the_pattern_planner_and_keeps_its_create_and_set_actions()
    {
        var merge = Plan("MERGE (p:Person {id: 7}) ON CREATE SET p.new = true ON MATCH SET p.seen = 1, p.count = 2 RETURN p").Single<Merge>();
        merge.Match.Parts.Single().Start.Kind.Should().Be(StartKind.IndexSeek);
        merge.Details.Should().Be("NodeIndexSeek(p:Person(id))");
        merge.Create.Nodes.Single().Slot.Should().Be(merge.Match.Scope.Find("p")!.Slot, "a created node lands where a match would have put it");
        (merge.OnCreate.Count, merge.OnMatch.Count).Should().Be((1, 2));
    }

    [Fact]
    public void Set_remove_and_delete_are_operators_of_their_own_in_clause_order()
    {
        var plan = Plan("MATCH (p:Person)-[r]->() SET p.x = 1 REMOVE p:Person DELETE r DETACH DELETE p");
        plan.Names().Should().Equal("Match", "SetProperties", "Remove", "Delete", "DetachDelete");
        plan.Single<SetProperties>().Items.Single().Should().BeOfType<SetPropertyItem>();
    }

    [Fact]
    public void Foreach_plans_its_updating_body_from_an_argument_with_the_element_bound()
    {
        var foreachOp = Plan("MATCH (p:Person) FOREACH (i IN [1, 2] | CREATE (:Copy {of: p.id, i: i}))").Single<Foreach>();
        foreachOp.Body.Pipeline().Select(o => o.Name).Should().Equal("Create");
        var created = ((Create)foreachOp.Body).Parts.Single();
        created.Before.Find("i")!.Slot.Should().Be(foreachOp.Slot);
        created.Before.Contains("p").Should().BeTrue();
    }

    [Fact]
    public void A_procedure_call_yields_its_chosen_outputs_into_new_slots()
    {
        var plan = Plan("CALL db.labels() YIELD label AS l WHERE l <> 'Org' RETURN l");
        var call = plan.Single<ProcedureCall>();
        call.Name.Should().Be("ProcedureCall(db.labels)");
        call.FieldIndexes.Should().Equal(0);
        call.WhereScope.Find("l")!.Slot.Should().Be(call.YieldSlots.Single());
        call.ArgumentScope.Contains("l").Should().BeFalse();
    }

    [Fact]
    public void A_standalone_call_without_arguments_reads_the_parameters_named_like_its_inputs()
    {
        var call = Plan("CALL db.index.fulltext.queryNodes").Single<ProcedureCall>();
        call.Arguments.Should().AllBeOfType<Parameter>();
        call.Arguments.Cast<Parameter>().Select(p => p.Name).Should().StartWith(["indexName", "queryString"]);
    }

    [Fact]
    public void A_subquery_call_joins_the_subquery_plan_and_is_eager_after_a_write()
    {
        var read = Plan("MATCH (p:Person) CALL { WITH p MATCH (p)-[:KNOWS]->(q) RETURN q } RETURN q").Single<SubqueryCall>();
        read.Eager.Should().BeFalse();
        read.Subquery.Columns.Select(c => c.Name).Should().Equal("q");
        read.Subquery.Query.Branches.Single().Root.Pipeline().Select(o => o.Name).Should().Equal("Projection", "Match", "Projection");

        var afterWrite = Plan("CREATE (x:X) WITH x CALL { MATCH (o:Org) RETURN o } RETURN x, o").Single<SubqueryCall>();
        afterWrite.Eager.Should().BeTrue();
    }

    [Fact]
    public void A_unit_subquery_and_an_optional_call_are_named_as_explain_shows_them()
    {
        Plan("MATCH (p:Person) CALL { WITH p CREATE (:Log {of: p.id}) }").Single<SubqueryCall>().Name.Should().Be("SubqueryCall(unit)");
        Plan("MATCH (p:Person) OPTIONAL CALL { WITH p MATCH (p)-[:KNOWS]->(q) RETURN q } RETURN q").Single<SubqueryCall>().Name
            .Should().Be("OptionalSubqueryCall");
    }

    [Fact]
    public void Call_in_transactions_is_a_transaction_apply_and_marks_the_statement()
    {
        var plan = Plan("MATCH (p:Person) CALL { WITH p SET p.done = true } IN TRANSACTIONS OF 10 ROWS ON ERROR CONTINUE REPORT STATUS AS s RETURN s");
        var apply = plan.Single<TransactionApply>();
        apply.Name.Should().Be("TransactionApply(ON ERROR CONTINUE)");
        apply.StatusSlot.Should().NotBeNull();
        (plan.Updating, plan.InTransactions).Should().Be((true, true));
    }

    [Fact]
    public void Explain_wraps_the_plan_of_its_query_and_writes_nothing()
    {
        var plan = Plan("EXPLAIN CREATE (:Marker) RETURN 1 AS one");
        plan.Updating.Should().BeFalse();
        plan.Query.Columns.Should().Equal("branch", "step", "operator", "details");
        var explain = plan.Single<Explain>();
        explain.Explained.Branches.Single().Root.Pipeline().Select(o => o.Name).Should().Equal("Create", "Projection");
    }

    [Fact]
    public void Schema_commands_are_one_operator_and_write_unless_they_only_show()
    {
        var create = Plan("CREATE INDEX org_id FOR (o:Org) ON (o.id)");
        create.Names().Should().Equal("CreateIndex");
        create.Updating.Should().BeTrue();

        var show = Plan("SHOW INDEXES");
        show.Updating.Should().BeFalse();
        show.Names().Should().Equal("ShowIndexes");
        show.Query.Columns.Should().Equal(
            "id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider",
            "owningConstraint", "lastRead", "readCount");
    }

    [Fact]
    public void Show_constraints_yield_all_lists_every_column_and_where_filters_after_them()
    {
        var plan = Plan("SHOW KEY CONSTRAINTS YIELD * WHERE ownedIndex IS NOT NULL");
        plan.Names().First().Should().Be("ShowConstraints");
        plan.Query.Columns.Should().Equal(
            "id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType", "options", "createStatement");
    }

    [Fact]
    public void Show_procedures_with_order_and_return_plans_a_projection_after_the_routine_rows()
    {
        var plan = Plan("SHOW PROCEDURES YIELD name ORDER BY name DESC LIMIT 2 RETURN name");
        plan.Names().Should().Equal("ShowProcedures", "Projection", "Top", "Projection");
        plan.Query.Columns.Should().Equal("name");
    }
}
