namespace GraphExplorer.Server.Hosting;

/// <summary>How many costly requests the server executes at once (<c>Server</c> section; see <see cref="CostlyRequestLimiter"/>).</summary>
public sealed class ConcurrencyOptions
{
    public const string Section = "Server";

    /// <summary>Costly requests executing at once, all clients together; the next ones wait in the queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Costly requests of one client address executing at once, so one client cannot take every slot.</summary>
    public int MaxConcurrentRequestsPerClient { get; set; } = 2;

    /// <summary>Costly requests that may wait for a slot (in each client's queue, then in the shared one); beyond them a
    /// request is refused at once (503, Retry-After).</summary>
    public int RequestQueueLength { get; set; } = 64;

    /// <summary>The estimated cost from which a request counts as costly (a GraphQL operation's <c>GraphQL:MaxCost</c>
    /// estimate); cheaper requests — a search, an entity's card, <c>/health</c> — never wait.</summary>
    public long ConcurrencyLimitedCost { get; set; } = 1_000;

    /// <summary>The <c>Retry-After</c> given with a refusal, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 2;
}
