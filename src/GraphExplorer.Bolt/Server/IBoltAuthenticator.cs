using System.Net;

namespace GraphExplorer.Bolt.Server;

/// <summary>The credentials of HELLO (Bolt 5.0) or LOGON (5.1+): scheme "basic" with a principal and credentials,
/// "bearer" with a token as the credentials (no principal), or "none".</summary>
public sealed record BoltCredentials(string Scheme, string? Principal, string? Credentials);

/// <summary>The outcome of a login: the access granted, or why it was refused (and, when the address is throttled, for how long).</summary>
public sealed record BoltAuthentication(BoltAccess? Access, string? User, string? Refusal = null, TimeSpan? RetryAfter = null)
{
    public static BoltAuthentication Granted(BoltAccess access, string user) => new(access, user);

    public static BoltAuthentication Refused(string why) => new(null, null, why);

    public static BoltAuthentication Throttled(TimeSpan retryAfter) => new(null, null, "too many failed attempts", retryAfter);
}

/// <summary>Decides what a login may do. Implementations must be thread-safe: connections log in concurrently.</summary>
public interface IBoltAuthenticator
{
    /// <summary>Asynchronous because checking a token may need the identity provider's keys, fetched once and cached.</summary>
    ValueTask<BoltAuthentication> AuthenticateAsync(
        BoltCredentials credentials, IPAddress? remoteAddress, string connectionId, CancellationToken cancellationToken);
}
