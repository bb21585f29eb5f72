using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// One <c>text/event-stream</c> response of the GraphQL over Server-Sent Events protocol
/// (https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md): <c>next</c> and <c>complete</c> events queued by
/// any number of operations and written in order by <see cref="PumpAsync"/>, with a comment line every
/// <see cref="PingInterval"/> so that proxies keep an idle stream open. In distinct-connections mode (no operation id)
/// an event's data is the execution result itself; in single-connection mode it is <c>{"id", "payload"}</c>.
/// </summary>
/// <remarks>
/// Thread-safe for the producers; one pump. The queue is bounded: a client that stops reading holds up its own
/// subscriptions (their next event waits), never the server's memory.
/// </remarks>
internal sealed class EventStream
{
    public const string MediaType = "text/event-stream";

    /// <summary>graphql-sse's own interval: shorter than the idle timeouts of common proxies (30 s and more).</summary>
    public static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(12);

    private const int QueueLength = 64;
    private static readonly byte[] Comment = ":\n\n"u8.ToArray();

    private readonly Channel<byte[]> events = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(QueueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a <c>next</c> event: a result already serialised as JSON (one line: JSON escapes line breaks in strings).</summary>
    public ValueTask NextAsync(string? operationId, ReadOnlyMemory<byte> resultJson, CancellationToken cancellationToken)
    {
        if (operationId is null)
        {
            return events.Writer.WriteAsync(Event("next", resultJson.Span), cancellationToken);
        }

        var head = Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(operationId)},\"payload\":");
        var data = new byte[head.Length + resultJson.Length + 1];
        head.CopyTo(data, 0);
        resultJson.CopyTo(data.AsMemory(head.Length));
        data[^1] = (byte)'}';
        return events.Writer.WriteAsync(Event("next", data), cancellationToken);
    }

    /// <summary>Queues a <c>complete</c> event; its data is empty in distinct-connections mode (EventSource ignores an event without a data field).</summary>
    public ValueTask CompleteAsync(string? operationId, CancellationToken cancellationToken) =>
        events.Writer.WriteAsync(
            Event("complete", operationId is null ? [] : JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["id"] = operationId })),
            cancellationToken);

    /// <summary>No more events: the pump ends once it has written those queued.</summary>
    public void End() => events.Writer.TryComplete();

    /// <summary>
    /// Answers 200 with the event stream's headers at once (a client waits for them to know the stream is open), then
    /// writes the events as they come until <see cref="End"/> or until the client goes away.
    /// </summary>
    public async Task PumpAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // nginx and similar proxies buffer responses unless told not to; buffering would hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.WriteAsync(Comment, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);

        while (true)
        {
            using var ping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            ping.CancelAfter(PingInterval);
            bool more;
            try
            {
                more = await events.Reader.WaitToReadAsync(ping.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await response.Body.WriteAsync(Comment, cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                continue;
            }

            if (!more)
            {
                return;
            }

            while (events.Reader.TryRead(out var message))
            {
                await response.Body.WriteAsync(message, cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
        }
    }

    private static byte[] Event(string name, ReadOnlySpan<byte> data)
    {
        var head = Encoding.UTF8.GetBytes($"event: {name}\ndata: ");
        var message = new byte[head.Length + data.Length + 2];
        head.CopyTo(message, 0);
        data.CopyTo(message.AsSpan(head.Length));
        message[^2] = (byte)'\n';
        message[^1] = (byte)'\n';
        return message;
    }
}
