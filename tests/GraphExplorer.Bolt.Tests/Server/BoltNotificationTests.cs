using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Tests.Support;

namespace GraphExplorer.Bolt.Tests.Server;

/// <summary>
/// Notifications in a result's closing SUCCESS, as Neo4j 5 sends them to Bolt 5.0–5.4 clients, and the filter a client
/// sets in HELLO (<c>notifications_minimum_severity</c>, <c>notifications_disabled_categories</c>, Bolt 5.2+).
/// </summary>
public sealed class BoltNotificationTests : IAsyncLifetime
{
    private const byte Hello = 0x01, Run = 0x10, Begin = 0x11, Commit = 0x12, Pull = 0x3F, Logon = 0x6A, Success = 0x70, Failure = 0x7F;

    private readonly BoltServerHarness server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_deprecated_function_is_reported_with_its_code_and_position()
    {
        var summary = await SummaryOfAsync("OPTIONAL MATCH (n) RETURN id(n) AS legacy", new Dictionary<string, object?>());

        summary["notifications"].Should().BeEquivalentTo(new List<object?>
        {
            new Dictionary<string, object?>
            {
                ["code"] = "Neo.ClientNotification.Statement.FeatureDeprecationWarning",
                ["title"] = "This feature is deprecated and will be removed in future versions.",
                ["description"] = "The query used a deprecated function: `id`.",
                ["severity"] = "WARNING",
                ["category"] = "DEPRECATION",
                ["position"] = new Dictionary<string, object?> { ["offset"] = 26L, ["line"] = 1L, ["column"] = 27L },
            },
        });
    }

    [Fact]
    public async Task A_query_without_notifications_has_no_notifications_entry() =>
        (await SummaryOfAsync("RETURN 1 AS one", new Dictionary<string, object?>())).Should().NotContainKey("notifications");

    [Theory]
    [InlineData("OFF", null)]
    [InlineData(null, "DEPRECATION")]
    public async Task A_client_that_turned_them_off_in_hello_gets_none(string? minimumSeverity, string? disabledCategory)
    {
        var hello = new Dictionary<string, object?>();
        if (minimumSeverity is not null)
        {
            hello["notifications_minimum_severity"] = minimumSeverity;
        }

        if (disabledCategory is not null)
        {
            hello["notifications_disabled_categories"] = new List<object?> { disabledCategory };
        }

        (await SummaryOfAsync("OPTIONAL MATCH (n) RETURN id(n) AS legacy", hello)).Should().NotContainKey("notifications");
    }

    [Fact]
    public async Task Begin_and_an_auto_commit_run_may_ask_for_other_notifications_than_hello()
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        var off = new Dictionary<string, object?> { ["notifications_minimum_severity"] = "OFF" };

        await client.SendAsync(Begin, off);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        (await PullSummaryAsync(client, "OPTIONAL MATCH (n) RETURN id(n) AS legacy", new Dictionary<string, object?>()))
            .Should().NotContainKey("notifications", "BEGIN turned them off for the transaction");
        await client.SendAsync(Commit, new Dictionary<string, object?>());
        (await client.ReceiveAsync()).Tag.Should().Be(Success);

        (await PullSummaryAsync(client, "OPTIONAL MATCH (n) RETURN id(n) AS legacy", off)).Should().NotContainKey("notifications");
        (await PullSummaryAsync(client, "OPTIONAL MATCH (n) RETURN id(n) AS legacy", new Dictionary<string, object?>()))
            .Should().ContainKey("notifications", "the connection's choice (everything) holds again for the next RUN");
    }

    [Fact]
    public async Task An_unknown_minimum_severity_is_a_malformed_hello()
    {
        await using var client = await server.ConnectAsync();
        await client.HandshakeAsync("00000405");
        await client.SendAsync(Hello, new Dictionary<string, object?> { ["user_agent"] = "tests/1.0", ["notifications_minimum_severity"] = "LOUD" });
        var failure = await client.ReceiveAsync();
        failure.Tag.Should().Be(Failure);
        ((Dictionary<string, object?>)failure.Fields[0]!)["message"].Should().BeOfType<string>()
            .Which.Should().Contain("'notifications_minimum_severity' must be OFF, WARNING or INFORMATION, not 'LOUD'");
    }

    /// <summary>The closing SUCCESS of a query run by a steward whose HELLO carried <paramref name="helloExtra"/>.</summary>
    private async Task<Dictionary<string, object?>> SummaryOfAsync(string query, Dictionary<string, object?> helloExtra)
    {
        await using var client = await server.ConnectAsync();
        (await client.HandshakeAsync("00000405")).Should().Be("00000405");
        helloExtra["user_agent"] = "tests/1.0";
        await client.SendAsync(Hello, helloExtra);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Logon, new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = "steward", ["credentials"] = "secret" });
        (await client.ReceiveAsync()).Tag.Should().Be(Success);

        return await PullSummaryAsync(client, query, new Dictionary<string, object?>());
    }

    /// <summary>RUN (with <paramref name="runExtra"/>) and PULL all; the closing SUCCESS's metadata.</summary>
    private static async Task<Dictionary<string, object?>> PullSummaryAsync(BoltTestClient client, string query, Dictionary<string, object?> runExtra)
    {
        await client.SendAsync(Run, query, new Dictionary<string, object?>(), runExtra);
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Pull, new Dictionary<string, object?> { ["n"] = -1L });
        PackStreamStructure answer;
        do
        {
            answer = await client.ReceiveAsync();
        }
        while (answer.Tag != Success);

        return (Dictionary<string, object?>)answer.Fields[0]!;
    }
}
