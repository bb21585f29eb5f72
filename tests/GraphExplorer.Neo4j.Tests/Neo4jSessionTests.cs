using System.Net;
using System.Text;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Tests.Support;

namespace GraphExplorer.Neo4j.Tests;

/// <summary>Auto-commit queries: what is sent and what comes back.</summary>
public sealed class Neo4jSessionTests
{
    private readonly FakeQueryApi api = new();

    [Fact]
    public async Task Posts_the_statement_to_the_query_endpoint_with_typed_json_and_basic_auth()
    {
        api.Respond(Samples.PersonAndName);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await session.RunAsync("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" });

        var request = api.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/db/neo4j/query/v2");
        request.Header("Authorization").Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + TestDatabase.Password)));
        request.Header("Accept").Should().Be("application/vnd.neo4j.query.v1.1, application/vnd.neo4j.query; q=0.9", "v1.1 is preferred, the unversioned type serves servers before 2025.11");
        request.ContentType.Should().Be("application/vnd.neo4j.query");
        var body = request.Json;
        body.GetProperty("statement").GetString().Should().Be("MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name");
        body.GetProperty("parameters").GetProperty("name").GetProperty("$type").GetString().Should().Be("String");
        body.GetProperty("parameters").GetProperty("name").GetProperty("_value").GetString().Should().Be("Phil");
        body.GetProperty("includeCounters").GetBoolean().Should().BeTrue();
        body.GetProperty("accessMode").GetString().Should().Be("Write");
        body.TryGetProperty("bookmarks", out _).Should().BeFalse("a new session has no bookmarks to wait for");
    }

    [Fact]
    public async Task Sends_every_parameter_type_typed()
    {
        api.Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await session.RunAsync("RETURN 1 AS ok", new Dictionary<string, object?>
        {
            ["big"] = long.MaxValue,
            ["small"] = 7,
            ["ratio"] = 0.25,
            ["flag"] = false,
            ["none"] = null,
            ["tags"] = new List<object?> { "a", 1L },
            ["meta"] = new Dictionary<string, object?> { ["k"] = "v" },
            ["signed"] = new CypherDate(new DateOnly(2024, 5, 17)),
            ["at"] = new CypherTime(0, 0),
            ["local"] = new CypherLocalTime(1),
            ["stamp"] = new CypherLocalDateTime(new DateOnly(2024, 5, 17), 0),
            ["offset"] = new CypherDateTime(new DateOnly(2024, 5, 17), 0, 3600, null),
            ["zoned"] = new CypherDateTime(new DateOnly(2024, 5, 17), 0, 7200, "Europe/Luxembourg"),
            ["term"] = new CypherDuration(12, 0, 0, 0),
        });

        var parameters = api.Requests.Single().Json.GetProperty("parameters");
        string TypeOf(string name) => parameters.GetProperty(name).GetProperty("$type").GetString()!;
        string ValueOf(string name) => parameters.GetProperty(name).GetProperty("_value").ToString();
        (TypeOf("big"), ValueOf("big")).Should().Be(("Integer", "9223372036854775807"));
        (TypeOf("small"), ValueOf("small")).Should().Be(("Integer", "7"));
        (TypeOf("ratio"), ValueOf("ratio")).Should().Be(("Float", "0.25"));
        TypeOf("flag").Should().Be("Boolean");
        TypeOf("none").Should().Be("Null");
        TypeOf("tags").Should().Be("List");
        TypeOf("meta").Should().Be("Map");
        (TypeOf("signed"), ValueOf("signed")).Should().Be(("Date", "2024-05-17"));
        (TypeOf("at"), ValueOf("at")).Should().Be(("Time", "00:00:00Z"));
        (TypeOf("local"), ValueOf("local")).Should().Be(("LocalTime", "00:00:00.000000001"));
        (TypeOf("stamp"), ValueOf("stamp")).Should().Be(("LocalDateTime", "2024-05-17T00:00:00"));
        (TypeOf("offset"), ValueOf("offset")).Should().Be(("OffsetDateTime", "2024-05-17T00:00:00+01:00"));
        (TypeOf("zoned"), ValueOf("zoned")).Should().Be(("ZonedDateTime", "2024-05-17T00:00:00+02:00[Europe/Luxembourg]"));
        (TypeOf("term"), ValueOf("term")).Should().Be(("Duration", "P12M"));
    }

    [Fact]
    public async Task Returns_fields_records_and_the_bookmark()
    {
        api.Respond(Samples.PersonAndName);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var result = await session.RunAsync("MATCH (p) RETURN p AS person, p.name AS name");

        result.Keys.Should().Equal("person", "name");
        result.Should().ContainSingle();
        result[0]["person"].Should().BeOfType<CypherNode>().Which.Labels.Should().Equal("Person");
        result[0].Get<string>("name").Should().Be("Phil");
        result.Bookmark.Should().Be(Samples.Bookmark);
        result.Statistics.Should().Be(QueryStatistics.Empty);
    }

    [Fact]
    public async Task Maps_counters_to_statistics()
    {
        api.Respond(Samples.CreatedWithCounters);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var result = await session.RunAsync("CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" });

        result.Statistics.Should().Be(new QueryStatistics { NodesCreated = 1, PropertiesSet = 1, LabelsAdded = 1 });
        result.Statistics.ContainsUpdates.Should().BeTrue();
    }

    [Fact]
    public async Task Sends_the_bookmarks_of_the_previous_query_with_the_next()
    {
        api.Respond(Samples.CreatedWithCounters).Respond(Samples.PersonAndName);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Bookmarks: ["FB:given"]));

        await session.RunAsync("CREATE (n:Person {name: 'Peter'}) RETURN n.name");
        await session.RunAsync("MATCH (p) RETURN p AS person, p.name AS name");

        api.Requests[0].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()).Should().Equal("FB:given");
        api.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()).Should().Equal("FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA=");
    }

    [Fact]
    public async Task Uses_the_session_database_escaped_in_the_path()
    {
        api.Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Database: "partners db"));

        await session.RunAsync("RETURN 1 AS ok");

        api.Requests.Single().Path.Should().Be("/db/partners%20db/query/v2");
    }

    [Fact]
    public async Task Raises_a_syntax_error_with_its_code_message_and_position()
    {
        api.Respond(Samples.SyntaxError, HttpStatusCode.BadRequest, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("MATCH (n)\n  RETRN n")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.SyntaxError);
        exception.Phase.Should().Be(CypherErrorPhase.CompileTime);
        exception.Neo4jCode.Should().Be("Neo.ClientError.Statement.SyntaxError");
        exception.Position.Should().Be(new SourcePosition(12, 2, 3));
        exception.Message.Should().Contain("Invalid input 'RETRN'");
        api.Requests.Should().HaveCount(1, "client errors are never retried");
    }

    [Fact]
    public async Task Raises_errors_reported_with_status_202()
    {
        api.Respond(Samples.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(0) already exists with label `Person` and property `name` = 'Phil'"));
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("CREATE (:Person {name: 'Phil'})")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.ConstraintValidationFailed);
        exception.Detail.Should().Be("ConstraintValidationFailed");
    }

    [Fact]
    public async Task Raises_database_errors_as_such()
    {
        api.Respond(Samples.DatabaseErrorBody, HttpStatusCode.InternalServerError, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseError);
        exception.Neo4jCode.Should().Be("Neo.DatabaseError.General.UnknownError");
        api.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Reports_refused_credentials_on_401()
    {
        api.Respond(Samples.Unauthorized, HttpStatusCode.Unauthorized, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
        exception.Message.Should().Contain("refused the credentials").And.Contain("'neo4j'").And.NotContain(TestDatabase.Password);
    }

    [Fact]
    public async Task Reports_401_without_a_body_as_refused_credentials()
    {
        api.RespondText(string.Empty, HttpStatusCode.Unauthorized, "text/plain");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
    }

    [Fact]
    public async Task Explains_a_404_of_a_server_without_the_query_api()
    {
        api.RespondText("<html><body>Not Found</body></html>", HttpStatusCode.NotFound);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Detail.Should().Be("QueryApiNotFound");
        exception.Message.Should().Contain("http://neo4j.test:7474").And.Contain("/db/neo4j/query/v2").And.Contain("5.25");
        api.Requests.Should().HaveCount(1, "a missing endpoint does not appear by retrying");
    }

    [Fact]
    public async Task Reports_a_missing_database_from_its_neo4j_error_not_as_a_missing_api()
    {
        api.Respond(Samples.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'."), HttpStatusCode.NotFound, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Database: "nope"));

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Neo4jCode.Should().Be("Neo.ClientError.Database.DatabaseNotFound");
        exception.Message.Should().Contain("'nope'");
    }

    [Fact]
    public async Task Refuses_parameters_without_a_cypher_equivalent_before_sending()
    {
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new object() }))
            .Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.ArgumentError);
        exception.Message.Should().Contain("$x");
        api.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Enforces_the_row_limit_of_the_session()
    {
        api.Respond("""{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "1"}], [{"$type": "Integer", "_value": "2"}]]}}""");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Limits: new QueryLimits(MaxRows: 1)));

        (await FluentActions.Awaiting(() => session.RunAsync("UNWIND [1, 2] AS n RETURN n")).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.ResultLimitExceeded);
    }

    [Fact]
    public async Task Times_out_with_the_query_limit_of_the_session()
    {
        api.Hang();
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Limits: new QueryLimits(Timeout: TimeSpan.FromMilliseconds(50))));

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("CALL apoc.util.sleep(10000)")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.QueryTimeout);
        exception.Detail.Should().Be("QueryTimeout");
        api.Requests.Should().HaveCount(1, "a timed-out query may still run on the server, so it is not sent again");
    }

    [Fact]
    public async Task Times_out_with_the_request_timeout()
    {
        api.Hang();
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, RequestTimeout = TimeSpan.FromMilliseconds(50),
        });
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("RequestTimeout");
    }

    [Fact]
    public async Task Stops_when_the_caller_cancels()
    {
        api.Hang();
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await FluentActions.Awaiting(() => session.RunAsync("RETURN 1", cancellationToken: cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Refuses_work_after_disposal()
    {
        await using var database = TestDatabase.Create(api);
        var session = database.OpenSession();
        await session.DisposeAsync();

        await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<ObjectDisposedException>();
    }
}
