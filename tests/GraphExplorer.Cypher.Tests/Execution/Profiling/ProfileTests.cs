using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution.Profiling;

/// <summary>
/// <c>PROFILE query</c> (Neo4j 5 Cypher manual, "Execution plans and query tuning" › "PROFILE"): the query runs and
/// returns its rows as usual, and its result carries the plan with each operator's rows, db hits and time.
/// </summary>
public sealed class ProfileTests
{
    private static TestDatabase FivePeople()
    {
        var db = new TestDatabase();
        db.Run("UNWIND range(1, 5) AS i CREATE (:Person {id: i})");
        return db;
    }

    /// <summary>The operators from the root down (each of these plans is a chain).</summary>
    private static List<ProfiledPlan> Chain(QueryResult result) => [.. result.Profile!.Operators()];

    [Fact]
    public void Profile_returns_the_rows_of_the_query_and_a_plan_rooted_at_ProduceResults()
    {
        var db = FivePeople();
        var result = db.Run("PROFILE MATCH (p:Person) RETURN p.id AS id ORDER BY id");
        result.Keys.Should().Equal("id");
        result.Select(r => r[0]).Should().Equal(1L, 2L, 3L, 4L, 5L);
        Chain(result).Select(o => o.OperatorType).Should().Equal("ProduceResults", "Sort", "Projection", "Match");
        result.Profile!.Rows.Should().Be(5);
        result.Profile.Identifiers.Should().Equal("id");
    }

    [Fact]
    public void Each_operator_counts_its_own_rows_and_db_hits()
    {
        var db = FivePeople();
        var chain = Chain(db.Run("PROFILE MATCH (p:Person) WITH p WHERE p.id > 2 RETURN p.id AS id"));
        var match = chain.Single(o => o.OperatorType == "Match");
        match.Rows.Should().Be(5);
        match.DbHits.Should().Be(5, "a label scan reads each of the five nodes once");
        match.Identifiers.Should().Equal("p");
        var filter = chain.Single(o => o.OperatorType == "Filter");
        filter.Rows.Should().Be(3);
        filter.DbHits.Should().Be(5, "the filter reads p.id of every row it is given");
        var projection = chain.First(o => o.OperatorType == "Projection" && o.Identifiers.SequenceEqual(["id"]));
        projection.Rows.Should().Be(3);
        projection.DbHits.Should().Be(3, "RETURN reads p.id of the three rows left");
        chain[0].DbHits.Should().Be(0, "returning integers reads nothing");
    }

    [Fact]
    public void Returning_a_node_reads_its_properties_in_ProduceResults()
    {
        var db = FivePeople();
        var root = db.Run("PROFILE MATCH (p:Person {id: 1}) RETURN p").Profile!;
        root.Rows.Should().Be(1);
        root.DbHits.Should().BePositive();
    }

    [Fact]
    public void Every_operator_has_neo4j_s_arguments_and_no_page_cache()
    {
        var db = FivePeople();
        foreach (var op in Chain(db.Run("PROFILE MATCH (p:Person) RETURN count(p) AS n")))
        {
            op.Arguments.Keys.Should().Contain(["Rows", "DbHits", "Time", "PageCacheHits", "PageCacheMisses"]);
            op.Arguments["Rows"].Should().Be(op.Rows);
            op.Arguments["DbHits"].Should().Be(op.DbHits);
            op.TimeNanoseconds.Should().BeGreaterThanOrEqualTo(0);
            op.Arguments.Should().NotContainKey("EstimatedRows", "this planner does not estimate rows per operator");
            (op.PageCacheHits, op.PageCacheMisses, op.HasPageCacheStats).Should().Be((0L, 0L, false));
        }
    }

    [Fact]
    public void Profile_shows_the_details_explain_shows()
    {
        var db = FivePeople();
        db.Run("CREATE INDEX FOR (p:Person) ON (p.id)");
        var match = Chain(db.Run("PROFILE MATCH (p:Person {id: $id}) RETURN p.id AS id", new { id = 3L })).Single(o => o.OperatorType == "Match");
        match.Arguments["Details"].Should().Be("NodeIndexSeek(p:Person(id))");
        match.Rows.Should().Be(1);
        match.DbHits.Should().Be(1, "the seek yields one node");
    }

    [Fact]
    public void Profile_runs_a_writing_query_and_reports_what_it_changed()
    {
        var db = new TestDatabase();
        var result = db.Run("PROFILE UNWIND [1, 2, 3] AS i CREATE (n:Item {i: i}) RETURN count(n) AS n");
        result.Single()[0].Should().Be(3L);
        result.Statistics.NodesCreated.Should().Be(3);
        db.Scalar("MATCH (n:Item) RETURN count(n)").Should().Be(3L);
        var create = Chain(result).Single(o => o.OperatorType == "Create");
        create.Rows.Should().Be(3);
        create.Identifiers.Should().Equal("i", "n");
    }

    [Fact]
    public void A_union_is_a_union_operator_over_its_branches()
    {
        var db = FivePeople();
        var root = db.Run("PROFILE MATCH (p:Person) RETURN p.id % 2 AS x UNION MATCH (p:Person) RETURN 7 AS x").Profile!;
        root.Rows.Should().Be(3);
        var distinct = root.Children.Single();
        distinct.OperatorType.Should().Be("Distinct");
        var union = distinct.Children.Single();
        union.OperatorType.Should().Be("Union");
        union.Rows.Should().Be(10);
        union.Children.Select(b => b.OperatorType).Should().Equal("Projection", "Projection");
    }

    [Fact]
    public async Task Profile_works_in_an_explicit_transaction_and_other_statements_carry_no_plan()
    {
        var db = FivePeople();
        db.Run("MATCH (p:Person) RETURN p").Profile.Should().BeNull();
        db.Run("EXPLAIN MATCH (p:Person) RETURN p").Profile.Should().BeNull();
        await using var session = db.Database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync(AccessMode.Read);
        var result = await transaction.RunAsync("PROFILE MATCH (p:Person) RETURN count(*) AS n");
        result.Profile!.Rows.Should().Be(1);
    }

    [Fact]
    public void Profile_of_an_invalid_query_fails_as_running_it_would()
    {
        var error = new TestDatabase().Fails("PROFILE MATCH (a) RETURN b");
        error.Detail.Should().Be("UndefinedVariable");
        error.Position!.Value.Column.Should().Be(26);
    }

    [Fact]
    public void A_subquery_s_reads_count_for_the_operator_that_runs_it()
    {
        var db = FivePeople();
        var chain = Chain(db.Run("PROFILE UNWIND [1, 2] AS i CALL (i) { MATCH (p:Person) WHERE p.id = i RETURN p } RETURN p.id AS id"));
        var call = chain.Single(o => o.OperatorType == "SubqueryCall");
        call.Rows.Should().Be(2);
        call.DbHits.Should().Be(20, "each of the two runs scans five nodes and reads each one's id");
    }
}
