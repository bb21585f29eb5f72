using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request into a <see cref="GraphQLRequest"/>: a POST's JSON body or a GET's query string.
/// Each malformed request gives a <see cref="GraphQLHttpError"/> with the status the spec asks for.
/// </summary>
internal static class GraphQLHttpRequest
{
    public static async Task<(GraphQLRequest? Request, GraphQLHttpError? Error)> ReadPostAsync(HttpRequest http, int maxBytes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(http.ContentType))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "A POST needs a Content-Type: application/json request body.");
        }

        // The usual Content-Type texts need no parsing.
        if (http.ContentType is not (GraphQLMediaTypes.Json or "application/json; charset=utf-8" or "application/json;charset=utf-8"))
        {
            if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
                || !string.Equals(contentType.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
            {
                return Fail(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type '{http.ContentType}': send application/json.");
            }

            if (!GraphQLMediaTypes.CharsetIsUtf8(contentType))
            {
                return Fail(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset '{contentType.Charset}': send UTF-8.");
            }
        }

        if (http.ContentLength > maxBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maxBytes} bytes.");
        }

        // The body is read from the request pipe and parsed where it lies (no copy), then released.
        var body = http.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(cancellationToken);
            if (read.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(read.Buffer.End);
                return Fail(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maxBytes} bytes.");
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return Parse(read.Buffer);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    private static (GraphQLRequest? Request, GraphQLHttpError? Error) Parse(ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return Fail(StatusCodes.Status400BadRequest, "A POST needs a JSON body with a \"query\".");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(buffer);
        }
        catch (JsonException exception)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body is not valid JSON: " + exception.Message);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
            }

            try
            {
                return FromParameters(
                    Property(json.RootElement, "query"),
                    Property(json.RootElement, "operationName"),
                    Property(json.RootElement, "variables"),
                    Property(json.RootElement, "extensions"));
            }
            catch (InvalidOperationException exception)
            {
                // System.Text.Json checks a string's UTF-8 bytes and \u escapes only when it is read: a client error.
                return Fail(StatusCodes.Status400BadRequest,
                    "The request body holds a string that is not valid Unicode (bytes that are not UTF-8, or a lone surrogate \\u escape): " + exception.Message);
            }
        }
    }

    public static (GraphQLRequest? Request, GraphQLHttpError? Error) ReadGet(HttpRequest http, int maxBytes)
    {
        if (http.QueryString.Value?.Length > maxBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {maxBytes} bytes.");
        }

        var query = http.Query;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var (name, target) in new[] { ("variables", 0), ("extensions", 1) })
        {
            if (query.TryGetValue(name, out var text) && !string.IsNullOrEmpty(text))
            {
                try
                {
                    var parsed = JsonDocument.Parse(text.ToString()).RootElement.Clone();
                    if (target == 0)
                    {
                        variables = parsed;
                    }
                    else
                    {
                        extensions = parsed;
                    }
                }
                catch (JsonException exception)
                {
                    return Fail(StatusCodes.Status400BadRequest, $"The \"{name}\" parameter is not valid JSON: {exception.Message}");
                }
            }
        }

        JsonElement? Text(string key) => query.TryGetValue(key, out var value) && value.Count > 0
            ? JsonSerializer.SerializeToElement(value.ToString())
            : null;

        return FromParameters(Text("query"), Text("operationName"), variables, extensions);
    }

    private static (GraphQLRequest?, GraphQLHttpError?) FromParameters(
        JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        // Without a query, a request may name a persisted one by its hash (see PersistedDocuments).
        var persisted = extensions is { ValueKind: JsonValueKind.Object } ext && ext.TryGetProperty("persistedQuery", out _);
        if (query is not { ValueKind: JsonValueKind.String } && !(persisted && query is null or { ValueKind: JsonValueKind.Null }))
        {
            return Fail(StatusCodes.Status400BadRequest, query is null || query.Value.ValueKind == JsonValueKind.Null
                ? "The request has no \"query\"."
                : "\"query\" must be a string.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "\"operationName\" must be a string or null.");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "\"variables\" must be an object or null.");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Fail(StatusCodes.Status400BadRequest, "\"extensions\" must be an object or null.");
        }

        var request = new GraphQLRequest(query is { ValueKind: JsonValueKind.String } queryText ? queryText.GetString()! : "")
        {
            Extensions = extensions is { ValueKind: JsonValueKind.Object } given
                ? (IReadOnlyDictionary<string, object?>?)JsonInput.ToClr(given)
                : null,
            OperationName = operationName is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            Variables = variables is { ValueKind: JsonValueKind.Object } vars
                ? (IReadOnlyDictionary<string, object?>?)JsonInput.ToClr(vars)
                : null,
        };
        return (request, null);
    }

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : null;

    private static (GraphQLRequest?, GraphQLHttpError?) Fail(int status, string message) => (null, new GraphQLHttpError(status, message));
}

/// <summary>A request the transport refuses before GraphQL sees it: the status code and the message for the client.</summary>
internal sealed record GraphQLHttpError(int StatusCode, string Message);
