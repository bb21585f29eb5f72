using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Http;

/// <summary>One attempt: send, read, classify.</summary>
internal sealed partial class QueryApiClient
{
    private const int SnippetLength = 300;

    private async Task<QueryApiResponse> SendOnceAsync(QueryApiCall call, byte[]? body, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(call, body);
        using var timeout = CreateTimeout(call.QueryTimeout, cancellationToken, out var limit, out var isQueryLimit);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw call.Operation == Neo4jErrors.Operation.Commit
                ? Neo4jErrors.CommitOutcomeUnknown(Options.Uri, call.TransactionId!, exception)
                : Neo4jErrors.Timeout(limit, isQueryLimit, exception);
        }
        catch (HttpRequestException exception)
        {
            throw ConnectionFailure(call, exception);
        }

        using (response)
        {
            QueryResponse? parsed = null;
            string? snippet = null;
            try
            {
                if (IsJson(response.Content.Headers.ContentType))
                {
                    // Read whole: the body is needed in full anyway, and an empty one (a rollback's) is no JSON document.
                    var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                    if (bytes.AsSpan().Trim(" \t\r\n"u8).Length > 0)
                    {
                        parsed = JsonSerializer.Deserialize(bytes, QueryApiJsonContext.Default.QueryResponse);
                    }
                }
                else if (!response.IsSuccessStatusCode)
                {
                    snippet = await ReadSnippetAsync(response, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw call.Operation == Neo4jErrors.Operation.Commit
                    ? Neo4jErrors.CommitOutcomeUnknown(Options.Uri, call.TransactionId!, exception)
                    : Neo4jErrors.Timeout(limit, isQueryLimit, exception);
            }
            catch (HttpRequestException exception)
            {
                throw ConnectionFailure(call, exception);
            }
            catch (JsonException exception)
            {
                // An error status with a body we cannot read says more by its status than by the parse failure.
                if (response.IsSuccessStatusCode)
                {
                    throw Neo4jErrors.InvalidResponse(Options.Uri, exception);
                }
            }

            if (parsed?.Errors is { Count: > 0 } errors)
            {
                throw ServerError(call, response.StatusCode, errors[0]);
            }

            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    throw Neo4jErrors.CredentialsRefused(Options.Uri, Options.User, snippet, code: null);
                case HttpStatusCode.NotFound:
                    throw Neo4jErrors.QueryApiNotFound(Options.Uri, call.Path, transactions: call.TransactionId is not null || call.Operation == Neo4jErrors.Operation.Begin);
                case var status when !response.IsSuccessStatusCode:
                    throw Neo4jErrors.HttpFailure(Options.Uri, (int)status, response.ReasonPhrase, snippet);
            }

            if (parsed is null && call.Operation is Neo4jErrors.Operation.AutoCommit or Neo4jErrors.Operation.Run or Neo4jErrors.Operation.Begin)
            {
                throw Neo4jErrors.InvalidResponse(
                    Options.Uri,
                    new FormatException($"a {(int)response.StatusCode} answer without a Query API body (content type '{response.Content.Headers.ContentType}')."));
            }

            return new QueryApiResponse(
                parsed ?? new QueryResponse(),
                ReadAffinity(response),
                Time.GetUtcNow(),
                response.Headers.Date);
        }
    }

    private HttpRequestMessage BuildRequest(QueryApiCall call, byte[]? body)
    {
        var request = new HttpRequestMessage(call.Method, baseAddress + call.Path);
        request.Headers.TryAddWithoutValidation("Accept", AcceptHeader);

        if (authorization is not null)
        {
            request.Headers.Authorization = authorization;
        }

        if (call.Affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(QueryApiMediaTypes.ClusterAffinityHeader, call.Affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(QueryApiMediaTypes.TypedJson);
        }

        return request;
    }

    private CypherException ServerError(QueryApiCall call, HttpStatusCode status, QueryError error)
    {
        if (status == HttpStatusCode.Unauthorized || error.Code == "Neo.ClientError.Security.Unauthorized")
        {
            return Neo4jErrors.CredentialsRefused(Options.Uri, Options.User, error.Message, error.Code);
        }

        var exception = Neo4jErrors.FromServer(error.Code, error.Message, call.Operation, call.TransactionId);
        if (exception.Kind == CypherErrorKind.DatabaseError && exception.Neo4jCode is { } code)
        {
            Neo4jLog.DatabaseError(Logger, code, error.Message ?? string.Empty);
        }

        return exception;
    }

    /// <summary>
    /// A connection failure. Errors raised before the request could be written (refused, DNS, TLS, proxy tunnel) are
    /// "ServiceUnavailable": Neo4j never saw the request. Anything else is "ConnectionLost": it may have.
    /// </summary>
    private CypherException ConnectionFailure(QueryApiCall call, HttpRequestException exception)
    {
        if (call.Operation == Neo4jErrors.Operation.Commit)
        {
            return Neo4jErrors.CommitOutcomeUnknown(Options.Uri, call.TransactionId!, exception);
        }

        var unreachable = Neo4jErrors.Unreachable(Options.Uri, exception);
        var neverSent = exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
        return neverSent
            ? unreachable
            : new CypherException(unreachable.Kind, unreachable.Phase, "ConnectionLost", unreachable.Message, innerException: exception);
    }

    private static string? ReadAffinity(HttpResponseMessage response) =>
        response.Headers.TryGetValues(QueryApiMediaTypes.ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;

    private static async Task<string?> ReadSnippetAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        text = text.Trim();
        return text.Length <= SnippetLength ? text : string.Concat(text.AsSpan(0, SnippetLength), "…");
    }
}
