using GraphExplorer.Database;
using GraphExplorer.Neo4j.Tests.Support;

namespace GraphExplorer.Neo4j.Tests.Http;

/// <summary>Through the client's own HTTP handler and real sockets on the loopback interface.</summary>
public sealed class WireTests
{
    [Fact]
    public async Task Sends_well_formed_headers_over_the_wire()
    {
        await using var server = new LoopbackQueryApi();
        server.Answer(Samples.PersonAndName);
        await using var database = new Neo4jGraphDatabase(new Neo4jOptions { Uri = server.Uri, Password = TestDatabase.Password });
        await using var session = database.OpenSession();

        var result = await session.RunAsync("MATCH (p) RETURN p AS person, p.name AS name");

        result[0].Get<string>("name").Should().Be("Phil");
        var request = server.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/db/neo4j/query/v2");
        request.Accept.Should().Be("application/vnd.neo4j.query.v1.1, application/vnd.neo4j.query;q=0.9");
        request.ContentType.Should().Be("application/vnd.neo4j.query");
        request.Body.Should().Contain("\"statement\":\"MATCH (p) RETURN p AS person, p.name AS name\"");
    }

    [Fact]
    public async Task Carries_the_affinity_through_a_transaction_over_the_wire()
    {
        await using var server = new LoopbackQueryApi();
        server.Answer(Samples.TransactionBegun(), affinity: "MTAuOC41Ljc6MTc0NzQ=")
            .Answer(Samples.TransactionRun(), affinity: "MTAuOC41Ljc6MTc0NzQ=")
            .Answer(Samples.Committed, affinity: "MTAuOC41Ljc6MTc0NzQ=");
        await using var database = new Neo4jGraphDatabase(new Neo4jOptions { Uri = server.Uri, Password = TestDatabase.Password });
        await using var session = database.OpenSession();

        await using (var transaction = await session.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n) RETURN n AS bob");
            await transaction.CommitAsync();
        }

        server.Requests.Select(r => r.Affinity).Should().Equal(null, "MTAuOC41Ljc6MTc0NzQ=", "MTAuOC41Ljc6MTc0NzQ=");
        server.Requests[2].ContentType.Should().BeNull("a commit without a statement has no body");
    }

    [Fact]
    public async Task Classifies_a_refused_connection_as_never_sent_and_retries_it()
    {
        // Nothing listens on this port: the operating system refuses the connection, so the request never left.
        var port = LoopbackQueryApi.FreePort();
        var logger = new ListLogger();
        await using var database = new Neo4jGraphDatabase(
            new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = TestDatabase.Password, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) },
            new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            logger);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("CREATE (n)")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Detail.Should().Be("ServiceUnavailable");
        exception.Message.Should().Contain($"unreachable at http://127.0.0.1:{port}/");
        logger.Entries.Count(e => e.Message.Contains("retry", StringComparison.Ordinal)).Should().Be(2, "a refused connection is safe to retry, even for a write");
    }

    [Fact]
    public async Task Verifies_connectivity_against_an_unreachable_server_naming_it()
    {
        var port = LoopbackQueryApi.FreePort();
        await using var database = new Neo4jGraphDatabase(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = TestDatabase.Password });

        var exception = (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Message.Should().Contain($"127.0.0.1:{port}").And.NotContain(TestDatabase.Password);
    }
}
