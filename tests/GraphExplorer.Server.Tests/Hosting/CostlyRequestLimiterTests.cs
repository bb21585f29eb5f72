using System.Net;
using GraphExplorer.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary>
/// The costly-request slots: per client address and for all clients together, with their queues; cheap requests never
/// take a slot (issue #11: "concurrent expensive operations per client").
/// </summary>
public sealed class CostlyRequestLimiterTests
{
    private static readonly IPAddress Alice = IPAddress.Parse("192.0.2.1");
    private static readonly IPAddress Bob = IPAddress.Parse("192.0.2.2");
    private static readonly IPAddress Carol = IPAddress.Parse("192.0.2.3");

    private static CostlyRequestLimiter Limiter(int all, int perClient, int queue) => new(Options.Create(new ConcurrencyOptions
    {
        MaxConcurrentRequests = all,
        MaxConcurrentRequestsPerClient = perClient,
        RequestQueueLength = queue,
        ConcurrencyLimitedCost = 1_000,
    }));

    [Fact]
    public async Task One_client_cannot_take_every_slot_and_past_its_queue_it_is_refused()
    {
        using var limiter = Limiter(all: 3, perClient: 1, queue: 1);

        using var first = await limiter.AcquireAsync(5_000, Alice, CancellationToken.None);
        var queued = limiter.AcquireAsync(5_000, Alice, CancellationToken.None);
        using var refused = await limiter.AcquireAsync(5_000, Alice, CancellationToken.None);
        using var bob = await limiter.AcquireAsync(5_000, Bob, CancellationToken.None);

        first.IsAcquired.Should().BeTrue();
        queued.IsCompleted.Should().BeFalse("Alice's second costly request waits for her slot");
        refused.IsAcquired.Should().BeFalse("her queue is full");
        bob.IsAcquired.Should().BeTrue("another client still gets a slot");

        first.Dispose();
        using var second = await queued;
        second.IsAcquired.Should().BeTrue("the waiting request runs once the first is done");
    }

    [Fact]
    public async Task All_clients_together_share_the_overall_slots_and_cheap_requests_never_wait()
    {
        using var limiter = Limiter(all: 2, perClient: 2, queue: 0);

        using var alice = await limiter.AcquireAsync(5_000, Alice, CancellationToken.None);
        using var bob = await limiter.AcquireAsync(5_000, Bob, CancellationToken.None);
        using var carol = await limiter.AcquireAsync(5_000, Carol, CancellationToken.None);
        using var cheap = await limiter.AcquireAsync(999, Carol, CancellationToken.None);

        alice.IsAcquired.Should().BeTrue();
        bob.IsAcquired.Should().BeTrue();
        carol.IsAcquired.Should().BeFalse("both overall slots are taken and there is no queue");
        cheap.IsAcquired.Should().BeTrue("a request under the cost threshold takes no slot");
    }
}
