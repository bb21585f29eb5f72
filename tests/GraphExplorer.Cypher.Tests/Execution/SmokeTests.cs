namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public void Creates_and_matches_a_small_graph()
    {
        var db = new TestDatabase();
        var created = db.Run("CREATE (a:Person {name: 'Ann', age: 30})-[:KNOWS {since: 2020}]->(b:Person {name: 'Bob', age: 25}) RETURN a.name, b.name");
        created.Statistics.NodesCreated.Should().Be(2);
        created.Statistics.RelationshipsCreated.Should().Be(1);
        created.Statistics.PropertiesSet.Should().Be(5);
        created.Statistics.LabelsAdded.Should().Be(2);
        db.Column("MATCH (a:Person)-[:KNOWS]->(b) RETURN b.name").Should().Equal("Bob");
        db.Column("MATCH (p:Person) RETURN p.name ORDER BY p.age").Should().Equal("Bob", "Ann");
        db.Scalar("MATCH (p:Person) RETURN count(*)").Should().Be(2L);
        db.Scalar("MATCH (p:Person) WITH p ORDER BY p.name DESC RETURN collect(p.name)").Should().BeEquivalentTo(new[] { "Bob", "Ann" });
    }
}
