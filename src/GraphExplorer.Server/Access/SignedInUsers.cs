using System.Security.Claims;
using GraphExplorer.Application.Api;

namespace GraphExplorer.Server.Access;

/// <summary>The application's view of an authenticated user: a name for the audit trail and whether the user has the
/// steward role (<see cref="AccessSettings.StewardRole"/>).</summary>
internal static class SignedInUsers
{
    /// <summary>The request's authenticated user, or null for an anonymous request.</summary>
    public static SignedInUser? Of(HttpContext http, AccessSettings settings)
    {
        var user = http.User;
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var name = identity.Name ?? user.FindFirstValue("sub") ?? "unnamed user";
        return new SignedInUser(name, user.IsInRole(settings.StewardRole));
    }
}
