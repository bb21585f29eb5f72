using System.Net;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Bolt;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>With visibility levels configured, Bolt (raw Cypher, which cannot be filtered by level) is for stewards only.</summary>
public sealed class StewardsOnlyBoltAuthenticatorTests
{
    [Fact]
    public void A_login_that_may_only_read_is_refused_with_the_reason()
    {
        var outcome = new StewardsOnlyBoltAuthenticator(new Fixed(BoltAuthentication.Granted(BoltAccess.Read, "analyst")))
            .Authenticate(new BoltCredentials("basic", "analyst", "key"), IPAddress.Loopback, "bolt-1");

        outcome.Access.Should().BeNull();
        outcome.Refusal.Should().Contain("cannot be filtered by visibility level").And.Contain("only stewards");
    }

    [Fact]
    public void A_steward_login_and_a_refusal_pass_unchanged()
    {
        var steward = BoltAuthentication.Granted(BoltAccess.Write, "steward");
        var refused = BoltAuthentication.Refused("invalid username or password");

        new StewardsOnlyBoltAuthenticator(new Fixed(steward)).Authenticate(new BoltCredentials("basic", "steward", "k"), null, "b").Should().Be(steward);
        new StewardsOnlyBoltAuthenticator(new Fixed(refused)).Authenticate(new BoltCredentials("basic", "x", "k"), null, "b").Should().Be(refused);
    }

    private sealed class Fixed(BoltAuthentication outcome) : IBoltAuthenticator
    {
        public BoltAuthentication Authenticate(BoltCredentials credentials, IPAddress? remoteAddress, string connectionId) => outcome;
    }
}
