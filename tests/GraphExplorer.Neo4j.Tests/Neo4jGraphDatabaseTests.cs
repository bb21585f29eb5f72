using System.Net;
using GraphExplorer.Database;
using GraphExplorer.Neo4j.Tests.Support;

namespace GraphExplorer.Neo4j.Tests;

public sealed class Neo4jGraphDatabaseTests
{
    private readonly FakeQueryApi api = new();

    [Fact]
    public async Task Is_the_neo4j_backend()
    {
        await using var database = TestDatabase.Create(api);
        database.BackendName.Should().Be("neo4j");
    }

    [Fact]
    public async Task Verifies_connectivity_with_discovery_then_return_1()
    {
        api.Respond(Samples.Discovery, HttpStatusCode.OK, mediaType: "application/json").Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);

        await database.VerifyConnectivityAsync();

        api.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("GET /", "POST /db/neo4j/query/v2");
        api.Requests[0].Header("Authorization").Should().BeNull("discovery needs no credentials");
        api.Requests[1].Json.GetProperty("statement").GetString().Should().StartWith("RETURN 1");
        api.Requests[1].Json.GetProperty("accessMode").GetString().Should().Be("Read");
    }

    [Fact]
    public async Task Verifies_connectivity_where_discovery_is_not_offered()
    {
        api.RespondText("Not Found", HttpStatusCode.NotFound, "text/plain").Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);

        await database.VerifyConnectivityAsync();
    }

    [Fact]
    public async Task Reports_an_unreachable_server_by_uri()
    {
        api.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"));
        await using var database = TestDatabase.Create(api);

        var exception = (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Message.Should().Contain("http://neo4j.test:7474").And.Contain("Connection refused").And.NotContain(TestDatabase.Password);
    }

    [Fact]
    public async Task Reports_wrong_credentials()
    {
        api.Respond(Samples.Discovery, HttpStatusCode.OK, mediaType: "application/json")
            .Respond(Samples.Unauthorized, HttpStatusCode.Unauthorized, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);

        var exception = (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
        exception.Neo4jCode.Should().Be("Neo.ClientError.Security.Unauthorized");
        exception.Message.Should().Contain("refused the credentials of user 'neo4j'").And.Contain("Invalid username or password").And.NotContain(TestDatabase.Password);
        api.Requests.Should().HaveCount(2, "refused credentials are not retried");
    }

    [Fact]
    public async Task Reports_a_server_without_the_query_api()
    {
        api.Respond("""{"neo4j_version": "5.20.0", "neo4j_edition": "community"}""", HttpStatusCode.OK, mediaType: "application/json")
            .RespondText(string.Empty, HttpStatusCode.NotFound, "text/plain");
        await using var database = TestDatabase.Create(api);

        var exception = (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Message.Should().Contain("enabled by default from Neo4j 5.25");
    }

    [Fact]
    public async Task Leaves_out_the_authorization_header_without_a_user()
    {
        api.Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions { Uri = o.Uri, User = null });
        await using var session = database.OpenSession();

        await session.RunAsync("RETURN 1 AS ok");

        api.Requests.Single().Header("Authorization").Should().BeNull();
    }

    [Fact]
    public async Task Keeps_a_path_prefix_of_the_uri()
    {
        api.Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions { Uri = new Uri("https://proxy.test/neo4j/"), User = o.User, Password = o.Password });
        await using var session = database.OpenSession();

        await session.RunAsync("RETURN 1 AS ok");

        api.Requests.Single().Path.Should().Be("/neo4j/db/neo4j/query/v2");
    }

    [Fact]
    public void Refuses_invalid_options_at_construction() =>
        FluentActions.Invoking(() => new Neo4jGraphDatabase(new Neo4jOptions { Uri = new Uri("bolt://localhost:7687") }, api))
            .Should().Throw<ArgumentException>();

    [Fact]
    public async Task Reports_an_unreadable_answer_as_invalid_response()
    {
        api.Respond("""{"data": {"fields": ["x"], "values": [[{"$type": "Integer", "_value": "twelve"}]]}}""");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 'twelve' AS x")).Should().ThrowAsync<CypherException>()).Which;

        exception.Detail.Should().Be("InvalidResponse");
        exception.Message.Should().Contain("twelve");
    }

    [Fact]
    public async Task Reports_rows_that_do_not_match_their_fields()
    {
        api.Respond("""{"data": {"fields": ["a", "b"], "values": [[{"$type": "Integer", "_value": "1"}]]}}""");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1 AS a, 2 AS b")).Should().ThrowAsync<CypherException>())
            .Which.Message.Should().Contain("row 0 has 1 values for 2 fields");
    }

    [Fact]
    public async Task Reports_a_missing_default_database_as_unavailable()
    {
        api.Respond(Samples.Discovery, HttpStatusCode.OK, mediaType: "application/json")
            .Respond(Samples.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'neo4j'."), HttpStatusCode.NotFound, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);

        var exception = (await FluentActions.Awaiting(() => database.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Neo4jCode.Should().Be("Neo.ClientError.Database.DatabaseNotFound");
        exception.Message.Should().Contain("database 'neo4j'").And.Contain("Database does not exist");
    }

    [Fact]
    public async Task Hints_at_the_media_type_when_the_server_refuses_it()
    {
        api.RespondText(string.Empty, HttpStatusCode.UnsupportedMediaType, "text/plain");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Message.Should().Contain("415").And.Contain("application/vnd.neo4j.query");
    }

    [Fact]
    public async Task Logs_database_errors_without_credentials()
    {
        var logger = new ListLogger();
        api.Respond(Samples.DatabaseErrorBody, HttpStatusCode.InternalServerError, mediaType: "application/json");
        await using var database = new Neo4jGraphDatabase(TestDatabase.Options(), api, logger);
        await using var session = database.OpenSession();

        await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>();

        logger.Entries.Should().ContainSingle(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error)
            .Which.Message.Should().Contain("Neo.DatabaseError.General.UnknownError").And.Contain("Something broke");
        logger.Entries.Should().NotContain(e => e.Message.Contains(TestDatabase.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_retries_without_credentials()
    {
        var logger = new ListLogger();
        api.Respond(Samples.TransientDeadlock).Respond(Samples.ReturnOne);
        await using var database = new Neo4jGraphDatabase(TestDatabase.Options(), api, logger);
        await using var session = database.OpenSession();

        await session.RunAsync("RETURN 1 AS ok");

        logger.Entries.Should().ContainSingle(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning)
            .Which.Message.Should().Contain("retry 1 of 3").And.Contain("DeadlockDetected");
        logger.Entries.Should().NotContain(e => e.Message.Contains(TestDatabase.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_a_success_without_a_query_api_body_as_invalid()
    {
        api.RespondText("<html>Welcome to our proxy</html>", HttpStatusCode.OK);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Message.Should().Contain("without a Query API body").And.Contain("text/html");
    }

    [Fact]
    public async Task Accepts_a_rollback_answered_with_an_empty_body()
    {
        api.Respond(Samples.TransactionBegun()).Respond(string.Empty, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await transaction.RollbackAsync();
    }
}
