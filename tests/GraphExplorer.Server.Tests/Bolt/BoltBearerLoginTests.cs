using System.Net;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.Bolt;
using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Tests.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Bolt;

/// <summary>
/// Bolt's "bearer" login with sign-in required: the token is checked by the server's own JWT bearer configuration
/// (tokens signed by a local issuer): a user with the steward role may write, one without may read, and a forged,
/// expired or foreign-audience token, like no credentials, is refused.
/// </summary>
public sealed class BoltBearerLoginTests(SignInTestServer server) : IClassFixture<SignInTestServer>
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.17");

    [Fact]
    public async Task A_token_with_the_steward_role_may_write_under_the_user_s_name()
    {
        var outcome = await AuthenticateAsync(Bearer(server.Issuer.Issue("steward@example.org", ["reader", "steward"])));

        outcome.Access.Should().Be(BoltAccess.Write);
        outcome.User.Should().Be("steward@example.org");
    }

    [Fact]
    public async Task A_token_without_the_steward_role_may_only_read()
    {
        var outcome = await AuthenticateAsync(Bearer(server.Issuer.Issue("reader@example.org", ["reader"])));

        outcome.Access.Should().Be(BoltAccess.Read);
        outcome.User.Should().Be("reader@example.org");
    }

    public static TheoryData<string> UnacceptableTokens => new() { "forged", "expired", "other audience", "not a token" };

    [Theory]
    [MemberData(nameof(UnacceptableTokens))]
    public async Task An_unacceptable_token_is_refused(string kind)
    {
        var token = kind switch
        {
            "forged" => server.Issuer.Issue("mallory", ["steward"], signWith: TestTokenIssuer.ForeignKey()),
            "expired" => server.Issuer.Issue("late", ["steward"], lifetime: TimeSpan.FromMinutes(-10)),
            "other audience" => server.Issuer.Issue("elsewhere", ["steward"], audience: "another-api"),
            _ => "a-steward-key-is-no-bearer-token",
        };

        var outcome = await AuthenticateAsync(Bearer(token));

        outcome.Access.Should().BeNull();
        outcome.Refusal.Should().Contain("not a valid token of the identity provider");
    }

    [Fact]
    public async Task No_credentials_are_refused()
    {
        var outcome = await AuthenticateAsync(new BoltCredentials("none", null, null));

        outcome.Access.Should().BeNull();
        outcome.Refusal.Should().Contain("needs credentials");
    }

    [Fact]
    public async Task Without_an_identity_provider_a_bearer_login_is_refused_naming_the_setting()
    {
        using var plain = new Api.ExplorerTestServer();
        using var _ = plain.CreateClient();
        var authenticator = Authenticator(plain.Services);

        var outcome = await authenticator.AuthenticateAsync(Bearer(server.Issuer.Issue("reader@example.org", [])), Client, "bolt-1", CancellationToken.None);

        outcome.Access.Should().BeNull();
        outcome.Refusal.Should().Contain("Access:Jwt:Authority");
    }

    private async Task<BoltAuthentication> AuthenticateAsync(BoltCredentials credentials)
    {
        using var _ = server.CreateClient();
        return await Authenticator(server.Services).AuthenticateAsync(credentials, Client, "bolt-1", CancellationToken.None);
    }

    /// <summary>The authenticator as the Bolt server builds it, with the host's token checks.</summary>
    private static StewardBoltAuthenticator Authenticator(IServiceProvider services) => new(
        new StewardKeyVerifier([]), new StewardKeyVerifier([]), allowAnonymousReads: false,
        services.GetRequiredService<StewardKeyThrottle>(), services.GetRequiredService<ProviderTokens>());

    private static BoltCredentials Bearer(string token) => new("bearer", null, token);
}
