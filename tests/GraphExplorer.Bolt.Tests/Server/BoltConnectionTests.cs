using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Bolt.Tests.Support;

namespace GraphExplorer.Bolt.Tests.Server;

/// <summary>The server's side of Bolt 5 message by message, over a real socket (https://neo4j.com/docs/bolt/current/bolt/message/).</summary>
public sealed class BoltConnectionTests : IAsyncLifetime
{
    private const byte Hello = 0x01, Reset = 0x0F, Run = 0x10, Begin = 0x11, Commit = 0x12, Discard = 0x2F, Pull = 0x3F, Route = 0x66, Logon = 0x6A;
    private const byte Success = 0x70, Record = 0x71, Ignored = 0x7E, Failure = 0x7F;

    private BoltServerHarness server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_client_with_no_common_version_gets_four_zero_bytes_and_is_closed()
    {
        await using var client = await server.ConnectAsync();
        (await client.HandshakeAsync("00020404", "00000003")).Should().Be("00000000");
        (await client.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Hello_answers_the_server_agent_and_a_connection_id()
    {
        await using var client = await server.ConnectAsync();
        await client.HandshakeAsync("00000405");
        await client.SendAsync(Hello, Map(("user_agent", "tests/1.0")));
        var success = await client.ReceiveAsync();
        success.Tag.Should().Be(Success);
        Metadata(success)["server"].Should().Be("Neo4j/5.26.0");
        Metadata(success)["connection_id"].Should().BeOfType<string>().Which.Should().StartWith("bolt-");
    }

    [Fact]
    public async Task Bolt_5_0_logs_in_with_hello_itself()
    {
        await using var client = await server.ConnectAsync();
        (await client.HandshakeAsync("00000005")).Should().Be("00000005");
        await client.SendAsync(Hello, Map(("user_agent", "tests/1.0"), ("scheme", "basic"), ("principal", "reader"), ("credentials", "secret")));
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "RETURN 1 AS one", Map(), Map());
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
    }

    [Fact]
    public async Task A_refused_login_is_unauthorized_and_closes_the_connection()
    {
        await using var client = await server.ConnectAsync();
        await client.HandshakeAsync("00000405");
        await client.SendAsync(Hello, Map(("user_agent", "tests/1.0")));
        await client.ReceiveAsync();
        await client.SendAsync(Logon, Map(("scheme", "basic"), ("principal", "steward"), ("credentials", "wrong")));
        var failure = await client.ReceiveAsync();
        Metadata(failure)["code"].Should().Be("Neo.ClientError.Security.Unauthorized");
        (await client.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task A_bearer_logon_hands_its_token_to_the_authenticator_and_a_refused_one_is_unauthorized()
    {
        await using var client = await server.ConnectAsync();
        await client.HandshakeAsync("00000405");
        await client.SendAsync(Hello, Map(("user_agent", "tests/1.0")));
        await client.ReceiveAsync();
        await client.SendAsync(Logon, Map(("scheme", "bearer"), ("credentials", BoltServerHarness.ReaderToken)));
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "RETURN 1 AS one", Map(), Map());
        (await client.ReceiveAsync()).Tag.Should().Be(Success);

        await using var forger = await server.ConnectAsync();
        await forger.HandshakeAsync("00000405");
        await forger.SendAsync(Hello, Map(("user_agent", "tests/1.0")));
        await forger.ReceiveAsync();
        await forger.SendAsync(Logon, Map(("scheme", "bearer"), ("credentials", "another.token.entirely")));
        Metadata(await forger.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Security.Unauthorized");
        (await forger.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Pull_pages_records_n_at_a_time_and_ends_with_the_summary()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, "UNWIND range(1, 3) AS x RETURN x", Map(), Map());
        var run = await client.ReceiveAsync();
        Metadata(run)["fields"].Should().BeEquivalentTo(new List<object?> { "x" });

        await client.SendAsync(Pull, Map(("n", 2L)));
        (await client.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { 1L });
        (await client.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { 2L });
        Metadata(await client.ReceiveAsync())["has_more"].Should().Be(true);

        await client.SendAsync(Pull, Map(("n", -1L)));
        (await client.ReceiveAsync()).Tag.Should().Be(Record);
        var summary = Metadata(await client.ReceiveAsync());
        summary["type"].Should().Be("r");
        summary["db"].Should().Be("neo4j");
        summary["bookmark"].Should().BeOfType<string>().Which.Should().StartWith("graphexplorer:");
    }

    [Fact]
    public async Task After_a_failure_everything_is_ignored_until_reset()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, "RETURN RETURN", Map(), Map());
        await client.SendAsync(Pull, Map(("n", -1L)));
        var failure = await client.ReceiveAsync();
        failure.Tag.Should().Be(Failure);
        Metadata(failure)["code"].Should().Be("Neo.ClientError.Statement.SyntaxError");
        (await client.ReceiveAsync()).Tag.Should().Be(Ignored);

        await client.SendAsync(Run, "RETURN 1", Map(), Map());
        (await client.ReceiveAsync()).Tag.Should().Be(Ignored);

        await client.SendAsync(Reset);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "RETURN 1 AS one", Map(), Map());
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
    }

    [Fact]
    public async Task Reset_rolls_back_an_open_transaction()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Begin, Map());
        await client.SendAsync(Run, "CREATE (:Probe)", Map(), Map());
        await client.SendAsync(Reset);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);

        await client.SendAsync(Run, "MATCH (p:Probe) RETURN count(p) AS n", Map(), Map());
        await client.SendAsync(Pull, Map(("n", -1L)));
        await client.ReceiveAsync();
        (await client.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { 0L });
    }

    [Fact]
    public async Task Results_of_one_transaction_are_pulled_by_qid_and_the_commit_gives_a_bookmark()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Begin, Map(("tx_metadata", Map(("app", "tests"))), ("tx_timeout", 5000L)));
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "CREATE (n:Probe) RETURN 'first' AS which", Map(), Map());
        Metadata(await client.ReceiveAsync())["qid"].Should().Be(0L);
        await client.SendAsync(Run, "RETURN 'second' AS which", Map(), Map());
        Metadata(await client.ReceiveAsync())["qid"].Should().Be(1L);

        await client.SendAsync(Pull, Map(("n", -1L), ("qid", 0L)));
        (await client.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { "first" });
        var firstSummary = Metadata(await client.ReceiveAsync());
        firstSummary["stats"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["nodes-created"] = 1L, ["labels-added"] = 1L });
        firstSummary.Should().NotContainKey("bookmark", "only the commit of an explicit transaction gives one");

        await client.SendAsync(Discard, Map(("n", -1L), ("qid", 1L)));
        (await client.ReceiveAsync()).Tag.Should().Be(Success);

        await client.SendAsync(Commit);
        Metadata(await client.ReceiveAsync())["bookmark"].Should().BeOfType<string>().Which.Should().EndWith(":1");
    }

    [Fact]
    public async Task A_reader_cannot_write_even_in_auto_commit()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync("reader");
        await client.SendAsync(Run, "CREATE (:Probe)", Map(), Map());
        Metadata(await client.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Security.Forbidden");
    }

    [Fact]
    public async Task An_unknown_database_is_refused()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, "RETURN 1", Map(), Map(("db", "other")));
        Metadata(await client.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Database.DatabaseNotFound");
    }

    [Fact]
    public async Task Route_names_this_server_for_every_role()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Route, Map(("address", "db.example:7687")), new List<object?>(), Map());
        var table = (Dictionary<string, object?>)Metadata(await client.ReceiveAsync())["rt"]!;
        table["db"].Should().Be("neo4j");
        var servers = ((List<object?>)table["servers"]!).Cast<Dictionary<string, object?>>().ToList();
        servers.Select(s => s["role"]).Should().BeEquivalentTo(["WRITE", "READ", "ROUTE"]);
        servers.Should().OnlyContain(s => ((List<object?>)s["addresses"]!).SequenceEqual(new object?[] { "db.example:7687" }));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_fails_and_closes_the_connection()
    {
        await server.DisposeAsync();
        server = new BoltServerHarness(new BoltServerOptions { MaxMessageBytes = 1024 });
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, "RETURN '" + new string('x', 2000) + "'", Map(), Map());
        var failure = Metadata(await client.ReceiveAsync());
        failure["code"].Should().Be("Neo.ClientError.Request.Invalid");
        failure["message"].Should().BeOfType<string>().Which.Should().Contain("Bolt:MaxMessageBytes");
        (await client.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task A_result_over_the_row_limit_fails_as_a_client_error_naming_the_setting()
    {
        await server.DisposeAsync();
        server = new BoltServerHarness(new BoltServerOptions { Limits = new GraphExplorer.Database.QueryLimits(MaxRows: 2) });
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, "UNWIND range(1, 3) AS x RETURN x", Map(), Map());
        var failure = Metadata(await client.ReceiveAsync());
        failure["code"].Should().Be("Neo.ClientError.Statement.ExecutionFailed");
        failure["message"].Should().BeOfType<string>().Which.Should().Contain("Database:MaxRows");
    }

    [Fact]
    public async Task A_transaction_left_idle_is_rolled_back_and_frees_the_write_lock()
    {
        await server.DisposeAsync();
        server = new BoltServerHarness(new BoltServerOptions { TransactionIdleTimeout = TimeSpan.FromMilliseconds(300) });
        await using var idle = await server.ConnectAsync();
        await idle.LoginAsync();
        await idle.SendAsync(Begin, Map());
        await idle.SendAsync(Run, "CREATE (:Abandoned)", Map(), Map());
        (await idle.ReceiveAsync()).Tag.Should().Be(Success);
        (await idle.ReceiveAsync()).Tag.Should().Be(Success);
        (await idle.ClosedByServerAsync()).Should().BeTrue();

        await using var next = await server.ConnectAsync();
        await next.LoginAsync();
        await next.SendAsync(Run, "CREATE (:Probe) WITH 1 AS x MATCH (a:Abandoned) RETURN count(a) AS n", Map(), Map());
        await next.SendAsync(Pull, Map(("n", -1L)));
        (await next.ReceiveAsync()).Tag.Should().Be(Success, "the abandoned transaction's write lock was released");
        (await next.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { 0L });
    }

    [Fact]
    public async Task A_connection_past_the_limit_is_refused_as_transient()
    {
        await server.DisposeAsync();
        server = new BoltServerHarness(new BoltServerOptions { MaxConnections = 1 });
        await using var first = await server.ConnectAsync();
        await first.LoginAsync();
        await using var second = await server.ConnectAsync();
        await second.HandshakeAsync("00000405");
        await second.SendAsync(Hello, Map(("user_agent", "tests/1.0")));
        Metadata(await second.ReceiveAsync())["code"].Should().Be("Neo.TransientError.Request.NoThreadsAvailable");
        (await second.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Logoff_then_logon_changes_who_the_connection_acts_for()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync("steward");
        await client.SendAsync(0x6B);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "RETURN 1", Map(), Map());
        Metadata(await client.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Request.Invalid", "nothing runs between LOGOFF and LOGON");
    }

    [Fact]
    public async Task Logon_after_logoff_as_a_reader_takes_away_writing()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync("steward");
        await client.SendAsync(0x6B);
        await client.SendAsync(Logon, Map(("scheme", "basic"), ("principal", "reader"), ("credentials", "secret")));
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Run, "CREATE (:Probe)", Map(), Map());
        Metadata(await client.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Security.Forbidden");
    }

    [Fact]
    public async Task Goodbye_closes_the_connection_without_an_answer()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(0x02);
        (await client.ClosedByServerAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task A_message_before_hello_is_a_protocol_violation()
    {
        await using var client = await server.ConnectAsync();
        await client.HandshakeAsync("00000405");
        await client.SendAsync(Run, "RETURN 1", Map(), Map());
        Metadata(await client.ReceiveAsync())["code"].Should().Be("Neo.ClientError.Request.Invalid");
        (await client.ClosedByServerAsync()).Should().BeTrue();
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    private static Dictionary<string, object?> Metadata(PackStreamStructure message) => (Dictionary<string, object?>)message.Fields[0]!;
}
