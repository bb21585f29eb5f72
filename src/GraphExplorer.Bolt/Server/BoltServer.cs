using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Bolt.Server;

/// <summary>
/// Listens for Bolt connections over TCP (Bolt straight on the socket, or inside a WebSocket for browsers) and serves each
/// on its own task against one <see cref="IGraphDatabase"/>.
/// Connections past <see cref="BoltServerOptions.MaxConnections"/> are answered with a transient failure and closed.
/// </summary>
/// <remarks>Thread-safe. Start once; <see cref="DisposeAsync"/> stops listening, closes every connection (rolling back
/// their open transactions) and waits for them.</remarks>
public sealed class BoltServer : IAsyncDisposable
{
    private readonly IGraphDatabase database;
    private readonly IBoltAuthenticator authenticator;
    private readonly BoltServerOptions options;
    private readonly ILogger logger;
    private readonly BookmarkLedger bookmarks;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly HashSet<Task> connections = [];
    private TcpListener? listener;
    private Task? acceptLoop;
    private long connectionCount;
    private int active;

    /// <param name="bookmarks">The ledger of commits, shared with the server's other endpoints on the same database (the
    /// HTTP Query API) so that a bookmark from one is honoured by the other; a ledger of its own when null.</param>
    public BoltServer(IGraphDatabase database, IBoltAuthenticator authenticator, BoltServerOptions options, ILogger logger, BookmarkLedger? bookmarks = null)
    {
        this.bookmarks = bookmarks ?? new BookmarkLedger();
        this.database = database;
        this.authenticator = authenticator;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>The port listened on (the one picked by the system when the options said 0).</summary>
    public int Port => ((IPEndPoint)(listener ?? throw new InvalidOperationException("The Bolt server has not started.")).LocalEndpoint).Port;

    /// <exception cref="SocketException">The address or port cannot be listened on (in use, not local).</exception>
    public void Start()
    {
        listener = new TcpListener(options.Address, options.Port);
        listener.Start();
        acceptLoop = AcceptAsync(listener, stopping.Token);
        logger.LogInformation("Bolt server listening on {Address}:{Port} (Bolt {Versions})",
            options.Address, Port, string.Join(", ", Transport.BoltHandshake.Supported));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener?.Stop();
        if (acceptLoop is not null)
        {
            await acceptLoop.ConfigureAwait(false);
        }

        Task[] running;
        lock (gate)
        {
            running = [.. connections];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task AcceptAsync(TcpListener tcp, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await tcp.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var task = ServeAsync(socket, cancellationToken);
            lock (gate)
            {
                if (!task.IsCompleted)
                {
                    connections.Add(task);
                }
            }

            _ = task.ContinueWith(done =>
            {
                lock (gate)
                {
                    connections.Remove(done);
                }
            }, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Bolt straight over TCP, or, when the client opens with an HTTP request (its first byte is the 'G' of "GET"; a
    /// Bolt handshake starts with 0x60), Bolt inside a WebSocket; both inside TLS when a certificate is configured.
    /// Null when the client was refused.
    /// </summary>
    private async Task<Stream?> OpenTransportAsync(Socket socket, NetworkStream network, string id, CancellationToken cancellationToken)
    {
        var first = new byte[1];
        if (await socket.ReceiveAsync(first, SocketFlags.Peek, cancellationToken).ConfigureAwait(false) == 0)
        {
            return null;
        }

        Stream stream = network;
        if (options.Certificate is { } certificate)
        {
            // 0x16 opens a TLS handshake record.
            if (first[0] != 0x16)
            {
                logger.LogInformation("Bolt connection {ConnectionId} refused: it did not open with TLS, which this server requires", id);
                return null;
            }

            var tls = new SslStream(network, leaveInnerStreamOpen: false);
            try
            {
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, cancellationToken).ConfigureAwait(false);
                if (await tls.ReadAsync(first, cancellationToken).ConfigureAwait(false) == 0)
                {
                    await tls.DisposeAsync().ConfigureAwait(false);
                    return null;
                }
            }
            catch (Exception e) when (e is AuthenticationException or IOException)
            {
                logger.LogInformation("Bolt connection {ConnectionId} refused: the TLS handshake failed ({Reason})", id, e.Message);
                await tls.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            stream = new Transport.ReplayStream(first[0], tls);
        }

        return first[0] == (byte)'G' ? await Transport.WebSocketUpgrade.AcceptAsync(stream, cancellationToken).ConfigureAwait(false) : stream;
    }

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var overLimit = Interlocked.Increment(ref active) > options.MaxConnections;
        var id = $"bolt-{Interlocked.Increment(ref connectionCount)}";
        try
        {
            socket.NoDelay = true;
            await using var network = new NetworkStream(socket, ownsSocket: true);
            var stream = await OpenTransportAsync(socket, network, id, cancellationToken).ConfigureAwait(false);
            if (stream is null)
            {
                return;
            }

            await using var _ = stream == network ? null : stream;
            var local = socket.LocalEndPoint as IPEndPoint;
            var connection = new BoltConnection(stream, id, database, authenticator, bookmarks, options, logger,
                (socket.RemoteEndPoint as IPEndPoint)?.Address,
                local is null ? null : $"{(local.Address.IsIPv4MappedToIPv6 ? local.Address.MapToIPv4() : local.Address)}:{local.Port}",
                overLimit);
            await connection.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Bolt connection {ConnectionId} ended with an error", id);
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }
}
