using System.Net;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Bolt;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>With visibility levels configured, Bolt (raw Cypher, which cannot be filtered by level) is for stewards only.</summary>
public sealed class StewardsOnlyBoltAuthenticatorTests
{
    [Fact]
    public async Task A_login_that_may_only_read_is_refused_with_the_reason()
    {
        var outcome = await new StewardsOnlyBoltAuthenticator(new Fixed(BoltAuthentication.Granted(BoltAccess.Read, "analyst")))
            .AuthenticateAsync(new BoltCredentials("basic", "analyst", "key"), IPAddress.Loopback, "bolt-1", CancellationToken.None);

        outcome.Access.Should().BeNull();
        outcome.Refusal.Should().Contain("cannot be filtered by visibility level").And.Contain("only stewards");
    }

    [Fact]
    public async Task A_steward_login_and_a_refusal_pass_unchanged()
    {
        var steward = BoltAuthentication.Granted(BoltAccess.Write, "steward");
        var refused = BoltAuthentication.Refused("invalid username or password");

        (await new StewardsOnlyBoltAuthenticator(new Fixed(steward))
            .AuthenticateAsync(new BoltCredentials("basic", "steward", "k"), null, "b", CancellationToken.None)).Should().Be(steward);
        (await new StewardsOnlyBoltAuthenticator(new Fixed(refused))
            .AuthenticateAsync(new BoltCredentials("basic", "x", "k"), null, "b", CancellationToken.None)).Should().Be(refused);
    }

    private sealed class Fixed(BoltAuthentication outcome) : IBoltAuthenticator
    {
        public ValueTask<BoltAuthentication> AuthenticateAsync(
            BoltCredentials credentials, IPAddress? remoteAddress, string connectionId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(outcome);
    }
}
