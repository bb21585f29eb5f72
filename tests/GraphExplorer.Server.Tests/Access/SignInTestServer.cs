using GraphExplorer.Server.Tests.Api;
using GraphExplorer.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// The explorer with <c>Access:RequireSignIn</c> on, taking JWTs of a <see cref="TestTokenIssuer"/> of its own; requests
/// come from loopback unless the test names another address in <see cref="RemoteAddressHeader"/>.
/// </summary>
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

    public const string RemoteAddressHeader = ClientAddressFilter.Header;

    public TestTokenIssuer Issuer { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Issuer.DisposeAsync();
}
