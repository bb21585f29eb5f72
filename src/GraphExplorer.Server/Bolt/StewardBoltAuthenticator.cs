using System.Net;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.GraphQL;

namespace GraphExplorer.Server.Bolt;

/// <summary>
/// Bolt logins with the server's own keys: user <c>steward</c> with a steward key (<c>Stewards:Keys</c> or the keys file
/// <c>Stewards:KeysFile</c>) may write; a
/// reader (<c>Bolt:Readers</c>, user = its name, password = its key) may read; no credentials (scheme "none") may read
/// only when <c>Bolt:AllowAnonymousReads</c> is on. Wrong keys count against the client's address in the same
/// <see cref="StewardKeyThrottle"/> as the GraphQL endpoint's, so guessing over Bolt and HTTP shares one budget.
/// With an identity provider (<c>Access:Jwt:Authority</c>), scheme "bearer" logs in with the provider's token, checked
/// as <c>/graphql</c> checks it (<see cref="ProviderTokens"/>): a user with the steward role may write, others read.
/// </summary>
/// <remarks>Thread-safe: the verifiers, the throttle and the token checks are thread-safe.</remarks>
/// <param name="section">The configuration section of the endpoint the logins are for (Bolt or QueryApi), named in refusals.</param>
internal sealed class StewardBoltAuthenticator(
    StewardKeyVerifier stewards, StewardKeyVerifier readers, bool allowAnonymousReads, StewardKeyThrottle throttle,
    ProviderTokens? providerTokens = null, string section = BoltSettings.Section) : IBoltAuthenticator
{
    /// <summary>The user name under which a steward key logs in.</summary>
    public const string StewardUser = "steward";

    public async ValueTask<BoltAuthentication> AuthenticateAsync(
        BoltCredentials credentials, IPAddress? remoteAddress, string connectionId, CancellationToken cancellationToken)
    {
        switch (credentials.Scheme)
        {
            case "none":
                return allowAnonymousReads
                    ? BoltAuthentication.Granted(BoltAccess.Read, "anonymous")
                    : BoltAuthentication.Refused($"this server needs credentials ({section}:AllowAnonymousReads is off)");
            case "bearer":
                return await AuthenticateTokenAsync(credentials.Credentials, cancellationToken);
            case "basic":
                return AuthenticateKey(credentials, remoteAddress, connectionId);
            default:
                return BoltAuthentication.Refused($"the auth scheme '{credentials.Scheme}' is not supported; use basic or bearer");
        }
    }

    /// <summary>A provider's token: not throttled, as a forged token cannot be guessed and a valid one is not a secret
    /// the address could be trying out.</summary>
    private async Task<BoltAuthentication> AuthenticateTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (providerTokens is not { Enabled: true })
        {
            return BoltAuthentication.Refused("the auth scheme 'bearer' needs an identity provider, and none is configured (Access:Jwt:Authority)");
        }

        if (string.IsNullOrWhiteSpace(token) || await providerTokens.ValidateAsync(token, cancellationToken) is not { } user)
        {
            return BoltAuthentication.Refused("the token is not a valid token of the identity provider (Access:Jwt: issuer, audience, lifetime and signature are checked)");
        }

        return BoltAuthentication.Granted(user.IsSteward ? BoltAccess.Write : BoltAccess.Read, user.Name);
    }

    private BoltAuthentication AuthenticateKey(BoltCredentials credentials, IPAddress? remoteAddress, string connectionId)
    {
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
