using System.Collections.Concurrent;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// A reservation of graphql-sse's single-connection mode: the token a client got from <c>PUT</c>, the one event stream
/// that may fulfil it, and the operations streaming into it (by the ids their requests gave). Closing it ends every
/// operation and the stream.
/// </summary>
/// <remarks>Thread-safe: operations are added and removed by concurrent requests. Its cancellation source has no timer,
/// so it is left to the collector rather than disposed under operations still linked to it.</remarks>
internal sealed class EventStreamReservation(string token)
{
    private readonly CancellationTokenSource lifetime = new();
    private int connected;

    public string Token { get; } = token;

    public EventStream Stream { get; } = new();

    /// <summary>The running operations by id, each with what cancels it.</summary>
    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>Cancelled when the reservation closes: the operations' lifetimes are linked to it.</summary>
    public CancellationToken Lifetime => lifetime.Token;

    public bool IsConnected => Volatile.Read(ref connected) == 1;

    /// <summary>Claims the reservation for an event stream; false when one already fulfils it (the protocol allows one at a time).</summary>
    public bool TryConnect() => Interlocked.Exchange(ref connected, 1) == 0;

    /// <summary>Cancels the operations and ends the stream.</summary>
    public void Close()
    {
        lifetime.Cancel();
        Stream.End();
    }
}
