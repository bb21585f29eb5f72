using GraphExplorer.TestSupport.Identity;
using Microsoft.IdentityModel.Tokens;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// A local token issuer for tests (a <see cref="TestIdentityProvider"/>): it publishes its discovery document and
/// signing key and signs JWTs the test asks for. The server under test finds the key the way it would at a real
/// provider, through <c>Access:Jwt:Authority</c>.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string Audience = "graphexplorer-api";

    private readonly TestIdentityProvider provider;

    private TestTokenIssuer(TestIdentityProvider provider) => this.provider = provider;

    /// <summary>The issuer's address (its <c>iss</c> and authority).</summary>
    public string Issuer => provider.Issuer;

    public static async Task<TestTokenIssuer> StartAsync() => new(await TestIdentityProvider.StartAsync());

    /// <summary>A token for <paramref name="user"/> with <paramref name="roles"/>, signed with the published key.</summary>
    public string Issue(string user, IEnumerable<string> roles, string audience = Audience, TimeSpan? lifetime = null, SecurityKey? signWith = null) =>
        provider.IssueToken(user, roles, audience, lifetime, signWith);

    /// <summary>A key the issuer does not publish (for forged tokens).</summary>
    public static SecurityKey ForeignKey() => TestIdentityProvider.ForeignKey();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
