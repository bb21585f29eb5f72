using System.Net;
using GraphExplorer.Bolt.Server;
using GraphExplorer.QueryApi;

namespace GraphExplorer.Server.QueryApi;

/// <summary>The Query API's logins are Bolt's (see <see cref="Access.CypherEndpointLogins"/>): a request's Basic or Bearer
/// header is checked as a Bolt HELLO's basic or bearer credentials, so both endpoints admit the same people.</summary>
internal sealed class BoltLoginQueryApiAuthenticator(IBoltAuthenticator logins) : IQueryApiAuthenticator
{
    public async ValueTask<QueryApiLogin> AuthenticateAsync(
        QueryApiCredentials credentials, IPAddress? remoteAddress, string requestId, CancellationToken cancellationToken)
    {
        var outcome = await logins.AuthenticateAsync(
            new BoltCredentials(credentials.Scheme, credentials.User, credentials.Secret), remoteAddress, requestId, cancellationToken);
        return outcome switch
        {
            { Access: { } access } => QueryApiLogin.Granted(outcome.User ?? "anonymous", access == BoltAccess.Write),
            { RetryAfter: { } wait } => QueryApiLogin.Throttled(wait),
            _ => QueryApiLogin.Refused(outcome.Refusal ?? "refused"),
        };
    }
}
