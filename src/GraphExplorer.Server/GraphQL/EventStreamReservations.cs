using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// The open reservations of graphql-sse's single-connection mode, by token. A token is 256 random bits: whoever holds
/// it reads the stream, so it is as secret as a session cookie; every operation still presents its own credentials. A
/// reservation no stream claims within <see cref="ConnectTimeout"/> is dropped, and one whose stream ends is closed,
/// so reservations never outlive their use.
/// </summary>
/// <remarks>Thread-safe; one per server.</remarks>
internal sealed class EventStreamReservations
{
    /// <summary>How long a reservation waits for its stream (graphql-sse's client connects right after the <c>PUT</c>).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, EventStreamReservation> reservations = new(StringComparer.Ordinal);

    public EventStreamReservation Reserve()
    {
        var reservation = new EventStreamReservation(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        reservations[reservation.Token] = reservation;
        _ = Task.Delay(ConnectTimeout).ContinueWith(_ =>
        {
            if (!reservation.IsConnected)
            {
                Release(reservation);
            }
        }, TaskScheduler.Default);
        return reservation;
    }

    public EventStreamReservation? Find(string token) => reservations.GetValueOrDefault(token);

    /// <summary>Forgets the reservation and closes it (its operations end; its token is refused from now on).</summary>
    public void Release(EventStreamReservation reservation)
    {
        if (reservations.TryRemove(new KeyValuePair<string, EventStreamReservation>(reservation.Token, reservation)))
        {
            reservation.Close();
        }
    }
}
