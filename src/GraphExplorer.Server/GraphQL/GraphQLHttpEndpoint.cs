using GraphExplorer.Application.Api;
using GraphExplorer.GraphQL;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// GraphQL over HTTP at one path, per the GraphQL-over-HTTP specification: POST with application/json, GET for
/// queries only (a mutation over GET is 405), responses in application/graphql-response+json (status codes tell
/// request errors apart) or application/json when asked, and the GraphiQL IDE for browsers asking for HTML.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public static void Map(WebApplication app, string path, Func<HttpContext, object?> requestContext)
    {
        app.Map(path, async (HttpContext http) =>
        {
            var engine = http.RequestServices.GetRequiredService<GraphQLEngine>();
            var options = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
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
            http.Response.Headers.Allow = "GET, POST";
            await WritePlainErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status405MethodNotAllowed, "GraphQL accepts GET (queries) and POST.");
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

        var prepared = engine.Prepare(request!.Query);
        if (!prepared.IsValid)
        {
            // A document that does not parse or validate: 400 in the spec's media type, 200 in legacy JSON.
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(prepared.Errors), requestFailed: true);
            return;
        }

        if (isGet && SelectedOperation(prepared.Document!, request.OperationName) is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WritePlainErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST.");
            return;
        }

        var throttle = http.RequestServices.GetService<StewardKeyThrottle>();
        var presentsKey = http.Request.Headers.Authorization.Count > 0;
        if (presentsKey && throttle?.LockedOut(http.Connection.RemoteIpAddress) is { } wait)
        {
            await WriteTooManyFailedKeysAsync(http, mediaType, wait);
            return;
        }

        var result = await engine.ExecuteAsync(prepared, request, requestContext(http), http.RequestAborted);
        if (presentsKey && result.Errors?.Any(e => e.Code == ApiErrorCodes.Forbidden) == true)
        {
            throttle?.RecordFailure(http.Connection.RemoteIpAddress, http.TraceIdentifier);
        }

        await WriteResultAsync(http, mediaType, result, requestFailed: !result.HasData);
    }

    private static OperationDefinitionNode? SelectedOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }

    private static async Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result, bool requestFailed)
    {
        http.Response.StatusCode = requestFailed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        http.Response.Headers.CacheControl = "no-store";
        ResponseWriter.Write(http.Response.BodyWriter, result);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    /// <summary>429 with <c>Retry-After</c>: this address presented too many wrong steward keys (see <see cref="StewardKeyThrottle"/>).</summary>
    private static Task WriteTooManyFailedKeysAsync(HttpContext http, string mediaType, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(seconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = ExecutionResult.RequestError(new GraphQLError(
            $"Too many wrong steward keys from this address: retry after {seconds} s ({retryAt:yyyy-MM-ddTHH:mm:ssZ}). Nothing was run.",
            extensions: new Dictionary<string, object?> { ["code"] = StewardKeyThrottle.ErrorCode, ["retryAfterSeconds"] = seconds }));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        ResponseWriter.Write(http.Response.BodyWriter, result);
        return http.Response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }

    private static Task WritePlainErrorAsync(HttpContext http, string mediaType, int status, string message)
    {
        var result = ExecutionResult.RequestError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = "BAD_REQUEST" }));
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        ResponseWriter.Write(http.Response.BodyWriter, result);
        return http.Response.BodyWriter.FlushAsync(http.RequestAborted).AsTask();
    }
}
