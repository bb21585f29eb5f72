using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;
using GraphExplorer.TestSupport.QueryApi;

namespace GraphExplorer.Neo4j.Tests.Emulator;

/// <summary>
/// The Neo4j client end to end over real HTTP against the Query API emulator: what the client sends and reads in the
/// documented shapes, and the emulator's server behaviour the application's second CI run relies on. These check the
/// client and the emulator, not Neo4j itself.
/// </summary>
public sealed class QueryApiEmulatorTests : IAsyncLifetime
{
    private QueryApiEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await QueryApiEmulator.StartAsync(new QueryApiEmulatorOptions { TransactionIdleTimeout = TimeSpan.FromSeconds(1) });

    public async Task DisposeAsync() => await emulator.DisposeAsync();

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
        created.Bookmark.Should().StartWith("FB:");
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
        emulator.OpenTransactions.Should().Be(0);
    }

    [Fact]
    public async Task A_transaction_left_idle_past_its_expiry_is_rolled_back_and_then_unknown()
    {
        // Raw HTTP: the client would keep the transaction alive before the expiry the server announced (1 s).
        using var http = new HttpClient();
        var (id, affinity) = await BeginAsync(http);
        (await SendAsync(http, HttpMethod.Post, $"/db/neo4j/query/v2/tx/{id}", """{"statement": "CREATE (:Lost)"}""", affinity)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        await Task.Delay(TimeSpan.FromSeconds(3.5));

        emulator.OpenTransactions.Should().Be(0);
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
        emulator.OpenTransactions.Should().Be(0, "a failed statement rolls its transaction back");
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
        await using var session = database.OpenSession(new SessionOptions(Bookmarks: ["FB:gx-emulator:neo4j:99"]));

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
        emulator.DatabaseNames.Should().Contain("gxone");
        await session.RunAsync("DROP DATABASE gxone IF EXISTS");

        emulator.DatabaseNames.Should().NotContain("gxone");
    }

    [Fact]
    public async Task Plain_JSON_is_refused_with_406()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.Uri, "/db/neo4j/query/v2"))
        {
            Content = new StringContent("""{"statement": "RETURN 1"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Authorization();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        (await http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    private Neo4jGraphDatabase Client(Func<Neo4jOptions, Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = emulator.Uri, User = emulator.Options.User, Password = emulator.Options.Password, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        return new Neo4jGraphDatabase(configure is null ? options : configure(options));
    }

    private AuthenticationHeaderValue Authorization() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emulator.Options.User}:{emulator.Options.Password}")));

    private async Task<(string Id, string Affinity)> BeginAsync(HttpClient http)
    {
        var begin = await SendAsync(http, HttpMethod.Post, "/db/neo4j/query/v2/tx", "{}", affinity: null);
        begin.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var affinity = begin.Headers.GetValues(QueryApiEmulator.AffinityHeader).Single();
        using var body = System.Text.Json.JsonDocument.Parse(await begin.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("transaction").GetProperty("id").GetString()!, affinity);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string body, string? affinity)
    {
        using var request = new HttpRequestMessage(method, new Uri(emulator.Uri, path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/vnd.neo4j.query"),
        };
        request.Headers.Authorization = Authorization();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.neo4j.query.v1.1"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(QueryApiEmulator.AffinityHeader, affinity);
        }

        return await http.SendAsync(request);
    }
}
