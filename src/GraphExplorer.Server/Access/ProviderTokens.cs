using GraphExplorer.Application.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphExplorer.Server.Access;

/// <summary>
/// Checks a token of the identity provider that arrives outside an HTTP request (Bolt's <c>bearer</c> login) with the
/// very JWT bearer handler that checks <c>Authorization: Bearer</c> on <c>/graphql</c>: the token is presented to the
/// handler in a request of its own, so issuer, audience, lifetime, signature (against the provider's published keys,
/// fetched and cached by the handler's configuration manager) and the role and name claims are decided in one place.
/// </summary>
/// <remarks>Thread-safe: each check runs in a service scope and request of its own.</remarks>
internal sealed class ProviderTokens(IServiceScopeFactory scopes, AccessSettings settings)
{
    /// <summary>Whether tokens can be checked at all (<c>Access:Jwt:Authority</c> is set).</summary>
    public bool Enabled => settings.JwtEnabled;

    /// <summary>The user the token names, or null when it is not a valid token of the configured provider.</summary>
    public async Task<SignedInUser?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!Enabled || !BearerCredential.IsJwt(token))
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        http.Request.Headers.Authorization = "Bearer " + token;
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return null;
        }

        http.User = result.Principal;
        return SignedInUsers.Of(http, settings);
    }
}
