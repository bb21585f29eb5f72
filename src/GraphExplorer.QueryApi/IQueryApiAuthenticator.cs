using System.Net;

namespace GraphExplorer.QueryApi;

/// <summary>The credentials of a request's <c>Authorization</c> header: scheme <c>basic</c> with a user and password,
/// <c>bearer</c> with a token (no user), or <c>none</c> when the header is absent.</summary>
public sealed record QueryApiCredentials(string Scheme, string? User, string? Secret);

/// <summary>Decides what a request's credentials may do. Implementations must be thread-safe: requests arrive concurrently.</summary>
public interface IQueryApiAuthenticator
{
    ValueTask<QueryApiLogin> AuthenticateAsync(
        QueryApiCredentials credentials, IPAddress? remoteAddress, string requestId, CancellationToken cancellationToken);
}
