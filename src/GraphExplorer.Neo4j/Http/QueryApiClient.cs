using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Json;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j.Http;

/// <summary>
/// The typed HTTP client of the Query API v2: builds requests (auth, media types, cluster affinity), applies timeouts,
/// turns answers into <see cref="QueryResponse"/>s or <see cref="CypherException"/>s, and retries what is safe to retry
/// (see <see cref="SendAsync"/>).
/// </summary>
/// <remarks>Thread-safe: holds no per-request state. Does not own the <see cref="HttpClient"/> unless told to.</remarks>
internal sealed partial class QueryApiClient : IDisposable
{
    // Header values are kept as text: typed header objects are mutable and would be shared by concurrent requests.
    private const string AcceptHeader = QueryApiMediaTypes.TypedJsonV11 + ", " + QueryApiMediaTypes.TypedJson + ";q=0.9";

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly string baseAddress;

    public QueryApiClient(HttpClient http, bool ownsHttp, Neo4jOptions options, ILogger logger, TimeProvider time)
    {
        this.http = http;
        this.ownsHttp = ownsHttp;
        Options = options;
        Logger = logger;
        Time = time;
        baseAddress = options.Uri.AbsoluteUri.TrimEnd('/');
        if (options.User is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    public Neo4jOptions Options { get; }

    public ILogger Logger { get; }

    public TimeProvider Time { get; }

    /// <summary>The path of a database's query endpoint, e.g. <c>/db/neo4j/query/v2</c>.</summary>
    public static string QueryPath(string database) => $"/db/{Uri.EscapeDataString(database)}/query/v2";

    /// <summary>The path of an open transaction, e.g. <c>/db/neo4j/query/v2/tx/lyU</c>.</summary>
    public static string TransactionPath(string database, string transactionId) =>
        $"{QueryPath(database)}/tx/{Uri.EscapeDataString(transactionId)}";

    /// <summary>
    /// Sends a call and returns the server's successful answer, or throws a <see cref="CypherException"/>.
    /// </summary>
    /// <remarks>
    /// Retry policy, applied only to calls marked <see cref="QueryApiCall.Retryable"/> (auto-commit queries and
    /// transaction begins), up to <see cref="Neo4jOptions.MaxRetries"/> times with exponential back-off and jitter:
    /// <list type="bullet">
    /// <item>Neo4j TransientErrors and NotALeader: the server rolled the work back, so running it again is safe.</item>
    /// <item>Failures before the request left (connection refused, DNS, TLS) and HTTP 503: nothing reached Neo4j.</item>
    /// <item>Failures after the request may have reached Neo4j (connection lost mid-answer, HTTP 502/504): the work may have
    /// been applied, so they are retried only for idempotent calls (reads, begins); a write fails instead.</item>
    /// </list>
    /// A statement inside an explicit transaction is never re-run (the transaction's state on the server is unknown), and a
    /// commit is never retried: if its answer is lost the transaction may or may not have committed, and committing again
    /// could apply nothing or fail, so the caller is told the outcome is unknown instead.
    /// </remarks>
    public async Task<QueryApiResponse> SendAsync(QueryApiCall call, CancellationToken cancellationToken)
    {
        var body = Serialize(call.Body);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(call, body, cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException exception) when (call.Retryable && attempt < Options.MaxRetries && MayRetry(exception, call))
            {
                var delay = BackoffDelay(attempt);
                Neo4jLog.Retrying(Logger, call.Operation.ToString(), exception.Neo4jCode ?? exception.Detail, attempt + 1, Options.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>GETs the unauthenticated discovery document at the server root; null when the server has none.</summary>
    public async Task<DiscoveryResponse?> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, baseAddress + "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CreateTimeout(null, cancellationToken, out var limit, out _);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || !IsJson(response.Content.Headers.ContentType))
            {
                Neo4jLog.DiscoveryUnavailable(Logger, Options.Uri, (int)response.StatusCode);
                return null;
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, QueryApiJsonContext.Default.DiscoveryResponse, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jErrors.Timeout(limit, queryLimit: false, exception);
        }
        catch (HttpRequestException exception)
        {
            throw Neo4jErrors.Unreachable(Options.Uri, exception);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private static byte[]? Serialize(QueryRequest? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(body, QueryApiJsonContext.Default.QueryRequest);
        }
        catch (ArgumentException exception)
        {
            throw Neo4jErrors.InvalidParameter(exception);
        }
    }

    private static bool MayRetry(CypherException exception, QueryApiCall call)
    {
        if (exception.Neo4jCode is { } code)
        {
            return exception.Kind is CypherErrorKind.TransientError or CypherErrorKind.DatabaseUnavailable
                && (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || code == "Neo.ClientError.Cluster.NotALeader");
        }

        return exception.Detail switch
        {
            "ServiceUnavailable" or "Http503" => true,
            "ConnectionLost" or "Http502" or "Http504" => call.Idempotent,
            _ => false,
        };
    }

    /// <summary>Base × 2^attempt, plus up to half of that again at random (so clients that failed together spread out).</summary>
    private TimeSpan BackoffDelay(int attempt)
    {
        var exponential = Options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var jitter = exponential * 0.5 * Random.Shared.NextDouble();
        return TimeSpan.FromMilliseconds(Math.Min(exponential + jitter, 30_000));
    }

    private static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } mediaType
        && (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("application/vnd.neo4j", StringComparison.OrdinalIgnoreCase));

    private CancellationTokenSource CreateTimeout(TimeSpan? queryTimeout, CancellationToken cancellationToken, out TimeSpan limit, out bool isQueryLimit)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit = Options.RequestTimeout;
        isQueryLimit = false;
        if (queryTimeout is { } query && (limit == System.Threading.Timeout.InfiniteTimeSpan || query < limit))
        {
            limit = query;
            isQueryLimit = true;
        }

        if (limit != System.Threading.Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(limit);
        }

        return timeout;
    }
}
