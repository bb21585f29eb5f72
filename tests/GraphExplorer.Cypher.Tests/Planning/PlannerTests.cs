using GraphExplorer.Cypher.Tests.Execution;

namespace GraphExplorer.Cypher.Tests.Planning;

public sealed class PlannerTests
{
    /// <summary>50 :Person nodes with an index on id, 5 :Org nodes without one.</summary>
    internal static TestDatabase Indexed()
    {
        var db = new TestDatabase();
        db.Run("UNWIND range(1, 50) AS i CREATE (:Person {id: i, name: 'p' + toString(i)})");
        db.Run("UNWIND range(1, 5) AS i CREATE (:Org {id: i})");
        db.Run("CREATE INDEX person_id FOR (p:Person) ON (p.id)");
        return db;
    }

    [Fact]
    public void Inline_property_equality_on_an_indexed_label_uses_the_index()
    {
        var db = Indexed();
        db.Database.Explain("MATCH (p:Person {id: $id}) RETURN p").Should().Contain("NodeIndexSeek(p:Person(id))");
        db.Scalar("MATCH (p:Person {id: $id}) RETURN p.name", new { id = 7 }).Should().Be("p7");
    }

    [Fact]
    public void Where_equality_on_an_indexed_property_uses_the_index()
    {
        var db = Indexed();
        db.Database.Explain("MATCH (p:Person) WHERE p.id = 3 RETURN p").Should().Contain("NodeIndexSeek(p:Person(id))");
        db.Scalar("MATCH (p:Person) WHERE p.id = 3.0 RETURN p.name").Should().Be("p3");
    }

    [Fact]
    public void Without_an_index_the_smallest_label_starts_the_match()
    {
        var db = Indexed();
        db.Database.Explain("MATCH (p:Person)-[:MEMBER]->(o:Org) RETURN p").Should().StartWith("Match: NodeByLabelScan(o:Org)");
        db.Database.Explain("MATCH (n) RETURN n").Should().Contain("AllNodesScan(n)");
        db.Database.Explain("MATCH (n) WHERE id(n) = 4 RETURN n").Should().Contain("NodeByIdSeek(n)");
    }

    [Fact]
    public void A_repeated_query_is_compiled_once_and_replanned_after_a_schema_change()
    {
        var db = Indexed();
        db.Run("MATCH (o:Org {id: $id}) RETURN o", new { id = 1 });
        var cached = db.Database.CachedPlanCount;
        db.Run("MATCH (o:Org {id: $id}) RETURN o", new { id = 2 });
        db.Database.CachedPlanCount.Should().Be(cached);
        db.Database.Explain("MATCH (o:Org {id: $id}) RETURN o").Should().Contain("NodeByLabelScan");
        db.Run("CREATE INDEX org_id FOR (o:Org) ON (o.id)");
        db.Database.Explain("MATCH (o:Org {id: $id}) RETURN o").Should().Contain("NodeIndexSeek(o:Org(id))");
    }
}
