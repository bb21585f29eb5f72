using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Database;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphExplorer.QueryApi;

/// <summary>What every request goes through: authentication, content negotiation, the body, and the answer.</summary>
public sealed partial class QueryApiService
{
    private const string TypedJsonV11 = "application/vnd.neo4j.query.v1.1";
    private const string TypedJson = "application/vnd.neo4j.query";
    private const string PlainJson = "application/json";

    /// <summary>A parsed request: its database, login, body members and the media type to answer with.</summary>
    private sealed record QueryApiRequest(HttpContext Context, string DatabaseName, QueryApiLogin Login, string MediaType, JsonElement? Body, bool PlainBody)
    {
        public bool Typed => MediaType != PlainJson;

        public string? Statement => Body is { } body && body.TryGetProperty("statement", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

        public IReadOnlyDictionary<string, object?>? Parameters =>
            Body is { } body && body.TryGetProperty("parameters", out var p) && p.ValueKind != JsonValueKind.Null
                ? PlainBody ? QueryApiPlainJson.ReadParameters(p) : QueryApiTypedJson.ReadParameters(p)
                : null;

        /// <summary>This request as SHOW TRANSACTIONS shows it: the Query API, the client's address and the signed-in user.</summary>
        public ClientInfo Client => new("query-api", Context.Connection.RemoteIpAddress?.ToString() ?? "", Login.User ?? "");

        public bool IncludeCounters => Body is { } body && body.TryGetProperty("includeCounters", out var c) && c.ValueKind == JsonValueKind.True;

        /// <summary>What the request asks for (Neo4j's default is Write).</summary>
        public AccessMode RequestedMode => Body is { } body && body.TryGetProperty("accessMode", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString() switch
            {
                "Read" or "READ" => AccessMode.Read,
                "Write" or "WRITE" => AccessMode.Write,
                var other => throw new QueryApiRequestException($"accessMode must be \"Read\" or \"Write\", not \"{other}\"."),
            }
            : AccessMode.Write;

        /// <summary>What the request runs with: a login that may not write always reads.</summary>
        public AccessMode AccessMode => Login.MayWrite ? RequestedMode : AccessMode.Read;

        public IReadOnlyList<string> Bookmarks => Body is { } body && body.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(e => e.GetString() ?? throw new QueryApiRequestException("A bookmark must be a string."))]
            : [];

        public string Id => (string)Context.Request.RouteValues["id"]!;
    }

    /// <summary>An answer: the HTTP status and the body writer.</summary>
    private sealed record QueryApiAnswer(HttpStatusCode Status, Action<Utf8JsonWriter> WriteBody, string? Affinity = null, TimeSpan? RetryAfter = null);

    private async Task ServeAsync(HttpContext context, Func<QueryApiRequest, Task<QueryApiAnswer>> handler)
    {
        var accept = context.Request.Headers.Accept.ToString();
        var mediaType = accept.Contains(TypedJsonV11, StringComparison.OrdinalIgnoreCase) ? TypedJsonV11
            : accept.Contains(TypedJson, StringComparison.OrdinalIgnoreCase) ? TypedJson
            : accept.Contains(PlainJson, StringComparison.OrdinalIgnoreCase) || accept.Length == 0 || accept.Contains("*/*", StringComparison.Ordinal) ? PlainJson
            : null;
        QueryApiAnswer answer;
        try
        {
            var login = await AuthenticateAsync(context);
            if (mediaType is null)
            {
                answer = ErrorAnswer(QueryApiError.NotAcceptable(accept));
            }
            else
            {
                var (body, plain) = await ReadBodyAsync(context, Options.MaxRequestBodyBytes);
                var request = new QueryApiRequest(context, (string)context.Request.RouteValues["database"]!, login, mediaType, body, plain);
                answer = await handler(request);
            }
        }
        catch (QueryApiRequestException exception)
        {
            answer = ErrorAnswer(QueryApiError.InvalidRequest(exception.Message));
        }
        catch (QueryApiErrorException exception)
        {
            answer = ErrorAnswer(exception.Error);
        }

        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = mediaType ?? PlainJson;
        if (answer.Affinity is not null)
        {
            context.Response.Headers[AffinityHeader] = answer.Affinity;
        }

        if (answer.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Status == HttpStatusCode.Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Neo4j\", Bearer";
        }

        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            answer.WriteBody(writer);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>The request's login; a refusal is thrown as Neo4j's Unauthorized (or rate-limit) error.</summary>
    private async Task<QueryApiLogin> AuthenticateAsync(HttpContext context)
    {
        var credentials = CredentialsOf(context.Request.Headers.Authorization.ToString());
        var login = await authenticator.AuthenticateAsync(credentials, context.Connection.RemoteIpAddress, context.TraceIdentifier, context.RequestAborted);
        return login switch
        {
            { Refusal: null } => login,
            { RetryAfter: { } wait } => throw new QueryApiErrorException(QueryApiError.RateLimited(wait)),
            _ => throw new QueryApiErrorException(QueryApiError.Unauthorized(login.Refusal)),
        };
    }

    private static QueryApiCredentials CredentialsOf(string header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new QueryApiCredentials("none", null, null);
        }

        if (!AuthenticationHeaderValue.TryParse(header, out var parsed) || parsed.Parameter is null)
        {
            throw new QueryApiErrorException(QueryApiError.Unauthorized("the Authorization header is neither 'Basic <base64 user:password>' nor 'Bearer <token>'"));
        }

        if (parsed.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return new QueryApiCredentials("bearer", null, parsed.Parameter);
        }

        if (!parsed.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            throw new QueryApiErrorException(QueryApiError.Unauthorized($"the auth scheme '{parsed.Scheme}' is not supported; use Basic or Bearer"));
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parsed.Parameter));
        }
        catch (FormatException)
        {
            throw new QueryApiErrorException(QueryApiError.Unauthorized("the Basic credentials are not base64"));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? throw new QueryApiErrorException(QueryApiError.Unauthorized("the Basic credentials are not 'user:password'"))
            : new QueryApiCredentials("basic", decoded[..colon], decoded[(colon + 1)..]);
    }

    /// <summary>The body as a JSON object (null when empty), and whether it was plain JSON rather than typed.</summary>
    private static async Task<(JsonElement? Body, bool Plain)> ReadBodyAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            throw new QueryApiErrorException(QueryApiError.BodyTooLarge(limit));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        // Read up to one byte past the limit, so a body without a Content-Length is bounded too.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    throw new QueryApiErrorException(QueryApiError.BodyTooLarge(limit));
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new QueryApiErrorException(QueryApiError.BodyTooLarge(limit));
        }

        if (buffer.Length == 0)
        {
            return (null, false);
        }

        var contentType = context.Request.ContentType;
        var typed = contentType is not null && contentType.StartsWith(TypedJson, StringComparison.OrdinalIgnoreCase);
        var plain = contentType is not null && contentType.StartsWith(PlainJson, StringComparison.OrdinalIgnoreCase);
        if (!typed && !plain)
        {
            throw new QueryApiRequestException($"The Query API reads JSON bodies (Content-Type {TypedJson}[.v1.x] or {PlainJson}) only; got '{contentType}'.");
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), plain)
                : throw new QueryApiRequestException("The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new QueryApiRequestException($"The request body is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>The discovery document Neo4j serves at <c>/</c>: where the query endpoint is, and the version.</summary>
    public Task WriteDiscoveryAsync(HttpContext context)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["query"] = root + "/db/{databaseName}/query/v2",
            ["transaction"] = root + "/db/{databaseName}/query/v2/tx",
            ["neo4j_version"] = Options.AnnouncedVersion,
            ["neo4j_edition"] = Options.AnnouncedEdition,
        });
    }

    private static QueryApiAnswer ErrorAnswer(QueryApiError error) => new(error.Status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }, RetryAfter: error.RetryAfter);

    /// <summary>Writes <c>data</c> (fields and rows), <c>notifications</c> when there are any, <c>counters</c> when asked and a PROFILE's <c>profiledQueryPlan</c>.</summary>
    private static void WriteResult(Utf8JsonWriter writer, QueryResult? result, bool includeCounters, bool typed)
    {
        writer.WriteStartObject("data");
        writer.WriteStartArray("fields");
        foreach (var key in result?.Keys ?? [])
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (var record in result ?? (IEnumerable<CypherRecord>)[])
        {
            writer.WriteStartArray();
            foreach (var value in record.Values)
            {
                if (typed)
                {
                    QueryApiTypedJson.WriteValue(writer, value);
                }
                else
                {
                    QueryApiPlainJson.WriteValue(writer, value);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        if (result is { Notifications.Count: > 0 })
        {
            WriteNotifications(writer, result.Notifications);
        }

        if (includeCounters)
        {
            WriteCounters(writer, result?.Statistics ?? QueryStatistics.Empty);
        }

        if (result?.Profile is { } profile)
        {
            QueryApiProfiledPlan.Write(writer, profile, Neo4jCompatibility.DefaultDatabase);
        }
    }

    /// <summary>Neo4j's notification objects: code, title, description, severity, category and, when known, position.</summary>
    private static void WriteNotifications(Utf8JsonWriter writer, IReadOnlyList<QueryNotification> notifications)
    {
        writer.WriteStartArray("notifications");
        foreach (var notification in notifications)
        {
            writer.WriteStartObject();
            writer.WriteString("code", notification.Code);
            writer.WriteString("title", notification.Title);
            writer.WriteString("description", notification.Description);
            writer.WriteString("severity", notification.Severity);
            writer.WriteString("category", notification.Category);
            if (notification.Position is { } position)
            {
                writer.WriteStartObject("position");
                writer.WriteNumber("offset", position.Offset);
                writer.WriteNumber("line", position.Line);
                writer.WriteNumber("column", position.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Neo4j's counters: <c>propertiesSet</c> counts removed properties too (Neo4j has no separate counter).</summary>
    private static void WriteCounters(Utf8JsonWriter writer, QueryStatistics statistics)
    {
        writer.WriteStartObject("counters");
        writer.WriteBoolean("containsUpdates", statistics.ContainsUpdates);
        writer.WriteNumber("nodesCreated", statistics.NodesCreated);
        writer.WriteNumber("nodesDeleted", statistics.NodesDeleted);
        writer.WriteNumber("propertiesSet", statistics.PropertiesSet + statistics.PropertiesRemoved);
        writer.WriteNumber("relationshipsCreated", statistics.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", statistics.RelationshipsDeleted);
        writer.WriteNumber("labelsAdded", statistics.LabelsAdded);
        writer.WriteNumber("labelsRemoved", statistics.LabelsRemoved);
        writer.WriteNumber("indexesAdded", statistics.IndexesAdded);
        writer.WriteNumber("indexesRemoved", statistics.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", statistics.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", statistics.ConstraintsRemoved);
        writer.WriteBoolean("containsSystemUpdates", false);
        writer.WriteNumber("systemUpdates", 0);
        writer.WriteEndObject();
    }

    private static void WriteBookmarks(Utf8JsonWriter writer, string? bookmark)
    {
        writer.WriteStartArray("bookmarks");
        if (bookmark is not null)
        {
            writer.WriteStringValue(bookmark);
        }

        writer.WriteEndArray();
    }
}
