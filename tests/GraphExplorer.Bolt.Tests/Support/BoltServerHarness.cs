using System.Net;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Cypher;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphExplorer.Bolt.Tests.Support;

/// <summary>A Bolt server on a free loopback port over a fresh in-memory embedded database, with two fixed logins.</summary>
internal sealed class BoltServerHarness : IAsyncDisposable
{
    private readonly EmbeddedGraphDatabase database = EmbeddedGraphDatabase.CreateInMemory();
    private readonly BoltServer server;

    public BoltServerHarness(BoltServerOptions? options = null)
    {
        server = new BoltServer(database, new FixedLogins(), (options ?? new BoltServerOptions()) with { Port = 0 }, NullLogger.Instance);
        server.Start();
    }

    public int Port => server.Port;

    public async Task<BoltTestClient> ConnectAsync() => await BoltTestClient.ConnectAsync(Port);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>"steward"/"secret" writes, "reader"/"secret" reads, anything else is refused.</summary>
    private sealed class FixedLogins : IBoltAuthenticator
    {
        public BoltAuthentication Authenticate(BoltCredentials credentials, IPAddress? remoteAddress, string connectionId) =>
            (credentials.Principal, credentials.Credentials) switch
            {
                ("steward", "secret") => BoltAuthentication.Granted(BoltAccess.Write, "steward"),
                ("reader", "secret") => BoltAuthentication.Granted(BoltAccess.Read, "reader"),
                _ => BoltAuthentication.Refused("invalid username or password"),
            };
    }
}
