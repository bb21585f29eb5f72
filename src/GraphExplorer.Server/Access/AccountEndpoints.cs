using GraphExplorer.Application.Api;
using GraphExplorer.Application.Stewardship;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace GraphExplorer.Server.Access;

/// <summary>
/// The web client's sign-in: <c>GET /account</c> says whether sign-in is required and available and who is signed in;
/// <c>GET /account/signin?returnUrl=…</c> sends the browser to the identity provider (OpenID Connect, code flow with
/// PKCE) and back to <c>returnUrl</c> (a path of this server only); <c>POST /account/signout</c> ends the session.
/// </summary>
internal static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";

    public static void Map(WebApplication app, AccessSettings settings)
    {
        app.MapGet("/account", (HttpContext http) =>
        {
            var user = SignedInUsers.Of(http, settings) ?? KeyHolder(http);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new
            {
                signInRequired = settings.RequireSignIn,
                signInAvailable = settings.OidcEnabled,
                user = user is null ? null : new { name = user.Name, steward = user.IsSteward },
            });
        });

        app.MapGet(SignInPath, (string? returnUrl) => settings.OidcEnabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
            : Results.Text("Sign-in through an identity provider is not configured on this server (Access:Oidc:Authority).",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound));

        app.MapPost("/account/signout", async (HttpContext http) =>
        {
            if (settings.OidcEnabled)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            return Results.NoContent();
        });
    }

    /// <summary>A steward who presents a steward key instead of signing in (the web client's steward-key dialog sends it
    /// as a bearer): named as the keys name them; null for no key or one no entry matches.</summary>
    private static SignedInUser? KeyHolder(HttpContext http) =>
        BearerCredential.StewardKey(http.Request) is { } key && http.RequestServices.GetRequiredService<StewardKeyVerifier>().Verify(key) is { } name
            ? new SignedInUser(name, IsSteward: true)
            : null;

    /// <summary>Where to go after signing in: the path asked for when it is one of this server's, else the explorer's
    /// start page (an absolute or protocol-relative address would make the sign-in an open redirect).</summary>
    internal static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : "/";
}
