using System.Net;
using GraphExplorer.Bolt.Server;

namespace GraphExplorer.Server.Bolt;

/// <summary>
/// Bolt and the Query API when visibility levels are configured (<c>Access:Visibility:Levels</c> with more than one
/// level): both run the client's own Cypher, which no predicate can be added to safely, so only a login that may write (a
/// steward, who sees every level) keeps its access; readers and anonymous logins are refused with the reason.
/// </summary>
/// <remarks>Thread-safe when the wrapped authenticator is.</remarks>
internal sealed class StewardsOnlyBoltAuthenticator(IBoltAuthenticator inner) : IBoltAuthenticator
{
    public async ValueTask<BoltAuthentication> AuthenticateAsync(
        BoltCredentials credentials, IPAddress? remoteAddress, string connectionId, CancellationToken cancellationToken)
    {
        var outcome = await inner.AuthenticateAsync(credentials, remoteAddress, connectionId, cancellationToken);
        return outcome.Access is BoltAccess.Read
            ? BoltAuthentication.Refused(
                "Bolt and the Query API run raw Cypher, which cannot be filtered by visibility level: with Access:Visibility levels configured only stewards may use them")
            : outcome;
    }
}
