using System.Net;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// The explorer with <c>Access:RequireSignIn</c> on, taking JWTs of a <see cref="TestTokenIssuer"/> of its own. The
/// in-memory test server gives requests no client address, so each request comes from loopback, as Kestrel would say
/// of a local client, unless the test names another in <see cref="RemoteAddressHeader"/>.
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

    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public TestTokenIssuer Issuer { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>());
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                http.Connection.RemoteIpAddress = http.Request.Headers[RemoteAddressHeader].ToString() is { Length: > 0 } address
                    ? IPAddress.Parse(address)
                    : IPAddress.Loopback;
                return following(http);
            });
            next(app);
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await Issuer.DisposeAsync();
}
