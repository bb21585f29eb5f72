using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Broadcasts committed changes to the open subscriptions (GraphQL <c>Subscription</c> fields). A subscriber is
/// registered when <see cref="Subscribe"/> returns, so no change committed after that is missed, and removed when its
/// token is cancelled or its enumeration ends. Each subscriber has its own queue of <see cref="QueueLength"/> changes: a
/// subscriber that reads more slowly than changes commit loses the oldest ones rather than holding up the stewards.
/// Thread-safe.
/// </summary>
public sealed class ChangeFeed
{
    public const int QueueLength = 1024;

    private readonly Lock gate = new();
    private readonly HashSet<Channel<CommittedChange>> subscribers = [];

    /// <summary>True while at least one subscription is open (publishers skip the work of describing a change otherwise).</summary>
    public bool HasSubscribers
    {
        get
        {
            lock (gate)
            {
                return subscribers.Count > 0;
            }
        }
    }

    /// <summary>Sends <paramref name="change"/> to every open subscription.</summary>
    public void Publish(CommittedChange change)
    {
        Channel<CommittedChange>[] targets;
        lock (gate)
        {
            targets = [.. subscribers];
        }

        foreach (var channel in targets)
        {
            channel.Writer.TryWrite(change);
        }
    }

    /// <summary>Registers a subscriber now and returns its changes, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<CommittedChange> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<CommittedChange>(new BoundedChannelOptions(QueueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (gate)
        {
            subscribers.Add(channel);
        }

        // Removed on cancellation even if the stream is never enumerated.
        var registration = cancellationToken.Register(() => Remove(channel));
        return Read(channel, registration, cancellationToken);
    }

    private async IAsyncEnumerable<CommittedChange> Read(Channel<CommittedChange> channel, CancellationTokenRegistration registration,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            Remove(channel);
        }
    }

    private void Remove(Channel<CommittedChange> channel)
    {
        lock (gate)
        {
            subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }
}
