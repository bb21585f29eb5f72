using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// The explorer with three visibility levels (<c>public, internal, restricted</c>), the role <c>negotiator</c> mapped to
/// <c>restricted</c>, and JWTs of a <see cref="TestTokenIssuer"/> of its own; reads stay open to anonymous readers,
/// who see the lowest level.
/// </summary>
public sealed class RestrictedTiesTestServer : ExplorerTestServer, IAsyncLifetime
{
    private RestrictedTiesTestServer(TestTokenIssuer issuer)
        : base(new Dictionary<string, string?>
        {
            ["Access:Jwt:Authority"] = issuer.Issuer,
            ["Access:Jwt:Audience"] = TestTokenIssuer.Audience,
            ["Access:Jwt:RequireHttpsMetadata"] = "false",
            ["Access:Visibility:Levels"] = "public, internal, restricted",
            ["Access:Visibility:Roles:negotiator"] = "restricted",
            ["Access:Visibility:Roles:desk"] = "internal",
        })
    {
        Issuer = issuer;
    }

    public RestrictedTiesTestServer()
        : this(TestTokenIssuer.StartAsync().GetAwaiter().GetResult())
    {
    }

    public TestTokenIssuer Issuer { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Issuer.DisposeAsync();
}
