using System.Collections.Concurrent;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Content negotiation of GraphQL over HTTP: <c>application/graphql-response+json</c> (the spec's media type, with
/// meaningful status codes) or <c>application/json</c> (the legacy one, always 200 once the request is well-formed).
/// </summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header: the acceptable type with the highest quality, the spec's type on
    /// ties; <c>*/*</c>, <c>application/*</c> or no header at all mean <c>application/json</c>. Null when nothing offered is acceptable.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = range.MediaType.Value?.ToLowerInvariant();
            var candidate = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is null || !CharsetIsUtf8(range))
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && type == GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>The response Content-Type for a negotiated media type (the two usual ones without concatenating per response).</summary>
    public static string WithCharset(string mediaType) => mediaType switch
    {
        GraphQLResponse => GraphQLResponse + "; charset=utf-8",
        Json => Json + "; charset=utf-8",
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>What an Accept header allows: the negotiated response type (null: nothing acceptable) and whether HTML is asked for.</summary>
    public readonly record struct AcceptedTypes(string? MediaType, bool AcceptsHtml);

    /// <summary>Negotiation results per Accept header text: clients repeat a handful of headers, so most requests skip parsing.</summary>
    private static readonly ConcurrentDictionary<string, AcceptedTypes> Negotiated = new(StringComparer.Ordinal);

    private const int MaxNegotiated = 256;

    /// <summary>
    /// <see cref="Negotiate"/> and <see cref="AcceptsHtml"/> for a request's Accept header, remembered per header text
    /// (at most <see cref="MaxNegotiated"/> texts; others are parsed every time). Thread-safe.
    /// </summary>
    public static AcceptedTypes ReadAccept(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0)
        {
            return new AcceptedTypes(Json, false);
        }

        var text = header.Count == 1 ? header[0] : null;
        if (text is not null && Negotiated.TryGetValue(text, out var known))
        {
            return known;
        }

        var accept = request.GetTypedHeaders().Accept;
        var types = new AcceptedTypes(Negotiate(accept), AcceptsHtml(accept));
        if (text is not null && Negotiated.Count < MaxNegotiated)
        {
            Negotiated.TryAdd(text, types);
        }

        return types;
    }

    public static bool AcceptsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(range => string.Equals(range.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));

    public static bool CharsetIsUtf8(MediaTypeHeaderValue value) =>
        value.Charset.Value is null || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value.Charset.Value, "utf8", StringComparison.OrdinalIgnoreCase);
}
