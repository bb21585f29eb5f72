using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Bolt;
using GraphExplorer.Server.GraphQL;

namespace GraphExplorer.Server.Access;

/// <summary>
/// The logins of the endpoints that run a client's own Cypher (Bolt, the Query API), built one way for both: a steward
/// key (user <c>steward</c>) may write, a reader of the endpoint's section may read, a token of the identity provider
/// by its role, no credentials only with the section's <c>AllowAnonymousReads</c>; wrong keys share the server's one
/// <see cref="StewardKeyThrottle"/>; with visibility levels configured only stewards get in.
/// </summary>
internal static class CypherEndpointLogins
{
    /// <exception cref="InvalidOperationException">Anonymous reads are asked for while the server requires sign-in.</exception>
    public static IBoltAuthenticator Create(
        string section, bool allowAnonymousReads, List<StewardKeyEntry> readers, IConfiguration configuration,
        StewardKeyVerifier stewardKeys, StewardKeyThrottle throttle, ProviderTokens providerTokens)
    {
        if (allowAnonymousReads && configuration.GetValue<bool>($"{AccessSettings.Section}:RequireSignIn"))
        {
            throw new InvalidOperationException(
                $"{section}:AllowAnonymousReads cannot be on while Access:RequireSignIn is: every read needs an authenticated user. " +
                $"Turn one of them off (clients sign in with a token of the identity provider, {section}:Readers or a steward key).");
        }

        IBoltAuthenticator authenticator = new StewardBoltAuthenticator(
            stewardKeys, new StewardKeyVerifier(readers), allowAnonymousReads, throttle, providerTokens, section);
        return VisibilityHosting.Restricts(configuration) ? new StewardsOnlyBoltAuthenticator(authenticator) : authenticator;
    }
}
