using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// GraphQL subscriptions over WebSocket with the graphql-ws protocol (subprotocol <c>graphql-transport-ws</c>,
/// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md): <c>connection_init</c> → <c>connection_ack</c>, then
/// any number of <c>subscribe</c>s, each answered by <c>next</c> per event and <c>complete</c> at the end (or one
/// <c>error</c>), and <c>ping</c>/<c>pong</c>. Close codes are the protocol's (4400 bad message, 4401 subscribe before
/// ack, 4406 wrong subprotocol, 4408 no init in time, 4409 id in use, 4429 a second init).
/// Only subscriptions are accepted here: queries and mutations go over HTTP, where the steward-key throttle and the
/// costly-request slots apply. A subscription is checked like a query (validation with the depth limit, the cost limit
/// per event, the response size cap per event) and runs with the request context built from the upgrade request, so
/// the credentials a query would present authorise it; a browser, which cannot set headers on a WebSocket, sends
/// <c>{"Authorization": "Bearer …"}</c> in the <c>connection_init</c> payload instead.
/// </summary>
/// <remarks>One instance per connection; its sends are serialised (a WebSocket allows one send at a time).</remarks>
internal sealed class GraphQLWebSocketEndpoint : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>How long a client may take to send <c>connection_init</c> (graphql-ws's default is 3 s).</summary>
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpContext http;
    private readonly WebSocket socket;
    private readonly GraphQLEngine engine;
    private readonly GraphQLHttpOptions options;
    private readonly Func<HttpContext, object?> requestContext;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource closing;
    private object? context;
    private bool acknowledged;

    private GraphQLWebSocketEndpoint(HttpContext http, WebSocket socket, GraphQLEngine engine, GraphQLHttpOptions options,
        Func<HttpContext, object?> requestContext)
    {
        this.http = http;
        this.socket = socket;
        this.engine = engine;
        this.options = options;
        this.requestContext = requestContext;
        closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    /// <summary>Accepts the upgrade and runs the connection until either side closes it.</summary>
    public static async Task RunAsync(HttpContext http, GraphQLEngine engine, GraphQLHttpOptions options, Func<HttpContext, object?> requestContext)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null);
        await using var connection = new GraphQLWebSocketEndpoint(http, socket, engine, options, requestContext);
        if (!offered)
        {
            await connection.CloseAsync(4406, "Subprotocol not acceptable: use graphql-transport-ws");
            return;
        }

        await connection.ReceiveLoopAsync();
    }

    private async Task ReceiveLoopAsync()
    {
        using var initTimer = new CancellationTokenSource(InitTimeout);
        using var initRegistration = initTimer.Token.Register(() =>
        {
            if (!acknowledged)
            {
                _ = CloseAsync(4408, "Connection initialisation timeout");
            }
        });

        while (socket.State == WebSocketState.Open)
        {
            string? text;
            try
            {
                text = await ReceiveTextAsync();
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return;
            }

            if (text is null)
            {
                return;
            }

            await HandleAsync(text);
        }
    }

    /// <summary>One whole text message, or null when the client closed; a message over GraphQL:MaxRequestBytes closes with 1009.</summary>
    private async Task<string?> ReceiveTextAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), closing.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(1000, "Normal Closure");
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > options.MaxRequestBytes)
            {
                await CloseAsync(1009, $"Message larger than {options.MaxRequestBytes} bytes (GraphQL:MaxRequestBytes)");
                return null;
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }
    }

    private async Task HandleAsync(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received: not JSON");
            return;
        }

        using var owner = document;
        var message = document.RootElement;

        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync(message);
                break;
            case "ping":
                await SendAsync(new Dictionary<string, object?> { ["type"] = "pong" });
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete":
                if (Id(message) is { } id && operations.TryRemove(id, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
            default:
                await CloseAsync(4400, type is null ? "Invalid message received: no type" : $"Invalid message received: unknown type '{type}'");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (acknowledged)
        {
            await CloseAsync(4429, "Too many initialisation requests");
            return;
        }

        // Credentials in the payload count as the upgrade request's headers, so the one request-context mechanism of
        // queries (and whatever it checks) authorises the subscriptions too.
        if (message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in payload.EnumerateObject())
            {
                if (string.Equals(property.Name, "Authorization", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    http.Request.Headers.Authorization = property.Value.GetString();
                }
            }
        }

        context = requestContext(http);
        acknowledged = true;
        await SendAsync(new Dictionary<string, object?> { ["type"] = "connection_ack" });
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!acknowledged)
        {
            await CloseAsync(4401, "Unauthorized");
            return;
        }

        var id = Id(message);
        if (id is null || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(4400, "Invalid message received: subscribe needs an id and a payload");
            return;
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequest.FromJson(payload.GetRawText());
        }
        catch (GraphQLException e)
        {
            await CloseAsync(4400, "Invalid message received: " + e.Message);
            return;
        }

        if (operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            await SendErrorAsync(id, [TooManySubscriptions(options)]);
            return;
        }

        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(closing.Token);
        if (!operations.TryAdd(id, lifetime))
        {
            lifetime.Dispose();
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }

        // Runs beside the receive loop, so the client can ping and complete while events flow.
        _ = RunSubscriptionAsync(id, request, lifetime);
    }

    private async Task RunSubscriptionAsync(string id, GraphQLRequest request, CancellationTokenSource lifetime)
    {
        try
        {
            var subscription = await SubscriptionStart.StartAsync(http, engine, request, context, lifetime.Token);
            if (subscription.Error is { } error)
            {
                await SendErrorAsync(id, [.. error.Errors ?? []]);
                return;
            }

            await foreach (var result in subscription.Events!.WithCancellation(lifetime.Token))
            {
                var json = CappedResponseBuffer.Serialize(result, options.MaxResponseBytes, out _);
                await SendAsync(id, "next", json);
            }

            await SendAsync(new Dictionary<string, object?> { ["id"] = id, ["type"] = "complete" });
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client completed the subscription or went away: nothing more to send.
        }
        finally
        {
            operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, lifetime));
            lifetime.Dispose();
        }
    }

    /// <summary>The refusal of a subscription past <see cref="GraphQLHttpOptions.MaxSubscriptionsPerConnection"/> (one WebSocket, or one
    /// graphql-sse stream in single-connection mode).</summary>
    public static GraphQLError TooManySubscriptions(GraphQLHttpOptions options) => new(
        $"This connection already has {options.MaxSubscriptionsPerConnection} subscriptions (GraphQL:MaxSubscriptionsPerConnection): complete one first.",
        extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_SUBSCRIPTIONS" });

    private static string? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>The <c>error</c> message: its payload is the list of errors (no data was produced).</summary>
    private async Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors)
    {
        using var json = JsonDocument.Parse(ResponseWriter.ToJson(ExecutionResult.RequestError(errors)));
        await SendAsync(id, "error", Encoding.UTF8.GetBytes(json.RootElement.GetProperty("errors").GetRawText()));
    }

    /// <summary>A message whose payload is JSON already written.</summary>
    private Task SendAsync(string id, string type, ReadOnlyMemory<byte> payloadJson)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"{type}\",\"payload\":");
        var message = new byte[head.Length + payloadJson.Length + 1];
        head.CopyTo(message, 0);
        payloadJson.CopyTo(message.AsMemory(head.Length));
        message[^1] = (byte)'}';
        return SendRawAsync(message);
    }

    private Task SendAsync(Dictionary<string, object?> message) => SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(message));

    private async Task SendRawAsync(ReadOnlyMemory<byte> message)
    {
        await sending.WaitAsync(closing.Token);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, closing.Token);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            await sending.WaitAsync(closing.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseAsync((WebSocketCloseStatus)code, reason, closing.Token);
                }
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already closed.
        }

        await closing.CancelAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        foreach (var operation in operations.Values)
        {
            await operation.CancelAsync();
        }

        closing.Dispose();
        sending.Dispose();
    }
}
