using System.Net;
using System.Text;

namespace GraphExplorer.Neo4j.Tests.Support;

/// <summary>
/// An in-process stand-in for a Neo4j server's HTTP connector: answers requests in order from a queue of scripted
/// responses (bodies in the shapes of the Query API documentation) and records every request.
/// </summary>
/// <remarks>Thread-safe: the keep-alive of a transaction may call it from another thread.</remarks>
public sealed class FakeQueryApi : HttpMessageHandler
{
    public const string TypedJson = "application/vnd.neo4j.query.v1.1";

    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> script = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly object sync = new();

    /// <summary>Answers requests it matches before the script is consulted (e.g. keep-alives); null lets the script answer.</summary>
    public Func<RecordedRequest, HttpResponseMessage?>? Intercept { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (sync)
            {
                return [.. requests];
            }
        }
    }

    public int Pending
    {
        get
        {
            lock (sync)
            {
                return script.Count;
            }
        }
    }

    public FakeQueryApi Respond(string json, HttpStatusCode status = HttpStatusCode.Accepted, string? affinity = null, string mediaType = TypedJson) =>
        Enqueue((_, _) => Task.FromResult(Response(json, status, affinity, mediaType)));

    public FakeQueryApi RespondText(string text, HttpStatusCode status, string mediaType = "text/html") =>
        Enqueue((_, _) => Task.FromResult(Response(text, status, null, mediaType)));

    public FakeQueryApi Throw(Exception exception) => Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers until the request is cancelled.</summary>
    public FakeQueryApi Hang() => Enqueue(async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    });

    public FakeQueryApi Enqueue(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        lock (sync)
        {
            script.Enqueue(responder);
        }

        return this;
    }

    public static HttpResponseMessage Response(string body, HttpStatusCode status = HttpStatusCode.Accepted, string? affinity = null, string mediaType = TypedJson)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (affinity is not null)
        {
            response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers[name.ToLowerInvariant()] = string.Join(", ", values);
        }

        string? body = null;
        string? contentType = null;
        if (request.Content is not null)
        {
            body = await request.Content.ReadAsStringAsync(cancellationToken);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, headers, contentType, body);
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? responder = null;
        lock (sync)
        {
            requests.Add(recorded);
            if (Intercept?.Invoke(recorded) is { } intercepted)
            {
                return intercepted;
            }

            if (script.Count > 0)
            {
                responder = script.Dequeue();
            }
        }

        if (responder is null)
        {
            throw new InvalidOperationException($"The fake Neo4j server has no scripted answer for {recorded}.");
        }

        return await responder(recorded, cancellationToken);
    }
}
