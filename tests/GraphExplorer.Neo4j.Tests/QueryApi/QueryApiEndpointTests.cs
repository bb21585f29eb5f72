using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;
using GraphExplorer.QueryApi;
using GraphExplorer.TestSupport.QueryApi;

namespace GraphExplorer.Neo4j.Tests.QueryApi;

/// <summary>
/// The product's Neo4j client end to end over real HTTP against the product's Query API (src/GraphExplorer.QueryApi, hosted
/// in process): what the client sends and reads in the documented shapes, and the endpoint's behaviour the application's
/// second CI run relies on. These check the client and the endpoint, not Neo4j itself.
/// </summary>
public sealed class QueryApiEndpointTests : IAsyncLifetime
{
    private QueryApiTestServer server = null!;

    public async Task InitializeAsync() => server = await QueryApiTestServer.StartAsync(new QueryApiOptions { TransactionIdleTimeout = TimeSpan.FromSeconds(1) });

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Typed_values_and_graph_entities_survive_the_trip()
    {
        var values = new Dictionary<string, object?>
        {
            ["integer"] = long.MinValue,
            ["float"] = 0.1,
            ["nan"] = double.NaN,
            ["string"] = "Lëtzebuerg \"quoted\"",
            ["null"] = null,
            ["bytes"] = new byte[] { 0, 1, 255 },
            ["list"] = new List<object?> { 1L, "two", new List<object?> { true } },
            ["date"] = new CypherDate(new DateOnly(2024, 2, 29)),
            ["zoned"] = new CypherDateTime(new DateOnly(2024, 6, 30), 12 * 3600 * 1_000_000_000L + 5, 7200, "Europe/Luxembourg"),
            ["duration"] = new CypherDuration(14, 3, -2, 500_000_000),
        };
        await using var database = Client();
        await using var session = database.OpenSession();

        var echoed = await session.RunAsync("RETURN $values AS values", new Dictionary<string, object?> { ["values"] = values });
        var created = await session.RunAsync("CREATE p = (a:Org {key: 'a'})-[r:SIGNED {on: date('2020-01-01')}]->(b:Org {key: 'b'}) RETURN a, r, p");

        echoed[0]["values"].Should().BeEquivalentTo(values);
        var a = created[0].Get<CypherNode>("a");
        var r = created[0].Get<CypherRelationship>("r");
        r.StartElementId.Should().Be(a.ElementId);
        r.Properties["on"].Should().Be(new CypherDate(new DateOnly(2020, 1, 1)));
        created[0].Get<CypherPath>("p").End.Properties["key"].Should().Be("b");
        created.Statistics.NodesCreated.Should().Be(2);
        created.Bookmark.Should().StartWith("graphexplorer:");
    }

    [Fact]
    public async Task Explicit_transactions_commit_and_roll_back()
    {
        await using var database = Client();
        await using var session = database.OpenSession();
        await using (var committed = await session.BeginTransactionAsync())
        {
            await committed.RunAsync("CREATE (:Kept)");
            await committed.CommitAsync();
        }

        await using (var rolledBack = await session.BeginTransactionAsync())
        {
            await rolledBack.RunAsync("CREATE (:Dropped)");
            await rolledBack.RollbackAsync();
        }

        (await session.RunAsync("MATCH (n) RETURN labels(n) AS l")).Select(r => r["l"]).Should().BeEquivalentTo([new List<object?> { "Kept" }]);
        server.Service.OpenTransactions.Should().Be(0);
    }

    [Fact]
    public async Task Profile_answers_the_rows_and_the_measured_plan_as_profiledQueryPlan()
    {
        // https://neo4j.com/docs/query-api/current/profile-query/: the result and the plan, operator types with @database.
        using var http = new HttpClient();
        var raw = await SendAsync(http, HttpMethod.Post, "/db/neo4j/query/v2", """{"statement": "PROFILE UNWIND [1, 2] AS i RETURN i"}""", affinity: null);
        var body = await raw.Content.ReadAsStringAsync();
        body.Should().Contain("\"profiledQueryPlan\":{\"dbHits\":0,\"records\":2,\"hasPageCacheStats\":false").And.Contain("\"operatorType\":\"ProduceResults@neo4j\"");

        await using var database = Client();
        await using var session = database.OpenSession();
        var result = await session.RunAsync("PROFILE UNWIND [1, 2] AS i RETURN i");

        result.Select(r => r["i"]).Should().Equal(1L, 2L);
        result.Profile!.Operators().Select(o => o.OperatorType).Should().Equal("ProduceResults", "Projection", "Unwind");
        result.Profile.Rows.Should().Be(2);
        result.Profile.Children[0].Arguments["Rows"].Should().Be(2L);
        (await session.RunAsync("RETURN 1 AS one")).Profile.Should().BeNull();
    }

    [Fact]
    public async Task A_transaction_left_idle_past_its_expiry_is_rolled_back_and_then_unknown()
    {
        // Raw HTTP: the client would keep the transaction alive before the expiry the server announced (1 s).
        using var http = new HttpClient();
        var (id, affinity) = await BeginAsync(http);
        (await SendAsync(http, HttpMethod.Post, $"/db/neo4j/query/v2/tx/{id}", """{"statement": "CREATE (:Lost)"}""", affinity)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        server.Service.OpenTransactions.Should().Be(0);
        var late = await SendAsync(http, HttpMethod.Post, $"/db/neo4j/query/v2/tx/{id}/commit", "", affinity);
        late.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await late.Content.ReadAsStringAsync()).Should().Contain("was not found");
        await using var database = Client();
        await using var session = database.OpenSession();
        (await session.RunAsync("MATCH (n:Lost) RETURN count(n) AS n")).Single().Get<long>("n").Should().Be(0);
    }

    [Fact]
    public async Task A_request_without_the_transactions_affinity_does_not_find_it()
    {
        using var http = new HttpClient();
        var (id, affinity) = await BeginAsync(http);

        var without = await SendAsync(http, HttpMethod.Post, $"/db/neo4j/query/v2/tx/{id}", """{"statement": "RETURN 1"}""", affinity: null);
        var with = await SendAsync(http, HttpMethod.Post, $"/db/neo4j/query/v2/tx/{id}", """{"statement": "RETURN 1"}""", affinity);

        without.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await without.Content.ReadAsStringAsync()).Should().Contain("neo4j-cluster-affinity");
        with.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Schema_commands_and_data_in_one_transaction_are_refused_as_on_Neo4j()
    {
        await using var database = Client();
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();
        await transaction.RunAsync("CREATE (:Org {key: 'a'})");

        var refused = (await FluentActions.Awaiting(() => transaction.RunAsync("CREATE INDEX org_key IF NOT EXISTS FOR (n:Org) ON (n.key)"))
            .Should().ThrowAsync<CypherException>()).Which;

        refused.Neo4jCode.Should().Be("Neo.ClientError.Transaction.ForbiddenDueToTransactionType");
        server.Service.OpenTransactions.Should().Be(0, "a failed statement rolls its transaction back");
        (await session.RunAsync("MATCH (n:Org) RETURN count(n) AS n")).Single().Get<long>("n").Should().Be(0);
    }

    [Fact]
    public async Task Errors_carry_the_engines_kind_code_and_position()
    {
        await using var database = Client();
        await using var session = database.OpenSession();

        var syntax = (await FluentActions.Awaiting(() => session.RunAsync("MATCH (n)\nRETRN n")).Should().ThrowAsync<CypherException>()).Which;
        var runtime = (await FluentActions.Awaiting(() => session.RunAsync("UNWIND [1, 0] AS d RETURN 1 / d")).Should().ThrowAsync<CypherException>()).Which;

        syntax.Kind.Should().Be(CypherErrorKind.SyntaxError);
        syntax.Neo4jCode.Should().Be("Neo.ClientError.Statement.SyntaxError");
        syntax.Position!.Value.Line.Should().Be(2);
        runtime.Kind.Should().Be(CypherErrorKind.ArithmeticError);
        runtime.Neo4jCode.Should().Be("Neo.ClientError.Statement.ArithmeticError");
    }

    [Fact]
    public async Task Wrong_credentials_unknown_databases_and_unknown_bookmarks_are_refused()
    {
        await using var wrongPassword = Client(o => new Neo4jOptions { Uri = o.Uri, User = o.User, Password = "nope" });
        await using var unknownDatabase = Client(o => new Neo4jOptions { Uri = o.Uri, User = o.User, Password = o.Password, Database = "absent" });
        await using var database = Client();
        await using var session = database.OpenSession(new SessionOptions(Bookmarks: ["FB:not-this-server:99"]));

        (await FluentActions.Awaiting(() => wrongPassword.VerifyConnectivityAsync()).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
        (await FluentActions.Awaiting(async () => { await using var s = unknownDatabase.OpenSession(); await s.RunAsync("RETURN 1"); })
            .Should().ThrowAsync<CypherException>()).Which.Neo4jCode.Should().Be("Neo.ClientError.Database.DatabaseNotFound");
        (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Neo4jCode.Should().Be("Neo.ClientError.Transaction.InvalidBookmark");
    }

    [Fact]
    public async Task Databases_are_created_and_dropped_through_the_system_database()
    {
        await using var system = Client(o => new Neo4jOptions { Uri = o.Uri, User = o.User, Password = o.Password, Database = "system" });
        await using var session = system.OpenSession();

        await session.RunAsync("CREATE DATABASE gxone WAIT");
        server.DatabaseNames.Should().Contain("gxone");
        await session.RunAsync("DROP DATABASE gxone IF EXISTS");

        server.DatabaseNames.Should().NotContain("gxone");
    }

    [Fact]
    public async Task Plain_JSON_is_answered_in_plain_JSON_with_plain_parameters_and_notifications()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Uri, "/db/neo4j/query/v2"))
        {
            Content = new StringContent("""{"statement": "CREATE (n:Org {key: $key, size: $size}) RETURN n, id(n) >= 0 AS old, $size + 1 AS next", "parameters": {"key": "a", "size": 41}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Authorization();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var row = body.RootElement.GetProperty("data").GetProperty("values")[0];
        row[0].GetProperty("labels")[0].GetString().Should().Be("Org");
        row[0].GetProperty("properties").GetProperty("key").GetString().Should().Be("a");
        row[0].GetProperty("elementId").GetString().Should().NotBeNullOrEmpty();
        row[2].GetInt64().Should().Be(42);
        body.RootElement.GetProperty("notifications")[0].GetProperty("code").GetString()
            .Should().Be("Neo.ClientNotification.Statement.FeatureDeprecationWarning", "id() is deprecated in Neo4j 5");
    }

    [Fact]
    public async Task An_answer_no_JSON_can_satisfy_is_refused_with_406()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Uri, "/db/neo4j/query/v2"))
        {
            Content = new StringContent("""{"statement": "RETURN 1"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Authorization();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Explicit_transactions_past_the_limit_are_refused_as_transient()
    {
        await using var limited = await QueryApiTestServer.StartAsync(new QueryApiOptions { MaxOpenTransactions = 1 });
        using var http = new HttpClient();
        var first = await SendAsync(http, HttpMethod.Post, new Uri(limited.Uri, "/db/neo4j/query/v2/tx"), "{}", affinity: null, limited.Password);
        var second = await SendAsync(http, HttpMethod.Post, new Uri(limited.Uri, "/db/neo4j/query/v2/tx"), "{}", affinity: null, limited.Password);

        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        second.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await second.Content.ReadAsStringAsync()).Should().Contain("Neo.TransientError.Request.NoThreadsAvailable").And.Contain("QueryApi:MaxOpenTransactions");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using var limited = await QueryApiTestServer.StartAsync(new QueryApiOptions { MaxRequestBodyBytes = 100 });
        using var http = new HttpClient();
        var statement = "RETURN '" + new string('x', 200) + "' AS long";

        var response = await SendAsync(http, HttpMethod.Post, new Uri(limited.Uri, "/db/neo4j/query/v2"), $$"""{"statement": "{{statement}}"}""", affinity: null, limited.Password);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("100 bytes");
    }

    private Neo4jGraphDatabase Client(Func<Neo4jOptions, Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = server.Uri, User = QueryApiTestServer.User, Password = server.Password, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        return new Neo4jGraphDatabase(configure is null ? options : configure(options));
    }

    private AuthenticationHeaderValue Authorization(string? password = null) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{QueryApiTestServer.User}:{password ?? server.Password}")));

    private async Task<(string Id, string Affinity)> BeginAsync(HttpClient http)
    {
        var begin = await SendAsync(http, HttpMethod.Post, "/db/neo4j/query/v2/tx", "{}", affinity: null);
        begin.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var affinity = begin.Headers.GetValues(QueryApiService.AffinityHeader).Single();
        using var body = System.Text.Json.JsonDocument.Parse(await begin.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("transaction").GetProperty("id").GetString()!, affinity);
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string body, string? affinity) =>
        SendAsync(http, method, new Uri(server.Uri, path), body, affinity, server.Password);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri uri, string body, string? affinity, string password)
    {
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{QueryApiTestServer.User}:{password}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.neo4j.query.v1.1"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(QueryApiService.AffinityHeader, affinity);
        }

        return await http.SendAsync(request);
    }
}
