using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary><c>EXPLAIN query</c>: the plan as rows (branch, step, operator, details), the query not run.</summary>
public sealed class ExplainTests
{
    private static List<string> Operators(QueryResult plan) => plan.Select(r => (string)r[2]!).ToList();

    private static string? DetailsOf(QueryResult plan, string op) => plan.First(r => (string)r[2]! == op)[3] as string;

    [Fact]
    public void Explain_returns_the_operators_in_order_and_does_not_run_the_query()
    {
        var db = new TestDatabase();
        var plan = db.Run("EXPLAIN CREATE (:Marker) RETURN 1 AS one");
        plan.Keys.Should().Equal("branch", "step", "operator", "details");
        Operators(plan).Should().Equal("Create", "Projection");
        plan.Select(r => r[1]).Should().Equal(1L, 2L);
        plan.Statistics.NodesCreated.Should().Be(0);
        db.Scalar("MATCH (m:Marker) RETURN count(m)").Should().Be(0L);
    }

    [Fact]
    public void Explain_shows_the_index_chosen_and_needs_no_parameter_values()
    {
        var plan = PlannerTests.Indexed().Run("EXPLAIN MATCH (p:Person {id: $id}) RETURN p");
        DetailsOf(plan, "Match").Should().Be("NodeIndexSeek(p:Person(id))");
    }

    [Fact]
    public void Explain_shows_where_a_pattern_starts_and_how_it_expands()
    {
        var db = PlannerTests.Indexed();
        DetailsOf(db.Run("EXPLAIN MATCH (p:Person)-[:MEMBER]->(o:Org) RETURN p"), "Match")
            .Should().Be("NodeByLabelScan(o:Org) → Expand(o)<-[:MEMBER]-(p)", "the smaller label starts and the hop runs backwards");
        DetailsOf(db.Run("EXPLAIN MATCH (p:Person)-[:MEMBER]->(o:Org) WHERE p.id = 4 RETURN o"), "Match")
            .Should().Be("NodeIndexSeek(p:Person(id)) → Expand(p)-[:MEMBER]->(o)", "an index seek beats the smaller label");
    }

    [Fact]
    public void Explain_numbers_the_branches_of_a_union()
    {
        var plan = PlannerTests.Indexed().Run("EXPLAIN MATCH (p:Person) RETURN p.id AS id UNION MATCH (o:Org) RETURN o.id AS id");
        plan.Select(r => r[0]).Distinct().Should().Equal(1L, 2L);
        plan.Where(r => (long)r[0]! == 2).Select(r => r[3]).Should().Contain("NodeByLabelScan(o:Org)");
    }

    [Fact]
    public void Explain_orders_aggregation_and_the_top_rows_as_they_run()
    {
        var plan = PlannerTests.Indexed().Run("EXPLAIN MATCH (p:Person) RETURN p.id % 2 AS parity, count(*) AS n ORDER BY parity LIMIT 1");
        Operators(plan).Should().Equal("Match", "EagerAggregation", "Top");
    }

    [Fact]
    public void Explain_of_an_invalid_query_reports_its_error()
    {
        var error = new TestDatabase().Fails("EXPLAIN MATCH (a) RETURN b");
        error.Detail.Should().Be("UndefinedVariable");
        error.Phase.Should().Be(CypherErrorPhase.CompileTime);
    }
}
