using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Caps how many costly requests execute at once (<see cref="ConcurrencyOptions"/>): a request whose estimated cost is
/// at least <see cref="ConcurrencyOptions.ConcurrencyLimitedCost"/> takes one of <see cref="ConcurrencyOptions.MaxConcurrentRequests"/>
/// slots for as long as it executes and writes its response, waiting in a short first-in first-out queue when all are
/// taken; with the queue full it is refused at once, and the caller answers 503 with <c>Retry-After</c>. Cheap requests
/// pass without a slot, so the explorer stays usable while costly requests queue. The memory a burst of costly
/// requests can take is therefore bounded by the slots, not by the number of clients. Generic over the endpoint: any
/// endpoint that can estimate what a request costs may use it. Thread-safe; one per server.
/// </summary>
public sealed class CostlyRequestLimiter : IDisposable
{
    public const string ErrorCode = "SERVER_BUSY";

    private readonly ConcurrencyLimiter limiter;

    public CostlyRequestLimiter(IOptions<ConcurrencyOptions> options)
    {
        Options = options.Value;
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, Options.MaxConcurrentRequests),
            QueueLimit = Math.Max(0, Options.RequestQueueLength),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public ConcurrencyOptions Options { get; }

    /// <summary>
    /// A slot for a request of <paramref name="cost"/>: an acquired lease (dispose it when the response is written), or,
    /// when slots and queue are full, a lease that is not acquired. A cheap request gets an acquired lease at once.
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was aborted while it waited.</exception>
    public ValueTask<RateLimitLease> AcquireAsync(long cost, CancellationToken cancellationToken) =>
        cost < Options.ConcurrencyLimitedCost ? ValueTask.FromResult(Free) : limiter.AcquireAsync(1, cancellationToken);

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
