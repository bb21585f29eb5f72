using System.Net;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.GraphQL;

namespace GraphExplorer.Server.Bolt;

/// <summary>
/// Bolt logins with the server's own keys: user <c>steward</c> with a steward key (<c>Stewards:Keys</c>) may write; a
/// reader (<c>Bolt:Readers</c>, user = its name, password = its key) may read; no credentials (scheme "none") may read
/// only when <c>Bolt:AllowAnonymousReads</c> is on. Wrong keys count against the client's address in the same
/// <see cref="StewardKeyThrottle"/> as the GraphQL endpoint's, so guessing over Bolt and HTTP shares one budget.
/// </summary>
/// <remarks>Thread-safe: the verifiers are immutable and the throttle is thread-safe.</remarks>
internal sealed class StewardBoltAuthenticator(
    StewardKeyVerifier stewards, StewardKeyVerifier readers, bool allowAnonymousReads, StewardKeyThrottle throttle) : IBoltAuthenticator
{
    /// <summary>The user name under which a steward key logs in.</summary>
    public const string StewardUser = "steward";

    public BoltAuthentication Authenticate(BoltCredentials credentials, IPAddress? remoteAddress, string connectionId)
    {
        if (credentials.Scheme == "none")
        {
            return allowAnonymousReads
                ? BoltAuthentication.Granted(BoltAccess.Read, "anonymous")
                : BoltAuthentication.Refused("this server needs credentials (Bolt:AllowAnonymousReads is off)");
        }

        if (credentials.Scheme != "basic")
        {
            return BoltAuthentication.Refused($"the auth scheme '{credentials.Scheme}' is not supported; use basic");
        }

        if (throttle.LockedOut(remoteAddress) is { } wait)
        {
            return BoltAuthentication.Throttled(wait);
        }

        var principal = credentials.Principal ?? "";
        if (principal == StewardUser && stewards.Verify(credentials.Credentials) is not null)
        {
            return BoltAuthentication.Granted(BoltAccess.Write, StewardUser);
        }

        if (principal != StewardUser && readers.Verify(credentials.Credentials) == principal)
        {
            return BoltAuthentication.Granted(BoltAccess.Read, principal);
        }

        throttle.RecordFailure(remoteAddress, connectionId);
        return BoltAuthentication.Refused("invalid username or password");
    }
}
