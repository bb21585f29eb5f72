using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Transport;

namespace GraphExplorer.Bolt.Tests.Support;

/// <summary>A raw Bolt client for protocol tests: sends handshakes and messages byte for byte, reads answers one by one.</summary>
internal sealed class BoltTestClient : IAsyncDisposable
{
    private readonly IDisposable connection;
    private readonly Stream stream;
    private readonly ChunkedMessageWriter writer;
    private readonly ChunkedMessageReader reader;

    private BoltTestClient(IDisposable connection, Stream stream)
    {
        this.connection = connection;
        this.stream = stream;
        writer = new ChunkedMessageWriter(stream);
        reader = new ChunkedMessageReader(stream, int.MaxValue);
    }

    public static async Task<BoltTestClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        return new BoltTestClient(tcp, tcp.GetStream());
    }

    /// <summary>Bolt over a stream the test opened itself (TLS); the test disposes what lies under it.</summary>
    public static BoltTestClient Over(Stream stream) => new(stream, stream);

    /// <summary>Bolt inside a WebSocket, as a browser driver connects (ws://host:port).</summary>
    public static async Task<BoltTestClient> ConnectWebSocketAsync(int port)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}"), CancellationToken.None);
        return new BoltTestClient(socket, WebSocketStream.Create(socket, WebSocketMessageType.Binary, ownsWebSocket: false));
    }

    /// <summary>Sends the preamble and four proposals (hex, four bytes each); returns the server's answer in hex.</summary>
    public async Task<string> HandshakeAsync(params string[] proposals)
    {
        var request = Convert.FromHexString("6060B017" + string.Concat(proposals.Concat(Enumerable.Repeat("00000000", 4 - proposals.Length))));
        await stream.WriteAsync(request);
        var answer = new byte[4];
        await stream.ReadExactlyAsync(answer);
        return Convert.ToHexString(answer);
    }

    /// <summary>Handshakes for 5.4 and logs in (HELLO, LOGON) as the given user.</summary>
    public async Task LoginAsync(string user = "steward", string password = "secret")
    {
        (await HandshakeAsync("00000405")).Should().Be("00000405");
        await SendAsync(0x01, new Dictionary<string, object?> { ["user_agent"] = "tests/1.0", ["bolt_agent"] = new Dictionary<string, object?> { ["product"] = "tests/1.0" } });
        (await ReceiveAsync()).Tag.Should().Be(0x70);
        await SendAsync(0x6A, new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = user, ["credentials"] = password });
        (await ReceiveAsync()).Tag.Should().Be(0x70);
    }

    public async Task SendAsync(byte tag, params object?[] fields)
    {
        var packer = new PackStreamWriter();
        packer.WriteValue(new PackStreamStructure(tag, fields));
        writer.WriteMessage(packer.WrittenMemory.Span);
        await writer.FlushAsync(CancellationToken.None);
    }

    /// <summary>The next answer; fails the test when the server closed the connection instead.</summary>
    public async Task<PackStreamStructure> ReceiveAsync()
    {
        var message = await reader.ReadMessageAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token)
            ?? throw new InvalidOperationException("The server closed the connection.");
        var unpacker = new PackStreamReader(message.Span);
        return (PackStreamStructure)unpacker.ReadValue()!;
    }

    /// <summary>True when the server closed the connection (reading finds its end).</summary>
    public async Task<bool> ClosedByServerAsync()
    {
        try
        {
            return await reader.ReadMessageAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token) is null;
        }
        catch (Exception e) when (e is IOException or WebSocketException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        connection.Dispose();
    }
}
