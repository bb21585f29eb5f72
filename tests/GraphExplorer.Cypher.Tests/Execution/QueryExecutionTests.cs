using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class QueryExecutionTests
{
    private static TestDatabase Social()
    {
        var db = new TestDatabase();
        db.Run("""
            CREATE (ann:Person {name: 'Ann', age: 30}), (bob:Person {name: 'Bob', age: 25}), (cat:Person {name: 'Cat', age: 41}),
                   (acme:Org {name: 'Acme'}),
                   (ann)-[:KNOWS {since: 2010}]->(bob), (bob)-[:KNOWS {since: 2015}]->(cat), (ann)-[:WORKS_AT]->(acme), (cat)-[:WORKS_AT]->(acme)
            """);
        return db;
    }

    [Fact]
    public void Create_counts_side_effects_like_neo4j()
    {
        var db = new TestDatabase();
        var result = db.Run("CREATE (a:Person {name: 'Ann', age: 30})-[:KNOWS {since: 2020}]->(b:Person:Admin {name: 'Bob'}) RETURN a.name, b.name");
        result.Statistics.Should().BeEquivalentTo(new QueryStatistics { NodesCreated = 2, RelationshipsCreated = 1, PropertiesSet = 4, LabelsAdded = 3 });
        result.Keys.Should().Equal("a.name", "b.name");
        result[0].Values.Should().Equal("Ann", "Bob");
    }

    [Fact]
    public void Set_and_remove_count_set_and_removed_properties_apart()
    {
        var db = Social();
        var set = db.Run("MATCH (p:Person {name: 'Ann'}) SET p.age = 31, p.nick = null, p:Admin");
        set.Statistics.PropertiesSet.Should().Be(1);
        set.Statistics.LabelsAdded.Should().Be(1);
        var removed = db.Run("MATCH (p:Person {name: 'Ann'}) REMOVE p.age, p:Admin");
        removed.Statistics.PropertiesRemoved.Should().Be(1);
        removed.Statistics.LabelsRemoved.Should().Be(1);
        db.Scalar("MATCH (p:Person {name: 'Ann'}) RETURN p.age").Should().BeNull();
    }

    [Fact]
    public void Variable_length_and_shortest_paths_follow_relationships()
    {
        var db = Social();
        db.Column("MATCH (:Person {name: 'Ann'})-[:KNOWS*1..2]->(p) RETURN p.name ORDER BY p.name").Should().Equal("Bob", "Cat");
        var path = (CypherPath)db.Scalar("MATCH p = shortestPath((a:Person {name: 'Ann'})-[*]-(c:Person {name: 'Cat'})) RETURN p")!;
        path.Length.Should().Be(2);
        path.End.Properties["name"].Should().Be("Cat");
        db.Scalar("MATCH p = allShortestPaths((a:Person {name: 'Ann'})-[*]-(c:Person {name: 'Cat'})) RETURN count(p)").Should().Be(2L);
    }

    [Fact]
    public void Relationships_are_matched_at_most_once_per_pattern()
    {
        var db = new TestDatabase();
        db.Run("CREATE (a)-[:R]->(b)");
        db.Scalar("MATCH (x)-[r1]-(y)-[r2]-(z) RETURN count(*)").Should().Be(0L);
        db.Scalar("MATCH (x)-[r1]-(y) RETURN count(*)").Should().Be(2L);
    }

    [Fact]
    public void Optional_match_yields_nulls_when_nothing_matches()
    {
        var db = Social();
        var rows = db.Run("MATCH (p:Person) OPTIONAL MATCH (p)-[:WORKS_AT]->(o) RETURN p.name, o.name ORDER BY p.name");
        rows.Select(r => r[1]).Should().Equal(new object?[] { "Acme", null, "Acme" });
    }

    [Fact]
    public void Aggregation_groups_by_the_non_aggregated_items()
    {
        var db = Social();
        var rows = db.Run("MATCH (p:Person)-[:WORKS_AT]->(o) RETURN o.name AS org, count(p) AS n, collect(p.name) AS names, avg(p.age) AS age");
        rows.Should().ContainSingle();
        rows[0]["n"].Should().Be(2L);
        ((IEnumerable<object?>)rows[0]["names"]!).Should().BeEquivalentTo(new[] { "Ann", "Cat" });
        rows[0]["age"].Should().Be(35.5);
        db.Scalar("MATCH (p:Nobody) RETURN count(p)").Should().Be(0L);
        db.Scalar("UNWIND [1, 2, 2, null] AS x RETURN count(DISTINCT x)").Should().Be(2L);
        db.Scalar("UNWIND [1, 2, 3, 4] AS x RETURN percentileDisc(x, 0.5)").Should().Be(2L);
    }

    [Fact]
    public void Merge_matches_or_creates_and_runs_the_right_actions()
    {
        var db = Social();
        db.Run("MERGE (p:Person {name: 'Ann'}) ON MATCH SET p.seen = true ON CREATE SET p.created = true").Statistics.NodesCreated.Should().Be(0);
        db.Scalar("MATCH (p:Person {name: 'Ann'}) RETURN p.seen").Should().Be(true);
        db.Run("MERGE (p:Person {name: 'Dan'}) ON CREATE SET p.created = true").Statistics.NodesCreated.Should().Be(1);
        db.Run("UNWIND ['Eve', 'Eve'] AS n MERGE (:Person {name: n})").Statistics.NodesCreated.Should().Be(1, "MERGE sees its own writes");
    }

    [Fact]
    public void Delete_requires_detach_for_connected_nodes()
    {
        var db = Social();
        db.Fails("MATCH (p:Person {name: 'Ann'}) DELETE p").Detail.Should().Be("DeleteConnectedNode");
        db.Scalar("MATCH (p:Person) RETURN count(p)").Should().Be(3L, "the failed query applied nothing");
        var result = db.Run("MATCH (p:Person {name: 'Ann'}) DETACH DELETE p");
        result.Statistics.NodesDeleted.Should().Be(1);
        result.Statistics.RelationshipsDeleted.Should().Be(2);
        db.Fails("MATCH (p:Person {name: 'Bob'}) DETACH DELETE p RETURN p.name").Detail.Should().Be("DeletedEntityAccess");
    }

    [Fact]
    public void Expressions_follow_null_propagation_and_three_valued_logic()
    {
        var db = new TestDatabase();
        db.Scalar("RETURN null AND false").Should().Be(false);
        db.Scalar("RETURN null OR true").Should().Be(true);
        db.Scalar("RETURN null = null").Should().BeNull();
        db.Scalar("RETURN 1 = 1.0").Should().Be(true);
        db.Scalar("RETURN [1, 2, 3][-1]").Should().Be(3L);
        db.Scalar("RETURN [1, 2, 3, 4][1..-1]").Should().BeEquivalentTo(new object[] { 2L, 3L });
        db.Scalar("RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10]").Should().BeEquivalentTo(new object[] { 10L, 30L, 50L });
        db.Scalar("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)").Should().Be(6L);
        db.Scalar("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END").Should().Be("two");
        db.Scalar("RETURN toUpper(substring('graph', 1, 3)) + toString(1.5)").Should().Be("RAP1.5");
        db.Scalar("RETURN date('2024-02-29') + duration({days: 1})").Should().Be(new CypherDate(new DateOnly(2024, 3, 1)));
        db.Scalar("RETURN datetime('2015-07-21T21:40:32.142+01:00').hour").Should().Be(21L);
    }

    [Fact]
    public void Runtime_errors_have_tck_kinds()
    {
        var db = new TestDatabase();
        db.Fails("RETURN 9223372036854775807 + 1").Kind.Should().Be(CypherErrorKind.ArithmeticError);
        db.Fails("RETURN 1 / 0").Kind.Should().Be(CypherErrorKind.ArithmeticError);
        db.Fails("WITH {a: 1} AS m RETURN m[1]").Detail.Should().Be("MapElementAccessByNonString");
        db.Fails("WITH [1] AS l RETURN l['a']").Detail.Should().Be("ListElementAccessByNonInteger");
        db.Fails("CREATE (n {map: {a: 1}})").Detail.Should().Be("InvalidPropertyType");
        var missing = db.Fails("RETURN $nope");
        missing.Kind.Should().Be(CypherErrorKind.ParameterMissing);
        missing.Phase.Should().Be(CypherErrorPhase.CompileTime);
    }

    [Fact]
    public void Parameters_are_normalised_and_used()
    {
        var db = Social();
        db.Scalar("MATCH (p:Person) WHERE p.age > $min RETURN count(*)", new { min = 26 }).Should().Be(2L);
        db.Column("UNWIND $names AS n RETURN n", new { names = new[] { "x", "y" } }).Should().Equal("x", "y");
    }

    [Fact]
    public void Union_removes_duplicates_and_union_all_keeps_them()
    {
        var db = new TestDatabase();
        db.Column("RETURN 1 AS x UNION RETURN 1 AS x").Should().Equal(1L);
        db.Column("RETURN 1 AS x UNION ALL RETURN 1 AS x").Should().Equal(1L, 1L);
    }

    [Fact]
    public void Procedures_list_the_schema_tokens()
    {
        var db = Social();
        db.Column("CALL db.labels() YIELD label RETURN label").Should().Equal("Org", "Person");
        db.Column("CALL db.relationshipTypes()").Should().Equal("KNOWS", "WORKS_AT");
    }

    [Fact]
    public void Subqueries_and_foreach_run_per_row()
    {
        var db = Social();
        db.Column("MATCH (p:Person) CALL { WITH p MATCH (p)-[:KNOWS]->(f) RETURN count(f) AS friends } RETURN p.name + ':' + toString(friends) ORDER BY p.name")
            .Should().Equal("Ann:1", "Bob:1", "Cat:0");
        db.Scalar("MATCH (p:Person) WHERE EXISTS { (p)-[:WORKS_AT]->() } RETURN count(p)").Should().Be(2L);
        db.Scalar("MATCH (p:Person {name: 'Ann'}) RETURN COUNT { (p)--() }").Should().Be(2L);
        db.Run("FOREACH (i IN range(1, 3) | CREATE (:Tmp {i: i}))").Statistics.NodesCreated.Should().Be(3);
        db.Column("MATCH (p:Person {name: 'Ann'}) RETURN [(p)-[:KNOWS]->(f) | f.name]").Should().ContainSingle().Which.Should().BeEquivalentTo(new[] { "Bob" });
    }
}
