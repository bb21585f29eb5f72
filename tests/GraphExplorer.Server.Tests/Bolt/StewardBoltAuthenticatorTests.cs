using System.Net;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Bolt;
using GraphExplorer.Server.GraphQL;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>
/// Bolt logins with the server's keys: user "steward" with a steward key writes, a reader (Bolt:Readers) reads, no
/// credentials read only with Bolt:AllowAnonymousReads, and wrong keys share the steward key throttle.
/// </summary>
public sealed class StewardBoltAuthenticatorTests : IDisposable
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.7");
    private readonly string stewardKey = StewardKeyHasher.NewKey();
    private readonly string readerKey = StewardKeyHasher.NewKey();
    private readonly StewardKeyThrottle throttle = new(
        Options.Create(new StewardKeyThrottleOptions { MaxFailedAttempts = 2, FailedAttemptWindowSeconds = 600 }),
        NullLogger<StewardKeyThrottle>.Instance);

    public void Dispose() => throttle.Dispose();

    [Fact]
    public async Task The_steward_user_with_a_steward_key_may_write()
    {
        var outcome = await Authenticator().AuthenticateAsync(Basic("steward", stewardKey), Client, "bolt-1", CancellationToken.None);
        outcome.Access.Should().Be(BoltAccess.Write);
    }

    [Fact]
    public async Task A_reader_with_its_key_may_only_read()
    {
        var outcome = await Authenticator().AuthenticateAsync(Basic("analyst", readerKey), Client, "bolt-1", CancellationToken.None);
        outcome.Access.Should().Be(BoltAccess.Read);
        outcome.User.Should().Be("analyst");
    }

    [Theory]
    [InlineData("analyst", "steward key")]
    [InlineData("steward", "reader key")]
    [InlineData("someone", "reader key")]
    public async Task A_key_under_another_name_is_refused(string user, string which)
    {
        var key = which == "steward key" ? stewardKey : readerKey;
        (await Authenticator().AuthenticateAsync(Basic(user, key), Client, "bolt-1", CancellationToken.None)).Access.Should().BeNull();
    }

    [Fact]
    public async Task No_credentials_read_only_when_anonymous_reads_are_allowed()
    {
        var none = new BoltCredentials("none", null, null);
        (await Authenticator(allowAnonymousReads: false).AuthenticateAsync(none, Client, "bolt-1", CancellationToken.None)).Refusal.Should().Contain("Bolt:AllowAnonymousReads");
        (await Authenticator(allowAnonymousReads: true).AuthenticateAsync(none, Client, "bolt-1", CancellationToken.None)).Access.Should().Be(BoltAccess.Read);
    }

    [Fact]
    public async Task Wrong_keys_lock_the_address_out_even_for_the_right_key_until_the_window_ends()
    {
        var authenticator = Authenticator();
        (await authenticator.AuthenticateAsync(Basic("steward", "wrong-key-0123456789abcdef"), Client, "bolt-1", CancellationToken.None)).Access.Should().BeNull();
        (await authenticator.AuthenticateAsync(Basic("steward", "wrong-key-0123456789abcdef"), Client, "bolt-2", CancellationToken.None)).Access.Should().BeNull();

        var locked = await authenticator.AuthenticateAsync(Basic("steward", stewardKey), Client, "bolt-3", CancellationToken.None);
        locked.Access.Should().BeNull();
        locked.RetryAfter.Should().NotBeNull();
        (await authenticator.AuthenticateAsync(Basic("steward", stewardKey), IPAddress.Parse("192.0.2.8"), "bolt-4", CancellationToken.None)).Access.Should().Be(BoltAccess.Write);
    }

    private StewardBoltAuthenticator Authenticator(bool allowAnonymousReads = false) => new(
        new StewardKeyVerifier([StewardKeyHasher.CreateEntry("alice", stewardKey)]),
        new StewardKeyVerifier([StewardKeyHasher.CreateEntry("analyst", readerKey)]),
        allowAnonymousReads,
        throttle);

    private static BoltCredentials Basic(string user, string key) => new("basic", user, key);
}
