using System.Net;
using GraphExplorer.QueryApi;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>The test host's one login, as a Neo4j test server has one: a user and password that may write. (The product's
/// logins, steward keys and readers, are the server's: tests/GraphExplorer.Server.Tests/QueryApi.)</summary>
internal sealed class PasswordQueryApiAuthenticator(string user, string password) : IQueryApiAuthenticator
{
    public ValueTask<QueryApiLogin> AuthenticateAsync(
        QueryApiCredentials credentials, IPAddress? remoteAddress, string requestId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(credentials is { Scheme: "basic" } && credentials.User == user && credentials.Secret == password
            ? QueryApiLogin.Granted(user, mayWrite: true)
            : QueryApiLogin.Refused("invalid username or password"));
}
