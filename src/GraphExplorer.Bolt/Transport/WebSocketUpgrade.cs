using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Bolt.Transport;

/// <summary>
/// Bolt over WebSocket, as Neo4j serves it on the Bolt port for browsers: an HTTP/1.1 upgrade request (RFC 6455 §4.2)
/// is answered 101, after which the Bolt bytes (handshake, then chunks) travel in binary WebSocket messages. Anything
/// else that speaks HTTP to the port is answered 400 with a sentence saying what the port is.
/// </summary>
internal static class WebSocketUpgrade
{
    /// <summary>The longest request head read; browsers send well under 2 KiB.</summary>
    public const int MaxRequestHeadBytes = 8192;

    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>Reads the upgrade request from <paramref name="stream"/> and returns the Bolt byte stream inside the
    /// WebSocket; null when the request was refused (the refusal has been written).</summary>
    public static async Task<Stream?> AcceptAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(stream, cancellationToken).ConfigureAwait(false);
        var lines = head?.Split("\r\n") ?? [];
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var key = headers.GetValueOrDefault("Sec-WebSocket-Key");
        if (lines.Length == 0 || !lines[0].StartsWith("GET ", StringComparison.Ordinal)
            || !string.Equals(headers.GetValueOrDefault("Upgrade"), "websocket", StringComparison.OrdinalIgnoreCase)
            || headers.GetValueOrDefault("Sec-WebSocket-Version") != "13" || string.IsNullOrEmpty(key))
        {
            await RefuseAsync(stream, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
        var answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                     $"Sec-WebSocket-Accept: {accept}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var webSocket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.FromSeconds(30) });
        return WebSocketStream.Create(webSocket, WebSocketMessageType.Binary, ownsWebSocket: true);
    }

    /// <summary>The request head up to its blank line, or null when it is longer than allowed or the peer left.</summary>
    private static async Task<string?> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        // Byte by byte: nothing past the head may be consumed, since the WebSocket reads on from here.
        var head = new byte[MaxRequestHeadBytes];
        for (var length = 0; length < head.Length; length++)
        {
            if (await stream.ReadAsync(head.AsMemory(length, 1), cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (length >= 3 && head.AsSpan(length - 3, 4).SequenceEqual("\r\n\r\n"u8))
            {
                return Encoding.ASCII.GetString(head, 0, length - 3);
            }
        }

        return null;
    }

    private static async Task RefuseAsync(Stream stream, CancellationToken cancellationToken)
    {
        const string body = "This port speaks Bolt (Neo4j's protocol): connect with a Neo4j driver (bolt:// or neo4j://), or upgrade to a WebSocket.\n";
        var answer = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n" +
                     $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(answer), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
