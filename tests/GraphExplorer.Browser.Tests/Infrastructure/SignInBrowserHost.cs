using GraphExplorer.TestSupport.Identity;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// The server with <c>Access:RequireSignIn</c> on and OpenID Connect sign-in at a <see cref="TestIdentityProvider"/>
/// started by the test, with two users: <see cref="Reader"/> (role "reader") and <see cref="Steward"/> (role "steward").
/// A fixture of its own derives from it to add users (<see cref="Users"/>) and settings (<see cref="MoreSettings"/>).
/// </summary>
public class SignInBrowserHost : BrowserHost
{
    public const string Reader = "rita.reader";
    public const string Steward = "sam.steward";
    public const string ReaderPassword = "reader-password-1";
    public const string StewardPassword = "steward-password-1";

    private TestIdentityProvider? provider;

    public TestIdentityProvider Provider => provider ?? throw new InvalidOperationException("The identity provider did not start.");

    protected override async Task<IReadOnlyDictionary<string, string>> ServerSettingsAsync()
    {
        provider = await TestIdentityProvider.StartAsync(Users());
        var settings = new Dictionary<string, string>
        {
            ["Access__RequireSignIn"] = "true",
            ["Access__Oidc__Authority"] = provider.Issuer,
            ["Access__Oidc__ClientId"] = TestIdentityProvider.ClientId,
            ["Access__Oidc__RequireHttpsMetadata"] = "false",
        };
        foreach (var (name, value) in MoreSettings())
        {
            settings[name] = value;
        }

        return settings;
    }

    /// <summary>The users the provider's login form knows: name → password and roles.</summary>
    protected virtual Dictionary<string, (string Password, string[] Roles)> Users() => new()
    {
        [Reader] = (ReaderPassword, ["reader"]),
        [Steward] = (StewardPassword, ["reader", "steward"]),
    };

    /// <summary>Settings beyond sign-in, as environment variables (none here).</summary>
    protected virtual IReadOnlyDictionary<string, string> MoreSettings() => new Dictionary<string, string>();

    protected override void ServerStarted(Uri baseAddress) => Provider.RedirectUri = new Uri(baseAddress, "signin-oidc").ToString();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SignInBrowserCollection : ICollectionFixture<SignInBrowserHost>
{
    public const string Name = "browser with sign-in";
}
