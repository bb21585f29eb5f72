using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Caps how many costly requests execute at once (<see cref="ConcurrencyOptions"/>): a request whose estimated cost is
/// at least <see cref="ConcurrencyOptions.ConcurrencyLimitedCost"/> takes one of its client address's
/// <see cref="ConcurrencyOptions.MaxConcurrentRequestsPerClient"/> slots and one of the
/// <see cref="ConcurrencyOptions.MaxConcurrentRequests"/> slots of all clients, for as long as it executes and writes its
/// response, waiting in first-in first-out queues when they are taken; with a queue full it is refused at once, and the
/// caller answers 503 with <c>Retry-After</c>. Cheap requests
/// pass without a slot, so the explorer stays usable while costly requests queue. The memory a burst of costly
/// requests can take is therefore bounded by the slots, not by the number of clients. Generic over the endpoint: any
/// endpoint that can estimate what a request costs may use it. Thread-safe; one per server.
/// </summary>
public sealed class CostlyRequestLimiter : IDisposable
{
    public const string ErrorCode = "SERVER_BUSY";

    private readonly PartitionedRateLimiter<IPAddress?> limiter;

    public CostlyRequestLimiter(IOptions<ConcurrencyOptions> options)
    {
        Options = options.Value;
        var queue = Math.Max(0, Options.RequestQueueLength);
        ConcurrencyLimiterOptions Slots(int permits) => new()
        {
            PermitLimit = Math.Max(1, permits),
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };

        // The client's slot first, then a shared one: a client waiting for its own slot holds none of the shared ones.
        limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<IPAddress?, string>(client =>
                RateLimitPartition.GetConcurrencyLimiter(client?.ToString() ?? "unknown", _ => Slots(Options.MaxConcurrentRequestsPerClient))),
            PartitionedRateLimiter.Create<IPAddress?, string>(_ =>
                RateLimitPartition.GetConcurrencyLimiter("all clients", _ => Slots(Options.MaxConcurrentRequests))));
    }

    public ConcurrencyOptions Options { get; }

    /// <summary>
    /// Slots for a request of <paramref name="cost"/> from <paramref name="client"/>: an acquired lease (dispose it when
    /// the response is written), or, when slots and queue are full, a lease that is not acquired. A cheap request gets an
    /// acquired lease at once.
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was aborted while it waited.</exception>
    public ValueTask<RateLimitLease> AcquireAsync(long cost, IPAddress? client, CancellationToken cancellationToken) =>
        cost < Options.ConcurrencyLimitedCost ? ValueTask.FromResult(Free) : limiter.AcquireAsync(client, 1, cancellationToken);

    public void Dispose() => limiter.Dispose();

    private static readonly RateLimitLease Free = new FreeLease();

    /// <summary>The lease of a cheap request: acquired, holding nothing.</summary>
    private sealed class FreeLease : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
