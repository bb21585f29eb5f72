using System.Net.Sockets;
using System.Text;
using GraphExplorer.Bolt.Tests.Support;

namespace GraphExplorer.Bolt.Tests.Transport;

/// <summary>Bolt inside a WebSocket on the Bolt port, as browsers connect (RFC 6455 upgrade, binary messages).</summary>
public sealed class WebSocketTransportTests : IAsyncLifetime
{
    private readonly BoltServerHarness server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_websocket_client_negotiates_logs_in_and_runs_a_query()
    {
        await using var client = await BoltTestClient.ConnectWebSocketAsync(server.Port);
        await client.LoginAsync();
        await client.SendAsync(0x10, "RETURN 'over a websocket' AS how", new Dictionary<string, object?>(), new Dictionary<string, object?>());
        await client.SendAsync(0x3F, new Dictionary<string, object?> { ["n"] = -1L });
        (await client.ReceiveAsync()).Tag.Should().Be(0x70);
        (await client.ReceiveAsync()).Fields[0].Should().BeEquivalentTo(new List<object?> { "over a websocket" });
        (await client.ReceiveAsync()).Tag.Should().Be(0x70);
    }

    [Fact]
    public async Task A_plain_http_request_is_told_what_the_port_speaks()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray());
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();
        answer.Should().StartWith("HTTP/1.1 400").And.Contain("This port speaks Bolt");
    }
}
