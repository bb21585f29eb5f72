using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>Against a real Neo4j 5 server (see <see cref="Neo4jServerFixture"/>); skipped when none is available.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jServerTests(Neo4jServerFixture server)
{
    [Neo4jServerFact]
    public async Task Connectivity_is_verified()
    {
        await using var database = server.CreateDatabase();
        await database.VerifyConnectivityAsync();
    }

    [Neo4jServerFact]
    public async Task Wrong_credentials_are_reported()
    {
        await using var database = server.CreateDatabase(o => new Neo4jOptions { Uri = o.Uri, User = o.User, Password = "not-the-password" });
        (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
    }

    [Neo4jServerFact]
    public async Task Typed_values_round_trip_unchanged()
    {
        var values = new Dictionary<string, object?>
        {
            ["integer"] = long.MaxValue,
            ["float"] = 0.1,
            ["string"] = "Luxembourg – Lëtzebuerg",
            ["boolean"] = true,
            ["null"] = null,
            ["list"] = new List<object?> { 1L, "two", 3.0 },
            ["map"] = new Dictionary<string, object?> { ["k"] = -1L },
            ["date"] = new CypherDate(new DateOnly(2024, 2, 29)),
            ["localTime"] = new CypherLocalTime(((13 * 3600) + 5) * 1_000_000_000L + 123_456_789),
            ["time"] = new CypherTime(1, -(3 * 3600) - 1800),
            ["localDateTime"] = new CypherLocalDateTime(new DateOnly(2000, 1, 1), 999_999_999),
            ["offsetDateTime"] = new CypherDateTime(new DateOnly(2024, 6, 30), 12 * 3600 * 1_000_000_000L, 7200, null),
            ["zonedDateTime"] = new CypherDateTime(new DateOnly(2024, 6, 30), 12 * 3600 * 1_000_000_000L, 7200, "Europe/Luxembourg"),
            ["duration"] = new CypherDuration(14, 3, -2, 500_000_000),
        };
        await using var database = server.CreateDatabase();
        await using var session = database.OpenSession();

        var result = await session.RunAsync("RETURN $values AS values", new Dictionary<string, object?> { ["values"] = values });

        result[0]["values"].Should().BeEquivalentTo(values);
    }

    [Neo4jServerFact]
    public async Task Graph_entities_come_back_with_element_ids()
    {
        await using var database = server.CreateDatabase();
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        var result = await transaction.RunAsync(
            "CREATE p = (a:GxTest {name: 'a'})-[r:GX_LINK {since: 2020}]->(b:GxTest {name: 'b'}) RETURN a, r, p");
        await transaction.RollbackAsync();

        var a = result[0]["a"].Should().BeOfType<CypherNode>().Subject;
        var r = result[0]["r"].Should().BeOfType<CypherRelationship>().Subject;
        var p = result[0]["p"].Should().BeOfType<CypherPath>().Subject;
        a.Labels.Should().Equal("GxTest");
        r.StartElementId.Should().Be(a.ElementId);
        r.Properties["since"].Should().Be(2020L);
        p.Length.Should().Be(1);
        p.End.Properties["name"].Should().Be("b");
        result.Statistics.NodesCreated.Should().Be(2);
    }

    [Neo4jServerFact]
    public async Task Committed_work_is_visible_and_rolled_back_work_is_not()
    {
        var tag = Guid.NewGuid().ToString("N");
        await using var database = server.CreateDatabase();
        await using var session = database.OpenSession();

        await using (var committed = await session.BeginTransactionAsync())
        {
            await committed.RunAsync("CREATE (:GxTest {tag: $tag, kept: true})", new Dictionary<string, object?> { ["tag"] = tag });
            await committed.CommitAsync();
        }

        await using (var rolledBack = await session.BeginTransactionAsync())
        {
            await rolledBack.RunAsync("CREATE (:GxTest {tag: $tag, kept: false})", new Dictionary<string, object?> { ["tag"] = tag });
            await rolledBack.RollbackAsync();
        }

        var result = await session.RunAsync("MATCH (n:GxTest {tag: $tag}) RETURN n.kept AS kept", new Dictionary<string, object?> { ["tag"] = tag });
        result.Select(r => r["kept"]).Should().Equal(true);
        result.Bookmark.Should().NotBeNullOrEmpty();
        await session.RunAsync("MATCH (n:GxTest {tag: $tag}) DELETE n", new Dictionary<string, object?> { ["tag"] = tag });
    }

    [Neo4jServerFact]
    public async Task Syntax_errors_carry_their_position()
    {
        await using var database = server.CreateDatabase();
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("MATCH (n) RETRN n")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.SyntaxError);
        exception.Neo4jCode.Should().Be("Neo.ClientError.Statement.SyntaxError");
        exception.Position.Should().NotBeNull();
        exception.Position!.Value.Line.Should().Be(1);
    }
}
