using System.Net;
using System.Text.Json;
using GraphExplorer.Database;
using Microsoft.AspNetCore.Http;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>What every request goes through: authentication, content negotiation, the body, and the answer.</summary>
public sealed partial class QueryApiEmulator
{
    private const string TypedJsonV11 = "application/vnd.neo4j.query.v1.1";
    private const string TypedJson = "application/vnd.neo4j.query";
    private const string PlainJson = "application/json";

    /// <summary>A parsed request: its database, body members and the media type to answer with.</summary>
    private sealed record EmulatorRequest(HttpContext Context, string DatabaseName, string MediaType, JsonElement? Body)
    {
        public string? Statement => Body is { } body && body.TryGetProperty("statement", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

        public IReadOnlyDictionary<string, object?>? Parameters =>
            Body is { } body && body.TryGetProperty("parameters", out var p) && p.ValueKind != JsonValueKind.Null ? EmulatorTypedJson.ReadParameters(p) : null;

        public bool IncludeCounters => Body is { } body && body.TryGetProperty("includeCounters", out var c) && c.ValueKind == JsonValueKind.True;

        public AccessMode AccessMode => Body is { } body && body.TryGetProperty("accessMode", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString() switch
            {
                "Read" or "READ" => AccessMode.Read,
                "Write" or "WRITE" => AccessMode.Write,
                var other => throw new EmulatorRequestException($"accessMode must be \"Read\" or \"Write\", not \"{other}\"."),
            }
            : AccessMode.Write;

        public IReadOnlyList<string> Bookmarks => Body is { } body && body.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(e => e.GetString() ?? throw new EmulatorRequestException("A bookmark must be a string."))]
            : [];

        public string Id => (string)Context.Request.RouteValues["id"]!;
    }

    /// <summary>An answer: the HTTP status and the body writer (null for an empty object).</summary>
    private sealed record EmulatorAnswer(HttpStatusCode Status, Action<Utf8JsonWriter> WriteBody, string? Affinity = null);

    private async Task ServeAsync(HttpContext context, Func<EmulatorRequest, Task<EmulatorAnswer>> handler)
    {
        var accept = context.Request.Headers.Accept.ToString();
        var mediaType = accept.Contains(TypedJsonV11, StringComparison.OrdinalIgnoreCase) ? TypedJsonV11
            : accept.Contains(TypedJson, StringComparison.OrdinalIgnoreCase) ? TypedJson
            : null;
        EmulatorAnswer answer;
        try
        {
            if (context.Request.Headers.Authorization.ToString() != expectedAuthorization)
            {
                answer = ErrorAnswer(EmulatorError.Unauthorized());
            }
            else if (mediaType is null)
            {
                answer = ErrorAnswer(EmulatorError.NotAcceptable(accept));
                mediaType = "application/json";
            }
            else
            {
                var request = new EmulatorRequest(context, (string)context.Request.RouteValues["database"]!, mediaType, await ReadBodyAsync(context));
                answer = await handler(request);
            }
        }
        catch (EmulatorRequestException exception)
        {
            answer = ErrorAnswer(EmulatorError.InvalidRequest(exception.Message));
        }
        catch (EmulatorErrorException exception)
        {
            answer = ErrorAnswer(exception.Error);
        }

        context.Response.StatusCode = (int)answer.Status;
        context.Response.ContentType = mediaType ?? TypedJsonV11;
        if (answer.Affinity is not null)
        {
            context.Response.Headers[AffinityHeader] = answer.Affinity;
        }

        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            answer.WriteBody(writer);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private static async Task<JsonElement?> ReadBodyAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = contentType is not null && contentType.StartsWith(TypedJson, StringComparison.OrdinalIgnoreCase);
        var plain = contentType is not null && contentType.StartsWith(PlainJson, StringComparison.OrdinalIgnoreCase);
        if (!typed && !plain)
        {
            throw new EmulatorRequestException($"The emulator reads JSON bodies (Content-Type {TypedJson}[.v1.x] or {PlainJson}) only; got '{contentType}'.");
        }

        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new EmulatorRequestException("The request body must be a JSON object.");
            }

            body = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new EmulatorRequestException($"The request body is not valid JSON: {exception.Message}");
        }

        // Neo4j reads plain-JSON bodies too, and Neo4j's own Query API client sends begin, commit and rollback bodies
        // (which hold no values) as application/json. Parameters are read as typed JSON only, so plain-JSON ones are
        // refused rather than misread.
        if (plain && body.TryGetProperty("parameters", out var parameters) && parameters.ValueKind != JsonValueKind.Null)
        {
            throw new EmulatorRequestException($"The emulator reads parameters in typed JSON (Content-Type {TypedJson}[.v1.x]) only; got '{contentType}'.");
        }

        return body;
    }

    private Task WriteDiscoveryAsync(HttpContext context)
    {
        var root = Uri.AbsoluteUri.TrimEnd('/');
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["query"] = root + "/db/{databaseName}/query/v2",
            ["transaction"] = root + "/db/{databaseName}/tx",
            ["neo4j_version"] = Options.AnnouncedVersion,
            ["neo4j_edition"] = "graphexplorer-query-api-emulator",
        });
    }

    private static EmulatorAnswer ErrorAnswer(EmulatorError error) => new(error.Status, writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", error.Code);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Writes <c>data</c> (fields and rows of typed values) and, when asked, <c>counters</c>.</summary>
    private static void WriteResult(Utf8JsonWriter writer, QueryResult? result, bool includeCounters)
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
                EmulatorTypedJson.WriteValue(writer, value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        if (includeCounters)
        {
            WriteCounters(writer, result?.Statistics ?? QueryStatistics.Empty);
        }
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
