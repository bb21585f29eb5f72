using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphExplorer.TestSupport.Identity;

/// <summary>
/// A minimal identity provider for the sign-in tests, in the test process on a free loopback port: discovery and its
/// signing key (JWKS), so that a server finds the key as it would at a real provider; JWTs the test asks for
/// (<see cref="IssueToken"/>, for API and Bolt clients); and OpenID Connect sign-in for a browser: an authorization
/// endpoint with a login form, a token endpoint for the authorization code with PKCE (S256), and userinfo. One client
/// is registered (<see cref="ClientId"/>, redirect address <see cref="RedirectUri"/>); users and their roles are the
/// test's. Tokens are signed by Microsoft.IdentityModel with an RSA key made when the provider starts.
/// </summary>
/// <remarks>Thread-safe: pending requests, codes and access tokens live in concurrent dictionaries, each used once.</remarks>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "graphexplorer";

    private const string KeyId = "test-key-1";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private readonly WebApplication host;
    private readonly IReadOnlyDictionary<string, (string Password, string[] Roles)> users;
    private readonly ConcurrentDictionary<string, Authorization> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Authorization Request, string User)> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> accessTokens = new(StringComparer.Ordinal);

    private TestIdentityProvider(IReadOnlyDictionary<string, (string Password, string[] Roles)> users)
    {
        this.users = users;
        key = new RsaSecurityKey(rsa) { KeyId = KeyId };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        host = builder.Build();
        host.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["userinfo_endpoint"] = Issuer + "/userinfo",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "none" },
        }));
        host.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Text(JsonSerializer.Serialize(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = SecurityAlgorithms.RsaSha256, n = jwk.N, e = jwk.E } } }), "application/json");
        });
        host.MapGet("/authorize", Authorize);
        host.MapPost("/login", LogInAsync);
        host.MapPost("/token", TokenAsync);
        host.MapGet("/userinfo", UserInfo);
        // Browsers ask every site for an icon; a 404 would be a console error on the login page.
        host.MapGet("/favicon.ico", () => Results.NoContent());
    }

    /// <summary>The provider's address: its issuer and the server's <c>Access:Oidc:Authority</c>.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The one redirect address the client may use (the server's <c>/signin-oidc</c>), set once the server's
    /// address is known; any other is refused.</summary>
    public string RedirectUri { get; set; } = "";

    /// <summary>Starts a provider whose login form knows <paramref name="users"/> (name → password and roles); none
    /// when the test only needs tokens.</summary>
    public static async Task<TestIdentityProvider> StartAsync(IReadOnlyDictionary<string, (string Password, string[] Roles)>? users = null)
    {
        var provider = new TestIdentityProvider(users ?? new Dictionary<string, (string, string[])>());
        await provider.host.StartAsync();
        provider.Issuer = provider.host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return provider;
    }

    /// <summary>A token for <paramref name="user"/> with <paramref name="roles"/>, signed with the published key unless
    /// <paramref name="signWith"/> forges it; a negative <paramref name="lifetime"/> makes an expired one.</summary>
    public string IssueToken(string user, IEnumerable<string> roles, string audience, TimeSpan? lifetime = null, SecurityKey? signWith = null) =>
        Sign(new Dictionary<string, object> { ["sub"] = "sub-" + user, ["preferred_username"] = user, ["roles"] = roles.ToArray() },
            audience, lifetime ?? TimeSpan.FromMinutes(10), signWith ?? key);

    /// <summary>A key the provider does not publish (for forged tokens), under the published key's id.</summary>
    public static SecurityKey ForeignKey() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        await host.DisposeAsync();
        rsa.Dispose();
    }

    private sealed record Authorization(string RedirectUri, string State, string Nonce, string CodeChallenge);

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["redirect_uri"] != RedirectUri)
        {
            return Results.Text($"Unknown client '{query["client_id"]}' or redirect address '{query["redirect_uri"]}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.Text("Only the authorization code flow with PKCE (S256) is offered.", statusCode: StatusCodes.Status400BadRequest);
        }

        var id = NewSecret();
        pending[id] = new Authorization(RedirectUri, query["state"].ToString(), query["nonce"].ToString(), query["code_challenge"].ToString());
        return LoginForm(id, error: null);
    }

    private async Task<IResult> LogInAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var id = form["request"].ToString();
        if (!pending.TryGetValue(id, out var authorization))
        {
            return Results.Text("This sign-in request is unknown or was used already.", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = form["username"].ToString();
        if (!users.TryGetValue(user, out var account) || account.Password != form["password"])
        {
            return LoginForm(id, error: "Wrong user name or password.");
        }

        pending.TryRemove(id, out _);
        var code = NewSecret();
        codes[code] = (authorization, user);
        var location = $"{authorization.RedirectUri}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(authorization.State)}";
        return Results.Redirect(location);
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId)
        {
            return TokenError("unsupported_grant_type", "Only authorization codes of the registered client are exchanged.");
        }

        if (!codes.TryRemove(form["code"].ToString(), out var granted) || form["redirect_uri"] != granted.Request.RedirectUri)
        {
            return TokenError("invalid_grant", "The code is unknown, used already, or was issued for another redirect address.");
        }

        // PKCE (RFC 7636 §4.6): the verifier's SHA-256, base64url-encoded, must be the challenge of the authorization.
        var verifier = form["code_verifier"].ToString();
        if (Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != granted.Request.CodeChallenge)
        {
            return TokenError("invalid_grant", "The code verifier does not match the code challenge.");
        }

        var accessToken = NewSecret();
        accessTokens[accessToken] = granted.User;
        var idToken = Sign(Claims(granted.User, granted.Request.Nonce), ClientId, TimeSpan.FromMinutes(10), key);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 600,
            ["id_token"] = idToken,
        });
    }

    private IResult UserInfo(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && accessTokens.TryGetValue(header["Bearer ".Length..], out var user)
            ? Results.Json(Claims(user, nonce: null))
            : Results.Unauthorized();
    }

    private Dictionary<string, object> Claims(string user, string? nonce)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "sub-" + user,
            ["preferred_username"] = user,
            ["roles"] = users[user].Roles,
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return claims;
    }

    private string Sign(Dictionary<string, object> claims, string audience, TimeSpan lifetime, SecurityKey signWith)
    {
        var now = DateTime.UtcNow;
        var expires = now + lifetime;
        var issued = expires < now ? expires.AddMinutes(-10) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signWith, SecurityAlgorithms.RsaSha256),
        });
    }

    private static IResult TokenError(string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult LoginForm(string requestId, string? error) => Results.Content($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
        <body><main>
          <h1>Test identity provider</h1>
          {(error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>")}
          <form method="post" action="/login">
            <input type="hidden" name="request" value="{WebUtility.HtmlEncode(requestId)}">
            <label>User name <input name="username" autocomplete="username"></label>
            <label>Password <input name="password" type="password" autocomplete="current-password"></label>
            <button type="submit">Sign in</button>
          </form>
        </main></body></html>
        """, "text/html; charset=utf-8");

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
