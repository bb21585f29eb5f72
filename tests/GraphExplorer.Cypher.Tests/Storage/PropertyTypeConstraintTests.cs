using GraphExplorer.Cypher.Tests.Storage.Journal;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage;

/// <summary>
/// Property type constraints (<c>REQUIRE n.p IS :: type</c>): Neo4j's message on a violating write, and the constraint
/// surviving a reopen (its type is kept in the journal as the constraint's kind).
/// </summary>
public sealed class PropertyTypeConstraintTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_violating_write_names_the_node_the_property_and_both_types()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var session = db.OpenSession();
        await session.RunAsync("CREATE CONSTRAINT movie_title FOR (m:Movie) REQUIRE m.title IS :: STRING");
        var write = () => session.RunAsync("CREATE (:Movie {title: 13})");
        var error = (await write.Should().ThrowAsync<CypherException>()).Which;
        error.Kind.Should().Be(CypherErrorKind.ConstraintValidationFailed);
        error.Message.Should().MatchRegex(@"Node\(\d+\) with label `Movie` required the property `title` to be of type `STRING`, but was of type `INTEGER`\.");
    }

    [Fact]
    public async Task The_constraint_holds_after_reopening()
    {
        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            await db.OpenSession().RunAsync("CREATE CONSTRAINT tagline FOR (m:Movie) REQUIRE m.tagline IS :: LIST<STRING NOT NULL> | STRING");
        }

        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            var session = db.OpenSession();
            await session.RunAsync("CREATE (:Movie {tagline: ['a']}), (:Movie {tagline: 'b'})");
            var write = () => session.RunAsync("CREATE (:Movie {tagline: [1]})");
            (await write.Should().ThrowAsync<CypherException>()).Which.Message.Should().Contain("but was of type `LIST<INTEGER NOT NULL>`");
            (await session.RunAsync("SHOW CONSTRAINTS"))[0]["propertyType"].Should().Be("STRING | LIST<STRING NOT NULL>");
        }
    }
}
