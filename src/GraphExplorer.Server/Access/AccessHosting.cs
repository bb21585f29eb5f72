using GraphExplorer.Application.Stewardship;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GraphExplorer.Server.Access;

/// <summary>
/// Registers who may read and change (see <see cref="AccessSettings"/>): the JWT bearer handler for API clients and the
/// OpenID Connect handler with a sign-in cookie for the web client (each only when configured), the briefing printer's
/// tickets, and one policy scheme that picks among them by what the request presents. Token validation is entirely
/// the handlers' (issuer, audience, lifetime, signature against the provider's published keys).
/// </summary>
internal static class AccessHosting
{
    private const string PolicyScheme = "GraphExplorer";

    public static AccessSettings AddAccess(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AccessSettings.Section).Get<AccessSettings>() ?? new AccessSettings();
        if (settings.JwtEnabled && string.IsNullOrWhiteSpace(settings.Jwt.Audience))
        {
            throw new InvalidOperationException($"{AccessSettings.Section}:Jwt:Audience is needed with {AccessSettings.Section}:Jwt:Authority: the audience tokens must be issued for.");
        }

        if (settings.OidcEnabled && string.IsNullOrWhiteSpace(settings.Oidc.ClientId))
        {
            throw new InvalidOperationException($"{AccessSettings.Section}:Oidc:ClientId is needed with {AccessSettings.Section}:Oidc:Authority.");
        }

        builder.Services.AddSingleton(settings);
        // The configured keys, and those of the keys file, read again whenever it changes (no restart for a new key).
        builder.Services.AddSingleton(services =>
        {
            var stewards = services.GetRequiredService<IConfiguration>().GetSection(StewardSettings.Section).Get<StewardSettings>() ?? new StewardSettings();
            var file = new StewardKeysFile(services.GetRequiredService<Hosting.ProductLayout>().Resolve(stewards.KeysFile),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphExplorer.Stewards"));
            return new StewardKeyVerifier(stewards.Keys, file.ChangedEntries);
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PrintTickets>();
        builder.Services.AddSingleton<ProviderTokens>();

        var authentication = builder.Services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "What the request presents", options => options.ForwardDefaultSelector = http =>
                BearerCredential.PresentsJwt(http.Request) && settings.JwtEnabled ? JwtBearerDefaults.AuthenticationScheme
                : http.Request.Headers.ContainsKey(PrintTickets.Header) || !settings.OidcEnabled ? PrintTicketAuthenticationHandler.SchemeName
                : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, PrintTicketAuthenticationHandler>(PrintTicketAuthenticationHandler.SchemeName, null);
        if (settings.JwtEnabled)
        {
            authentication.AddJwtBearer(options =>
            {
                options.Authority = settings.Jwt.Authority;
                options.Audience = settings.Jwt.Audience;
                options.RequireHttpsMetadata = settings.Jwt.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = settings.NameClaim;
                options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            });
        }

        if (settings.OidcEnabled)
        {
            authentication.AddCookie(options =>
            {
                options.Cookie.Name = "GraphExplorer.SignIn";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                // The API answers 401 itself (SignInGate); a redirect would hand the client an HTML page for its JSON.
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.Authority = settings.Oidc.Authority;
                options.ClientId = settings.Oidc.ClientId;
                options.ClientSecret = settings.Oidc.ClientSecret;
                options.RequireHttpsMetadata = settings.Oidc.RequireHttpsMetadata;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                // The answer comes back as a top-level GET, so the correlation cookies can be SameSite=Lax and work on
                // http://127.0.0.1 too (form_post needs SameSite=None, which browsers accept only over https).
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.ClaimActions.MapJsonKey(settings.RoleClaim, settings.RoleClaim);
                options.TokenValidationParameters.NameClaimType = settings.NameClaim;
                options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            });
        }

        return settings;
    }

    /// <summary>Authenticates each request, guards reads when sign-in is required, and maps the account endpoints.</summary>
    public static void UseAccess(WebApplication app, AccessSettings settings)
    {
        app.UseAuthentication();
        SignInGate.Use(app, settings);
        AccountEndpoints.Map(app, settings);
    }
}
