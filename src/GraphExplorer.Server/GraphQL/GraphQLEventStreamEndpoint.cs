using GraphExplorer.GraphQL.Execution;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// GraphQL subscriptions over Server-Sent Events with the graphql-sse protocol
/// (https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md), at the GraphQL path beside graphql-ws:
/// <list type="bullet">
/// <item><b>Distinct connections</b>: a <c>POST</c> (or <c>GET</c>) of the operation accepting <c>text/event-stream</c>
/// is answered by an event stream of <c>next</c> events and a final <c>complete</c>; a document that does not validate
/// is one <c>next</c> event with the errors, as the protocol asks. The client ends the subscription by closing.</item>
/// <item><b>Single connection</b> (for HTTP/1 browsers' six-connection limit): <c>PUT</c> reserves a stream (201, the
/// token as text); <c>GET</c> accepting <c>text/event-stream</c> with the token (header
/// <c>X-GraphQL-Event-Stream-Token</c> or parameter <c>token</c>) opens it; each <c>POST</c> with the token and
/// <c>extensions.operationId</c> starts an operation (202; its events carry <c>{"id", "payload"}</c>; a request error
/// is answered as GraphQL over HTTP answers it); <c>DELETE ?operationId=…</c> stops one.</item>
/// </list>
/// As over WebSocket, only subscriptions are served (queries and mutations go over plain HTTP, where the steward-key
/// throttle and the costly-request slots apply), with the validation, depth, cost and response-size limits of queries,
/// the persisted-document rules, and the credentials of the request that starts the operation.
/// </summary>
internal static class GraphQLEventStreamEndpoint
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    public const string TokenParameter = "token";

    /// <summary>The methods of the GraphQL path: GraphQL over HTTP's, and graphql-sse's reservation and stop.</summary>
    public const string AllowedMethods = "GET, POST, PUT, DELETE";

    /// <summary>Whether a request at the GraphQL path belongs to graphql-sse: a reservation or its removal, a stream
    /// asked for, or a request naming a reservation.</summary>
    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsPut(request.Method) || HttpMethods.IsDelete(request.Method) || AcceptsEventStream(request) || Token(request) is not null;

    public static async Task HandleAsync(HttpContext http, GraphQLEngine engine, GraphQLHttpOptions options, Func<HttpContext, object?> requestContext)
    {
        var reservations = http.RequestServices.GetRequiredService<EventStreamReservations>();
        var request = http.Request;
        var token = Token(request);
        if (HttpMethods.IsPut(request.Method))
        {
            await ReserveAsync(http, reservations);
            return;
        }

        var reservation = token is null ? null : reservations.Find(token);
        if (token is not null && reservation is null)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status404NotFound,
                $"No event stream is reserved under this token ({TokenHeader}): reserve one with PUT, or it expired or closed.");
            return;
        }

        if (HttpMethods.IsDelete(request.Method))
        {
            await StopAsync(http, reservation);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = AllowedMethods;
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status405MethodNotAllowed,
                "GraphQL over SSE accepts GET and POST (operations and streams), PUT (a reservation) and DELETE (stopping an operation).");
            return;
        }

        if (AcceptsEventStream(request))
        {
            if (reservation is null)
            {
                await StreamOneAsync(http, engine, options, requestContext);
            }
            else
            {
                await StreamReservedAsync(http, reservations, reservation);
            }

            return;
        }

        await StartReservedAsync(http, engine, options, requestContext, reservation!);
    }

    /// <summary>Distinct connections: the operation's events on this response, until they end or the client closes.</summary>
    private static async Task StreamOneAsync(HttpContext http, GraphQLEngine engine, GraphQLHttpOptions options, Func<HttpContext, object?> requestContext)
    {
        var (request, error) = await ReadAsync(http, options);
        if (error is not null)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, error.StatusCode, error.Message);
            return;
        }

        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var stream = new EventStream();
        var subscription = await SubscriptionStart.StartAsync(http, engine, request!, requestContext(http), lifetime.Token);
        var producing = ProduceAsync(stream, null, subscription, options.MaxResponseBytes, lifetime.Token);
        try
        {
            await stream.PumpAsync(http.Response, http.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client closed the stream: that ends the subscription.
        }
        finally
        {
            await lifetime.CancelAsync();
            await producing;
        }
    }

    /// <summary>Single connection, <c>PUT</c>: a new reservation, its token in the body.</summary>
    private static async Task ReserveAsync(HttpContext http, EventStreamReservations reservations)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        if (accept.Count > 0 && !accept.Any(range => range.MediaType.Value is "*/*" or "text/*" or "text/plain"))
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                "A reservation's token is text/plain: accept it.");
            return;
        }

        var reservation = reservations.Reserve();
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(reservation.Token, http.RequestAborted);
    }

    /// <summary>Single connection, <c>GET</c> with the token: the reservation's stream, until the client closes it (which ends its operations).</summary>
    private static async Task StreamReservedAsync(HttpContext http, EventStreamReservations reservations, EventStreamReservation reservation)
    {
        if (!reservation.TryConnect())
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status409Conflict,
                "This reservation's event stream is already open: one stream per reservation.");
            return;
        }

        try
        {
            await reservation.Stream.PumpAsync(http.Response, http.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client closed the stream.
        }
        finally
        {
            reservations.Release(reservation);
        }
    }

    /// <summary>Single connection, <c>POST</c> with the token: starts the operation into the reservation's stream (202),
    /// or answers its request error as GraphQL over HTTP does.</summary>
    private static async Task StartReservedAsync(HttpContext http, GraphQLEngine engine, GraphQLHttpOptions options,
        Func<HttpContext, object?> requestContext, EventStreamReservation reservation)
    {
        var mediaType = GraphQLMediaTypes.ReadAccept(http.Request).MediaType;
        if (mediaType is null)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"Accept {EventStream.MediaType} for a stream, or application/graphql-response+json or application/json to start an operation.");
            return;
        }

        var (request, error) = await ReadAsync(http, options);
        if (error is not null)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, mediaType, error.StatusCode, error.Message);
            return;
        }

        if (request!.Extensions?.GetValueOrDefault("operationId") is not string { Length: > 0 } operationId)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, mediaType, StatusCodes.Status400BadRequest,
                "An operation sent with a reservation's token needs an id in extensions.operationId (its events carry it).");
            return;
        }

        if (reservation.Operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            await GraphQLHttpEndpoint.WriteResultAsync(http, mediaType,
                ExecutionResult.RequestError(GraphQLWebSocketEndpoint.TooManySubscriptions(options)), requestFailed: true, options.MaxResponseBytes);
            return;
        }

        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(reservation.Lifetime);
        if (!reservation.Operations.TryAdd(operationId, lifetime))
        {
            lifetime.Dispose();
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, mediaType, StatusCodes.Status409Conflict,
                $"An operation with id '{operationId}' is already running on this stream.");
            return;
        }

        var subscription = await SubscriptionStart.StartAsync(http, engine, request, requestContext(http), lifetime.Token);
        if (subscription.Error is { } refused)
        {
            Forget(reservation, operationId, lifetime);
            await GraphQLHttpEndpoint.WriteResultAsync(http, mediaType, refused, requestFailed: true, options.MaxResponseBytes);
            return;
        }

        // Runs past this request: the events go to the reservation's stream, which may open after this answer.
        _ = RunReservedAsync(reservation, operationId, subscription, options.MaxResponseBytes, lifetime);
        http.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private static async Task RunReservedAsync(EventStreamReservation reservation, string operationId, SubscriptionResult subscription, int maxBytes,
        CancellationTokenSource lifetime)
    {
        try
        {
            await ProduceAsync(reservation.Stream, operationId, subscription, maxBytes, lifetime.Token);
        }
        finally
        {
            Forget(reservation, operationId, lifetime);
        }
    }

    /// <summary>Single connection, <c>DELETE ?operationId=…</c>: stops the operation (200 whether or not it was still running, as the protocol's reference does).</summary>
    private static async Task StopAsync(HttpContext http, EventStreamReservation? reservation)
    {
        if (reservation is null)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status404NotFound,
                $"DELETE stops an operation of a reserved event stream: send the reservation's token ({TokenHeader} or ?{TokenParameter}=).");
            return;
        }

        if (http.Request.Query["operationId"].ToString() is not { Length: > 0 } operationId)
        {
            await GraphQLHttpEndpoint.WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status400BadRequest,
                "DELETE needs the operation to stop: ?operationId=….");
            return;
        }

        if (reservation.Operations.TryRemove(operationId, out var operation))
        {
            try
            {
                await operation.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // It ended by itself meanwhile.
            }
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>
    /// Queues the subscription's events (or its request error, as one <c>next</c>) and then <c>complete</c>; a stream of
    /// one operation (<paramref name="operationId"/> null) ends with it. Cancelled when the client stops the operation,
    /// closes the stream, or the reservation closes: nothing more is queued then.
    /// </summary>
    private static async Task ProduceAsync(EventStream stream, string? operationId, SubscriptionResult subscription, int maxBytes,
        CancellationToken cancellationToken)
    {
        try
        {
            if (subscription.Error is { } error)
            {
                await stream.NextAsync(operationId, CappedResponseBuffer.Serialize(error, maxBytes, out _), cancellationToken);
            }
            else
            {
                await foreach (var result in subscription.Events!.WithCancellation(cancellationToken))
                {
                    await stream.NextAsync(operationId, CappedResponseBuffer.Serialize(result, maxBytes, out _), cancellationToken);
                }
            }

            await stream.CompleteAsync(operationId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped by the client or the reservation: nothing more to send.
        }
        finally
        {
            if (operationId is null)
            {
                stream.End();
            }
        }
    }

    private static void Forget(EventStreamReservation reservation, string operationId, CancellationTokenSource lifetime)
    {
        reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, lifetime));
        lifetime.Dispose();
    }

    private static async Task<(GraphQLRequest? Request, GraphQLHttpError? Error)> ReadAsync(HttpContext http, GraphQLHttpOptions options) =>
        HttpMethods.IsGet(http.Request.Method)
            ? GraphQLHttpRequest.ReadGet(http.Request, options.MaxRequestBytes)
            : await GraphQLHttpRequest.ReadPostAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);

    private static string? Token(HttpRequest request) =>
        request.Headers[TokenHeader].ToString() is { Length: > 0 } header ? header
        : request.Query[TokenParameter].ToString() is { Length: > 0 } parameter ? parameter
        : null;

    /// <summary>
    /// Whether the client asks for an event stream: it accepts <c>text/event-stream</c> and no JSON response (graphql-sse
    /// and EventSource send that type alone). A client that accepts JSON too (urql lists event streams for incremental
    /// delivery beside JSON) gets plain GraphQL over HTTP.
    /// </summary>
    private static bool AcceptsEventStream(HttpRequest request) =>
        request.Headers.Accept.Count > 0
        && request.GetTypedHeaders().Accept.Any(range =>
            string.Equals(range.MediaType.Value, EventStream.MediaType, StringComparison.OrdinalIgnoreCase) && range.Quality is not <= 0)
        && GraphQLMediaTypes.ReadAccept(request).MediaType is null;
}
