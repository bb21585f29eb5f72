using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.Neo4j;
using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.QueryApi;

/// <summary>
/// The server's Neo4j Query API (<c>QueryApi:Enabled</c>): off by default; the user <c>steward</c> with a steward key writes,
/// a reader (<c>QueryApi:Readers</c>) reads and is forbidden to write, no credentials only with
/// <c>QueryApi:AllowAnonymousReads</c>; the product's own Neo4j client works against it; Neo4j's clients find it at
/// <c>/</c>, which still serves the web client to a browser.
/// </summary>
public sealed class QueryApiHostingTests
{
    private const string Query = "/db/neo4j/query/v2";

    [Fact]
    public async Task The_Query_API_is_off_unless_enabled()
    {
        using var server = new ExplorerTestServer();
        using var client = server.CreateClient();

        var response = await client.SendAsync(Request(Query, """{"statement": "RETURN 1"}""", Basic("steward", server.StewardKey)));

        response.StatusCode.Should().NotBe(HttpStatusCode.Accepted);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task The_products_own_Neo4j_client_reads_and_writes_the_servers_database_with_a_steward_key()
    {
        using var server = new EnabledServer();
        await using var database = new Neo4jGraphDatabase(
            new Neo4jOptions { Uri = server.Server.BaseAddress, User = "steward", Password = server.StewardKey, RetryBaseDelay = TimeSpan.FromMilliseconds(1) },
            server.Server.CreateHandler());
        await using var session = database.OpenSession();

        var seeded = await session.RunAsync("MATCH (n) RETURN count(n) AS n");
        await using (var transaction = await session.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (:QueryApiProbe {at: date('2026-12-07')})");
            await transaction.CommitAsync();
        }

        var probe = await session.RunAsync("MATCH (p:QueryApiProbe) RETURN p.at AS at");
        await using var direct = server.Database.OpenSession();
        var stored = await direct.RunAsync("MATCH (p:QueryApiProbe) RETURN count(p) AS n");
        seeded.Single().Get<long>("n").Should().BePositive("the seed scripts were loaded into the server's database");
        probe.Single()["at"].Should().Be(new GraphExplorer.Database.Values.CypherDate(new DateOnly(2026, 12, 7)));
        stored.Single().Get<long>("n").Should().Be(1, "the write reached the server's own database");
    }

    [Fact]
    public async Task A_reader_reads_and_is_forbidden_to_write()
    {
        using var server = new EnabledServer();
        using var client = server.CreateClient();

        var read = await client.SendAsync(Request(Query, """{"statement": "RETURN 1 AS one"}""", Basic(EnabledServer.ReaderName, server.ReaderKey)));
        var write = await client.SendAsync(Request(Query, """{"statement": "CREATE (:Intruder)"}""", Basic(EnabledServer.ReaderName, server.ReaderKey)));

        read.StatusCode.Should().Be(HttpStatusCode.Accepted);
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await write.Content.ReadAsStringAsync()).Should().Contain("Neo.ClientError.Security.Forbidden").And.Contain(EnabledServer.ReaderName);
    }

    [Fact]
    public async Task Without_credentials_or_with_a_wrong_key_a_request_is_unauthorized_naming_the_setting()
    {
        using var server = new EnabledServer();
        using var client = server.CreateClient();

        var anonymous = await client.SendAsync(Request(Query, """{"statement": "RETURN 1"}""", authorization: null));
        var wrong = await client.SendAsync(Request(Query, """{"statement": "RETURN 1"}""", Basic("steward", "not-a-key")));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("Neo.ClientError.Security.Unauthorized").And.Contain("QueryApi:AllowAnonymousReads");
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task With_anonymous_reads_allowed_a_request_without_credentials_reads_but_may_not_write()
    {
        using var server = new AnonymousReadsServer();
        using var client = server.CreateClient();

        var read = await client.SendAsync(Request(Query, """{"statement": "RETURN 1 AS one"}""", authorization: null));
        var write = await client.SendAsync(Request(Query, """{"statement": "CREATE (:Intruder)"}""", authorization: null));

        read.StatusCode.Should().Be(HttpStatusCode.Accepted);
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bookmark_from_the_Query_API_is_the_servers_own()
    {
        using var server = new EnabledServer();
        using var client = server.CreateClient();

        var write = await client.SendAsync(Request(Query, """{"statement": "CREATE (:Marked)"}""", Basic("steward", server.StewardKey)));
        using var body = JsonDocument.Parse(await write.Content.ReadAsStringAsync());
        var bookmark = body.RootElement.GetProperty("bookmarks")[0].GetString()!;
        var future = bookmark[..(bookmark.LastIndexOf(':') + 1)] + "999999";
        var late = await client.SendAsync(Request(Query, $$"""{"statement": "RETURN 1", "bookmarks": ["{{future}}"]}""", Basic("steward", server.StewardKey)));

        bookmark.Should().StartWith("graphexplorer:");
        late.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).Should().Contain("Neo.ClientError.Transaction.InvalidBookmark");
    }

    [Fact]
    public async Task Neo4js_clients_find_the_query_endpoint_at_the_root_while_a_browser_still_gets_the_explorer()
    {
        using var server = new EnabledServer();
        using var client = server.CreateClient();

        using var discovery = new HttpRequestMessage(HttpMethod.Get, "/");
        discovery.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var answer = await client.SendAsync(discovery);
        using var document = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9");
        var browser = await client.SendAsync(page);

        document.RootElement.GetProperty("query").GetString().Should().EndWith("/db/{databaseName}/query/v2");
        document.RootElement.GetProperty("neo4j_version").GetString().Should().Be(Neo4jCompatibility.KernelVersion);
        browser.Content.Headers.ContentType?.MediaType.Should().NotBe("application/json");
    }

    [Fact]
    public void With_sign_in_required_anonymous_reads_stop_the_server_from_starting_naming_both_settings()
    {
        using var server = new AnonymousReadsWithSignInServer();

        var starting = () => server.CreateClient();

        starting.Should().Throw<InvalidOperationException>().WithMessage("*QueryApi:AllowAnonymousReads*Access:RequireSignIn*");
    }

    private static HttpRequestMessage Request(string path, string body, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.neo4j.query"));
        request.Headers.Authorization = authorization;
        return request;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private sealed class EnabledServer : ExplorerTestServer
    {
        public const string ReaderName = "analyst";

        public EnabledServer()
            : this(StewardKeyHasher.NewKey())
        {
        }

        private EnabledServer(string readerKey)
            : base(Settings(readerKey))
        {
            ReaderKey = readerKey;
        }

        public string ReaderKey { get; }

        private static Dictionary<string, string?> Settings(string readerKey)
        {
            var reader = StewardKeyHasher.CreateEntry(ReaderName, readerKey);
            return new()
            {
                ["QueryApi:Enabled"] = "true",
                ["QueryApi:Readers:0:Name"] = reader.Name,
                ["QueryApi:Readers:0:Hash"] = reader.Hash,
                ["QueryApi:Readers:0:Salt"] = reader.Salt,
            };
        }
    }

    private sealed class AnonymousReadsServer() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["QueryApi:Enabled"] = "true",
        ["QueryApi:AllowAnonymousReads"] = "true",
    });

    private sealed class AnonymousReadsWithSignInServer() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["QueryApi:Enabled"] = "true",
        ["QueryApi:AllowAnonymousReads"] = "true",
        ["Access:RequireSignIn"] = "true",
    });
}
