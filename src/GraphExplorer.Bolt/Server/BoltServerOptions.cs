using System.Net;
using System.Security.Cryptography.X509Certificates;
using GraphExplorer.Database;

namespace GraphExplorer.Bolt.Server;

/// <summary>How a <see cref="BoltServer"/> listens and what it allows.</summary>
public sealed record BoltServerOptions
{
    /// <summary>The address to listen on; loopback unless configured otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The TCP port; 0 picks a free one (see <see cref="BoltServer.Port"/>).</summary>
    public int Port { get; init; } = 7687;

    /// <summary>Connections served at once; one more is refused with a transient error.</summary>
    public int MaxConnections { get; init; } = 100;

    /// <summary>Largest request message accepted; a larger one closes the connection.</summary>
    public int MaxMessageBytes { get; init; } = 1 << 20;

    /// <summary>The limits of every query (the database's defaults); a client's <c>tx_timeout</c> may only shorten the timeout.</summary>
    public QueryLimits Limits { get; init; } = QueryLimits.None;

    /// <summary>Longest wait for a client's next message while it has a transaction open; past it the transaction is
    /// rolled back and the connection closed (an open write transaction holds the database's write lock).</summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, every connection must open with TLS under this certificate (with its private key); a client
    /// that does not is closed, so credentials never travel in clear text.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Records sent per PULL when the client asks for all (n = -1) are not limited; this bounds one PULL's batch
    /// when the client gives no n at all.</summary>
    public long DefaultFetchSize { get; init; } = 1000;
}
