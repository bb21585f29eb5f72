using System.Net;
using System.Net.Sockets;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Transport;

namespace GraphExplorer.Bolt.Tests.Support;

/// <summary>A raw Bolt client for protocol tests: sends handshakes and messages byte for byte, reads answers one by one.</summary>
internal sealed class BoltTestClient : IAsyncDisposable
{
    private readonly TcpClient tcp;
    private readonly NetworkStream stream;
    private readonly ChunkedMessageWriter writer;
    private readonly ChunkedMessageReader reader;

    private BoltTestClient(TcpClient tcp)
    {
        this.tcp = tcp;
        stream = tcp.GetStream();
        writer = new ChunkedMessageWriter(stream);
        reader = new ChunkedMessageReader(stream, int.MaxValue);
    }

    public static async Task<BoltTestClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        return new BoltTestClient(tcp);
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
        catch (IOException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync()
    {
        tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
