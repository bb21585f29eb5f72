using GraphExplorer.Application.Api;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Telemetry;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// GraphQL over HTTP at one path, per the GraphQL-over-HTTP specification: POST with application/json, GET for
/// queries only (a mutation over GET is 405), responses in application/graphql-response+json (status codes tell
/// request errors apart) or application/json when asked, and the GraphiQL IDE for browsers asking for HTML. Subscriptions
/// share the path: WebSocket upgrades go to <see cref="GraphQLWebSocketEndpoint"/>, graphql-sse requests to
/// <see cref="GraphQLEventStreamEndpoint"/>.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    /// <summary>A request with <c>GraphQL-Cost: report</c> gets its estimated cost and the limit in <c>extensions.cost</c>
    /// (the header HotChocolate reads for the same purpose).</summary>
    public const string CostHeader = "GraphQL-Cost";

    public static void Map(WebApplication app, string path, Func<HttpContext, object?> requestContext)
    {
        app.Map(path, async (HttpContext http) =>
        {
            var engine = http.RequestServices.GetRequiredService<GraphQLEngine>();
            var options = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            if (http.WebSockets.IsWebSocketRequest)
            {
                await GraphQLWebSocketEndpoint.RunAsync(http, engine, options, requestContext);
                return;
            }

            if (GraphQLEventStreamEndpoint.Handles(http.Request))
            {
                await GraphQLEventStreamEndpoint.HandleAsync(http, engine, options, requestContext);
                return;
            }

            await HandleAsync(http, engine, options, requestContext);
        });
    }

    private static async Task HandleAsync(HttpContext http, GraphQLEngine engine, GraphQLHttpOptions options, Func<HttpContext, object?> requestContext)
    {
        var accept = GraphQLMediaTypes.ReadAccept(http.Request);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (isGet && options.IdeEnabled && !http.Request.Query.ContainsKey("query") && accept.AcceptsHtml)
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = GraphQLEventStreamEndpoint.AllowedMethods;
            await WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status405MethodNotAllowed,
                "GraphQL accepts GET (queries) and POST; PUT and DELETE reserve and stop graphql-sse streams.");
            return;
        }

        var mediaType = accept.MediaType;
        if (mediaType is null)
        {
            await WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                "Accept application/graphql-response+json or application/json.");
            return;
        }

        var (request, error) = isGet
            ? GraphQLHttpRequest.ReadGet(http.Request, options.MaxRequestBytes)
            : await GraphQLHttpRequest.ReadPostAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);
        if (error is not null)
        {
            await WritePlainErrorAsync(http, mediaType, error.StatusCode, error.Message);
            return;
        }

        var persisted = http.RequestServices.GetRequiredService<PersistedDocuments>().Resolve(request!);
        if (persisted.Error is not null)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(persisted.Error), requestFailed: true, options.MaxResponseBytes);
            return;
        }

        request = persisted.Request;
        if (http.Request.Headers[CostHeader] is { Count: > 0 } costHeader && string.Equals(costHeader.ToString(), "report", StringComparison.OrdinalIgnoreCase))
        {
            request = request! with { ReportCost = true };
        }

        var prepared = engine.Prepare(request!.Query);
        if (!prepared.IsValid)
        {
            // A document that does not parse or validate: 400 in the spec's media type, 200 in legacy JSON.
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(prepared.Errors), requestFailed: true, options.MaxResponseBytes);
            return;
        }

        if (isGet && SelectedOperation(prepared.Document!, request.OperationName) is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WritePlainErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST.");
            return;
        }

        if (SelectedOperation(prepared.Document!, request.OperationName) is { Operation: OperationType.Subscription })
        {
            await WritePlainErrorAsync(http, mediaType, StatusCodes.Status400BadRequest,
                $"Subscriptions are served at this path over WebSocket (subprotocol {GraphQLWebSocketEndpoint.SubProtocol}) or Server-Sent Events " +
                $"(the graphql-sse protocol: accept {EventStream.MediaType}), not as a plain HTTP request.");
            return;
        }

        var throttle = http.RequestServices.GetService<StewardKeyThrottle>();
        // An identity provider's token is no steward key: it never counts against the address.
        var presentsKey = http.Request.Headers.Authorization.Count > 0 && !BearerCredential.PresentsJwt(http.Request);
        if (presentsKey && throttle?.LockedOut(http.Connection.RemoteIpAddress) is { } wait)
        {
            await WriteTooManyFailedKeysAsync(http, mediaType, wait);
            return;
        }

        // A costly operation holds a slot while it executes and its response is written (an operation over the cost
        // limit takes none: the engine refuses it at once).
        var limiter = http.RequestServices.GetService<CostlyRequestLimiter>();
        var cost = limiter is null ? null : engine.EstimateCost(prepared, request);
        using var lease = cost is { } estimated && estimated <= options.MaxCost ? await limiter!.AcquireAsync(estimated, http.Connection.RemoteIpAddress, http.RequestAborted) : null;
        if (lease is { IsAcquired: false })
        {
            await WriteServerBusyAsync(http, mediaType, limiter!.Options.RetryAfterSeconds);
            return;
        }

        var result = await engine.ExecuteAsync(prepared, request, requestContext(http), http.RequestAborted);
        if (presentsKey && result.Errors?.Any(e => e.Code == ApiErrorCodes.Forbidden) == true)
        {
            throttle?.RecordFailure(http.Connection.RemoteIpAddress, http.TraceIdentifier);
        }

        await WriteResultAsync(http, mediaType, result, requestFailed: !result.HasData, options.MaxResponseBytes);
    }

    private static OperationDefinitionNode? SelectedOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    /// <summary>Writes a response whole, or, when it would pass <paramref name="maxBytes"/>, a RESPONSE_TOO_LARGE error
    /// instead (never part of it).</summary>
    internal static async Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result, bool requestFailed, int maxBytes)
    {
        var json = CappedResponseBuffer.Serialize(result, maxBytes, out var tooLarge);
        requestFailed |= tooLarge;

        http.RequestServices.GetService<ServerMetrics>()?.CountErrors(result.Errors);
        http.Response.StatusCode = requestFailed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.BodyWriter.WriteAsync(json, http.RequestAborted);
    }

    /// <summary>503 with <c>Retry-After</c>: the costly-request slots and their queue are full (see <see cref="CostlyRequestLimiter"/>).</summary>
    private static Task WriteServerBusyAsync(HttpContext http, string mediaType, int retryAfterSeconds) =>
        WriteRetryLaterAsync(http, mediaType, StatusCodes.Status503ServiceUnavailable, retryAfterSeconds, CostlyRequestLimiter.ErrorCode,
            $"The server is busy with other costly requests: retry after {retryAfterSeconds} s, or ask for less (first, limit). Nothing was run.");

    /// <summary>429 with <c>Retry-After</c>: this address presented too many wrong steward keys (see <see cref="StewardKeyThrottle"/>).</summary>
    private static Task WriteTooManyFailedKeysAsync(HttpContext http, string mediaType, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(seconds);
        return WriteRetryLaterAsync(http, mediaType, StatusCodes.Status429TooManyRequests, seconds, StewardKeyThrottle.ErrorCode,
            $"Too many wrong steward keys from this address: retry after {seconds} s ({retryAt:yyyy-MM-ddTHH:mm:ssZ}). Nothing was run.");
    }

    /// <summary>A refusal the client may retry: the status, <c>Retry-After</c>, and a coded error saying when.</summary>
    private static Task WriteRetryLaterAsync(HttpContext http, string mediaType, int status, int seconds, string code, string message)
    {
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = ExecutionResult.RequestError(new GraphQLError(message,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["retryAfterSeconds"] = seconds }));
        http.RequestServices.GetService<ServerMetrics>()?.CountErrors(result.Errors);
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        ResponseWriter.Write(http.Response.BodyWriter, result);
        return http.Response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }

    internal static Task WritePlainErrorAsync(HttpContext http, string mediaType, int status, string message)
    {
        var result = ExecutionResult.RequestError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = "BAD_REQUEST" }));
        http.RequestServices.GetService<ServerMetrics>()?.CountErrors(result.Errors);
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        ResponseWriter.Write(http.Response.BodyWriter, result);
        return http.Response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }
}
