using System.Net;
using GraphExplorer.Bolt.Messages;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Transport;
using GraphExplorer.Bolt.Values;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Bolt.Server;

/// <summary>
/// One Bolt connection: the handshake, then requests answered in order (pipelined requests are read and answered one
/// by one, the answers of a batch leaving together). Follows the server state machine of Bolt 5
/// (https://neo4j.com/docs/bolt/current/bolt/server-state/): NEGOTIATION → (5.1+: AUTHENTICATION) → READY ⇄ STREAMING,
/// READY ⇄ TX_READY ⇄ TX_STREAMING, any → FAILED after a failure (everything IGNORED until RESET), DEFUNCT when closed.
/// </summary>
/// <remarks>Not thread-safe: one task runs a connection from its handshake to its end.</remarks>
internal sealed partial class BoltConnection
{
    private readonly Stream stream;
    private readonly IGraphDatabase database;
    private readonly IBoltAuthenticator authenticator;
    private readonly BookmarkLedger bookmarks;
    private readonly BoltServerOptions options;
    private readonly ILogger logger;
    private readonly IPAddress? remoteAddress;
    private readonly string? localAddress;
    private readonly bool overConnectionLimit;
    private readonly PackStreamWriter packer = new();
    private ChunkedMessageWriter? output;

    private BoltVersion version;
    private bool helloDone;
    private string? user;
    private BoltAccess? access;
    private bool failed;
    private bool closing;

    public BoltConnection(
        Stream stream,
        string id,
        IGraphDatabase database,
        IBoltAuthenticator authenticator,
        BookmarkLedger bookmarks,
        BoltServerOptions options,
        ILogger logger,
        IPAddress? remoteAddress,
        string? localAddress,
        bool overConnectionLimit)
    {
        this.stream = stream;
        Id = id;
        this.database = database;
        this.authenticator = authenticator;
        this.bookmarks = bookmarks;
        this.options = options;
        this.logger = logger;
        this.remoteAddress = remoteAddress;
        this.localAddress = localAddress;
        this.overConnectionLimit = overConnectionLimit;
    }

    /// <summary>The connection id given to the client in HELLO's answer ("bolt-7").</summary>
    public string Id { get; }

    /// <summary>The state's name in the Bolt specification's words, for messages.</summary>
    private string State =>
        !helloDone ? "NEGOTIATION"
        : access is null ? "AUTHENTICATION"
        : failed ? "FAILED"
        : transaction is null ? (autoCommitResult is null ? "READY" : "STREAMING")
        : transaction.Results.Count == 0 ? "TX_READY" : "TX_STREAMING";

    /// <summary>Runs the connection until the client leaves, a fatal failure, or <paramref name="cancellationToken"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = new byte[BoltHandshake.RequestLength];
            await stream.ReadExactlyAsync(request, cancellationToken).ConfigureAwait(false);
            var negotiated = BoltHandshake.Negotiate(request);
            await stream.WriteAsync(BoltHandshake.Answer(negotiated), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (negotiated is not { } chosen)
            {
                logger.LogInformation("Bolt connection {ConnectionId} from {RemoteAddress} proposed no version this server speaks ({Proposals})",
                    Id, remoteAddress, Convert.ToHexString(request.AsSpan(4)));
                return;
            }

            version = chosen;
            output = new ChunkedMessageWriter(stream);
            var reader = new ChunkedMessageReader(stream, options.MaxMessageBytes);
            while (!closing)
            {
                ReadOnlyMemory<byte>? message;
                // An open transaction may hold the database's one write lock: a client that leaves it idle too long
                // loses it (rolled back) and its connection, so it cannot stall every other writer.
                using var idle = transaction is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle?.CancelAfter(options.TransactionIdleTimeout);
                try
                {
                    message = await reader.ReadMessageAsync(idle?.Token ?? cancellationToken).ConfigureAwait(false);
                }
                catch (BoltMessageTooLargeException e)
                {
                    WriteFailure(BoltErrors.MessageTooLarge(e.Limit));
                    break;
                }
                catch (OperationCanceledException) when (idle is not null && !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(
                        "Bolt connection {ConnectionId} from {RemoteAddress} left its transaction idle longer than {Timeout} (Bolt:TransactionIdleTimeoutSeconds): rolled back, connection closed",
                        Id, remoteAddress, options.TransactionIdleTimeout);
                    break;
                }

                if (message is not { } bytes)
                {
                    break;
                }

                await HandleAsync(bytes, cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or OperationCanceledException or ObjectDisposedException
                                       or System.Net.WebSockets.WebSocketException)
        {
            // The client went away (from a socket or a WebSocket) or the server stops: nothing to answer.
        }
        catch (BoltHandshakeException e)
        {
            logger.LogInformation("Bolt connection {ConnectionId} from {RemoteAddress} refused: {Reason}", Id, remoteAddress, e.Message);
        }
        finally
        {
            await EndTransactionAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        PackStreamStructure message;
        try
        {
            var reader = new PackStreamReader(bytes.Span);
            message = reader.ReadValue() as PackStreamStructure
                ?? throw new PackStreamException("A Bolt message must be a PackStream structure.");
            if (!reader.AtEnd)
            {
                throw new PackStreamException($"A Bolt message has {bytes.Length - reader.Position} bytes after its structure.");
            }
        }
        catch (PackStreamException e)
        {
            WriteFailure(BoltErrors.Malformed(e.Message));
            return;
        }

        try
        {
            await DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (BoltRequestException e)
        {
            WriteFailure(BoltErrors.Malformed(e.Message));
        }
        catch (CypherException e)
        {
            WriteFailure(BoltFailure.From(e));
        }
        catch (Exception e) when (e is not (IOException or OperationCanceledException or ObjectDisposedException))
        {
            logger.LogError(e, "Bolt connection {ConnectionId} failed on {Message}", Id, MessageTag.NameOf(message.Tag));
            WriteFailure(BoltErrors.Unexpected(e));
        }
    }

    private Task DispatchAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        switch (message.Tag)
        {
            case MessageTag.Goodbye:
                closing = true;
                return Task.CompletedTask;
            case MessageTag.Reset:
                return ResetAsync();
            case MessageTag.Hello:
                return HelloAsync(message, cancellationToken);
        }

        if (!helloDone)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return Task.CompletedTask;
        }

        if (message.Tag == MessageTag.Logon && version >= new BoltVersion(5, 1))
        {
            return LogonAsync(message, cancellationToken);
        }

        if (access is null)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return Task.CompletedTask;
        }

        if (failed)
        {
            WriteIgnored();
            return Task.CompletedTask;
        }

        switch (message.Tag)
        {
            case MessageTag.Logoff when version >= new BoltVersion(5, 1):
                return LogoffAsync(message);
            case MessageTag.Run:
                return RunAsync(message, cancellationToken);
            case MessageTag.Pull:
                Pull(message, discard: false);
                return Task.CompletedTask;
            case MessageTag.Discard:
                Pull(message, discard: true);
                return Task.CompletedTask;
            case MessageTag.Begin:
                return BeginAsync(message, cancellationToken);
            case MessageTag.Commit:
                return CommitAsync(message, cancellationToken);
            case MessageTag.Rollback:
                return RollbackAsync(message, cancellationToken);
            case MessageTag.Route:
                Route(message);
                return Task.CompletedTask;
            case MessageTag.Telemetry when version >= new BoltVersion(5, 4):
                // Usage figures a driver sends when the server asks for them (hint telemetry.enabled); not collected.
                WriteSuccess(new Dictionary<string, object?>());
                return Task.CompletedTask;
            default:
                WriteFailure(BoltErrors.Malformed($"Message {MessageTag.NameOf(message.Tag)} is not part of Bolt {version}."));
                return Task.CompletedTask;
        }
    }

    private async Task ResetAsync()
    {
        await EndTransactionAsync().ConfigureAwait(false);
        failed = false;
        WriteSuccess(new Dictionary<string, object?>());
    }

    private void WriteSuccess(IReadOnlyDictionary<string, object?> metadata)
    {
        packer.Clear();
        packer.WriteStructureHeader(MessageTag.Success, 1);
        packer.WriteValue(metadata);
        output!.WriteMessage(packer.WrittenMemory.Span);
    }

    private void WriteRecord(IReadOnlyList<object?> values)
    {
        packer.Clear();
        packer.WriteStructureHeader(MessageTag.Record, 1);
        packer.WriteListHeader(values.Count);
        foreach (var value in values)
        {
            BoltValueEncoder.Write(packer, value);
        }

        output!.WriteMessage(packer.WrittenMemory.Span);
    }

    private void WriteIgnored()
    {
        packer.Clear();
        packer.WriteStructureHeader(MessageTag.Ignored, 0);
        output!.WriteMessage(packer.WrittenMemory.Span);
    }

    /// <summary>Sends FAILURE and enters FAILED; a fatal failure also ends the connection once it is sent.</summary>
    private void WriteFailure(BoltFailure failure)
    {
        packer.Clear();
        packer.WriteStructureHeader(MessageTag.Failure, 1);
        packer.WriteValue(new Dictionary<string, object?> { ["code"] = failure.Code, ["message"] = failure.Message });
        output!.WriteMessage(packer.WrittenMemory.Span);
        failed = true;

        if (failure.Fatal)
        {
            closing = true;
        }

        logger.LogDebug("Bolt connection {ConnectionId} answered {Code}: {Message}", Id, failure.Code, failure.Message);
    }
}
