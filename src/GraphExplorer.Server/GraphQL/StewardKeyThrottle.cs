using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Slows down guessing of steward keys: every wrong key is logged as a warning with the client's address (never the key)
/// and counted per address in a fixed window (.NET's <see cref="PartitionedRateLimiter"/>); once an address used up its
/// failures, its requests that present a key are refused until the window ends. Requests without a key (reading) are
/// never refused by it.
/// </summary>
/// <remarks>Thread-safe (the rate limiter is). Addresses are those the server sees: behind a proxy, configure
/// forwarded headers so they are the clients'.</remarks>
public sealed class StewardKeyThrottle : IDisposable
{
    /// <summary>The <c>extensions.code</c> of the 429 answer.</summary>
    public const string ErrorCode = "TOO_MANY_FAILED_KEYS";

    private readonly PartitionedRateLimiter<string> failures;
    private readonly ILogger<StewardKeyThrottle> logger;

    public StewardKeyThrottle(IOptions<StewardKeyThrottleOptions> options, ILogger<StewardKeyThrottle> logger)
    {
        var settings = options.Value;
        if (settings.MaxFailedAttempts < 1 || settings.FailedAttemptWindowSeconds <= 0)
        {
            throw new OptionsValidationException(StewardKeyThrottleOptions.Section, typeof(StewardKeyThrottleOptions),
                [$"{StewardKeyThrottleOptions.Section}:MaxFailedAttempts must be at least 1 and {StewardKeyThrottleOptions.Section}:FailedAttemptWindowSeconds above 0 " +
                 $"(given {settings.MaxFailedAttempts} and {settings.FailedAttemptWindowSeconds})."]);
        }

        this.logger = logger;
        failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.MaxFailedAttempts,
            Window = TimeSpan.FromSeconds(settings.FailedAttemptWindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when <paramref name="address"/> may still present keys; else how long it must wait.</summary>
    public TimeSpan? LockedOut(IPAddress? address)
    {
        // Asking for no permit tells whether any is left without using one.
        using var probe = failures.AttemptAcquire(Key(address), 0);
        if (probe.IsAcquired)
        {
            return null;
        }

        return probe.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    /// <summary>Counts and logs a wrong key presented from <paramref name="address"/>.</summary>
    public void RecordFailure(IPAddress? address, string traceId)
    {
        using var _ = failures.AttemptAcquire(Key(address));
        logger.LogWarning("A request from {RemoteAddress} presented a key that is not a steward's ({TraceId})", Key(address), traceId);
    }

    public void Dispose() => failures.Dispose();

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";
}
