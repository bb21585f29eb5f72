using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>The explorer with <c>Access:RequireSignIn</c> on, taking JWTs of a <see cref="TestTokenIssuer"/> of its own.</summary>
public sealed class SignInTestServer : ExplorerTestServer, IAsyncLifetime
{
    private SignInTestServer(TestTokenIssuer issuer)
        : base(new Dictionary<string, string?>
        {
            ["Access:RequireSignIn"] = "true",
            ["Access:Jwt:Authority"] = issuer.Issuer,
            ["Access:Jwt:Audience"] = TestTokenIssuer.Audience,
            ["Access:Jwt:RequireHttpsMetadata"] = "false",
        })
    {
        Issuer = issuer;
    }

    public SignInTestServer()
        : this(TestTokenIssuer.StartAsync().GetAwaiter().GetResult())
    {
    }

    public TestTokenIssuer Issuer { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Issuer.DisposeAsync();
}
