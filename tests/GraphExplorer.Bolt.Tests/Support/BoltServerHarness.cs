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

    /// <summary>A bearer token the harness's logins accept (its validity is the authenticator's business, tested in the server).</summary>
    public const string ReaderToken = "header.payload.signature";

    public int Port => server.Port;

    public async Task<BoltTestClient> ConnectAsync() => await BoltTestClient.ConnectAsync(Port);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>"steward"/"secret" writes, "reader"/"secret" reads, the bearer token <see cref="ReaderToken"/> reads as
    /// "token-reader", anything else is refused.</summary>
    private sealed class FixedLogins : IBoltAuthenticator
    {
        public ValueTask<BoltAuthentication> AuthenticateAsync(
            BoltCredentials credentials, IPAddress? remoteAddress, string connectionId, CancellationToken cancellationToken) =>
            ValueTask.FromResult((credentials.Principal, credentials.Credentials) switch
            {
                (null, ReaderToken) when credentials.Scheme == "bearer" => BoltAuthentication.Granted(BoltAccess.Read, "token-reader"),
                ("steward", "secret") => BoltAuthentication.Granted(BoltAccess.Write, "steward"),
                ("reader", "secret") => BoltAuthentication.Granted(BoltAccess.Read, "reader"),
                _ => BoltAuthentication.Refused("invalid username or password"),
            });
    }
}
