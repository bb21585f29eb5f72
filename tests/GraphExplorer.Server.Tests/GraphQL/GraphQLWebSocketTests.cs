using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>
/// Subscriptions over WebSocket with the graphql-ws protocol (issue #18): a subscriber sees a steward's change when it
/// commits; the protocol's handshake and close codes; the same limits as queries.
/// </summary>
public sealed class GraphQLWebSocketTests(AnnouncingTestServer server) : IClassFixture<AnnouncingTestServer>
{
    private static object Input(string id, string description) => StewardChanges.Input(id, "Live Robotics " + id, description);

    private async Task<WebSocket> ConnectAsync(string? subProtocol = "graphql-transport-ws")
    {
        var client = server.Server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        return await client.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection (its close status is then on the socket).</summary>
    private static async Task<JsonElement?> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
            }
        }
    }

    private static async Task<WebSocket> AcknowledgedAsync(Task<WebSocket> connecting)
    {
        var socket = await connecting;
        await SendAsync(socket, new { type = "connection_init" });
        (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString().Should().Be("connection_ack");
        return socket;
    }

    [Fact]
    public async Task A_subscriber_sees_a_steward_s_change_when_it_commits()
    {
        using var socket = await AcknowledgedAsync(ConnectAsync());
        await SendAsync(socket, new
        {
            id = "one",
            type = "subscribe",
            payload = new
            {
                query = "subscription ($id: ID) { entityChanged(id: $id) { id deleted batch entity { name ... on Organization { description kindName } } } }",
                variables = new { id = "org:live-robotics" },
            },
        });
        await SendAsync(socket, new { id = "all", type = "subscribe", payload = new { query = "subscription { batchCommitted { id operation entityIds } }" } });
        await SendAsync(socket, new { type = "ping" });
        (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString().Should().Be("pong", "both subscriptions are registered once the next message is answered");

        var mutation = await server.PostAsync(StewardChanges.Upsert, Input("org:live-robotics", "Seen live"), bearer: server.StewardKey);
        var batch = mutation.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit").GetProperty("id").GetString();

        var received = new Dictionary<string, JsonElement>();
        while (received.Count < 2)
        {
            var message = (await ReceiveAsync(socket))!.Value;
            message.GetProperty("type").GetString().Should().Be("next");
            received[message.GetProperty("id").GetString()!] = message.GetProperty("payload").GetProperty("data");
        }

        var change = received["one"].GetProperty("entityChanged");
        change.GetProperty("id").GetString().Should().Be("org:live-robotics");
        change.GetProperty("deleted").GetBoolean().Should().BeFalse();
        change.GetProperty("batch").GetString().Should().Be(batch);
        change.GetProperty("entity").GetProperty("description").GetString().Should().Be("Seen live", "the entity is read after the change committed");
        change.GetProperty("entity").GetProperty("kindName").GetString().Should().Be("COMPANY");
        var committed = received["all"].GetProperty("batchCommitted");
        committed.GetProperty("id").GetString().Should().Be(batch);
        committed.GetProperty("operation").GetString().Should().Be("upsertOrganization");
        committed.GetProperty("entityIds").EnumerateArray().Select(e => e.GetString()).Should().Contain("org:live-robotics");

        await SendAsync(socket, new { id = "one", type = "complete" });
        await SendAsync(socket, new { id = "all", type = "complete" });
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task A_script_loaded_outside_the_API_is_announced_as_a_load()
    {
        using var socket = await AcknowledgedAsync(ConnectAsync());
        await SendAsync(socket, new { id = "loads", type = "subscribe", payload = new { query = "subscription { batchCommitted { id operation entityIds } }" } });
        await SendAsync(socket, new { type = "ping" });
        (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString().Should().Be("pong");

        // What `load` does from another process: the announcer polls the applied-script records every second here.
        var script = ScriptFile.FromText("900_live_load.cypher", "900_live_load.cypher",
            "CREATE (:Organization {key: 'org:loaded-live', name: 'Loaded Live', kind: 'company', searchText: 'loaded live'});");
        var reports = await new ScriptLoader(server.Services.GetRequiredService<IGraphDatabase>()).LoadAsync([script], new LoadOptions("test-steward"));
        reports.Single().Outcome.Should().Be(ScriptOutcome.Applied);

        var committed = (await ReceiveAsync(socket))!.Value.GetProperty("payload").GetProperty("data").GetProperty("batchCommitted");
        committed.GetProperty("operation").GetString().Should().Be("load");
        committed.GetProperty("id").GetString().Should().StartWith("script:900_live_load.cypher@");
        committed.GetProperty("entityIds").EnumerateArray().Select(e => e.GetString()).Should().Equal("org:loaded-live");
    }

    [Fact]
    public async Task A_query_or_an_invalid_subscription_gets_an_error_message_and_the_connection_stays_open()
    {
        using var socket = await AcknowledgedAsync(ConnectAsync());

        await SendAsync(socket, new { id = "q", type = "subscribe", payload = new { query = "{ node(id: \"org:jaxa\") { id } }" } });
        var error = (await ReceiveAsync(socket))!.Value;
        error.GetProperty("type").GetString().Should().Be("error");
        error.GetProperty("payload")[0].GetProperty("message").GetString().Should().Contain("send queries and mutations over HTTP");

        await SendAsync(socket, new { id = "v", type = "subscribe", payload = new { query = "subscription { batchCommitted { nope } }" } });
        var invalid = (await ReceiveAsync(socket))!.Value;
        invalid.GetProperty("type").GetString().Should().Be("error");
        invalid.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FIELDS_ON_CORRECT_TYPE");

        await SendAsync(socket, new { type = "ping" });
        (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString().Should().Be("pong");
    }

    [Fact]
    public async Task A_subscription_over_the_depth_limit_is_refused_like_a_query()
    {
        using var socket = await AcknowledgedAsync(ConnectAsync());
        var deep = new StringBuilder("subscription { entityChanged { entity { ");
        for (var i = 0; i < 16; i++)
        {
            deep.Append("... on Organization { country { ");
        }

        deep.Append("id").Append(string.Concat(Enumerable.Repeat(" } }", 16))).Append(" } } }");

        await SendAsync(socket, new { id = "deep", type = "subscribe", payload = new { query = deep.ToString() } });

        var error = (await ReceiveAsync(socket))!.Value;
        error.GetProperty("type").GetString().Should().Be("error");
        error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task Subscribing_before_connection_init_closes_with_4401()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { id = "early", type = "subscribe", payload = new { query = "subscription { batchCommitted { id } }" } });

        (await ReceiveAsync(socket)).Should().BeNull();
        ((int?)socket.CloseStatus).Should().Be(4401);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        using var socket = await AcknowledgedAsync(ConnectAsync());
        await SendAsync(socket, new { type = "connection_init" });

        (await ReceiveAsync(socket)).Should().BeNull();
        ((int?)socket.CloseStatus).Should().Be(4429);
    }

    [Fact]
    public async Task Without_the_graphql_transport_ws_subprotocol_the_connection_closes_with_4406()
    {
        using var socket = await ConnectAsync(subProtocol: null);

        (await ReceiveAsync(socket)).Should().BeNull();
        ((int?)socket.CloseStatus).Should().Be(4406);
    }

    [Fact]
    public async Task A_subscription_sent_over_HTTP_is_refused_with_where_to_send_it()
    {
        var body = await server.PostAsync("subscription { batchCommitted { id } }");

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("graphql-transport-ws");
    }
}
