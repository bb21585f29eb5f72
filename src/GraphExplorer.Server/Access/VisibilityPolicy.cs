using System.Security.Claims;
using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Server.Access;

/// <summary>
/// Who sees which visibility level (from <see cref="VisibilitySettings"/>): a steward (the steward role) sees
/// everything; a signed-in user sees up to the highest level of their mapped roles (at least
/// <see cref="VisibilitySettings.SignedIn"/>); an anonymous reader up to <see cref="VisibilitySettings.Anonymous"/>.
/// A steward key authorises changes, not reads: what its holder reads follows their sign-in.
/// </summary>
/// <remarks>Immutable and thread-safe. Every level the settings name is checked when the server starts.</remarks>
public sealed class VisibilityPolicy
{
    private readonly IReadOnlyDictionary<string, string> roles;
    private readonly string anonymous;
    private readonly string signedIn;
    private readonly string stewardRole;

    public VisibilityPolicy(VisibilitySettings settings, string stewardRole)
    {
        var ordered = settings.Levels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        try
        {
            Levels = new VisibilityLevels(ordered);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{VisibilitySettings.Section}:Levels: {e.Message}", e);
        }

        anonymous = Configured(settings.Anonymous ?? Levels.Lowest, "Anonymous");
        signedIn = Configured(settings.SignedIn ?? Levels.Lowest, "SignedIn");
        roles = settings.Roles.ToDictionary(r => r.Key, r => Configured(r.Value, $"Roles:{r.Key}"), StringComparer.Ordinal);
        this.stewardRole = stewardRole;
    }

    public VisibilityLevels Levels { get; }

    /// <summary>Whether some reader can be restricted: more than one level is configured.</summary>
    public bool Restricts => Levels.Ordered.Count > 1;

    /// <summary>What <paramref name="user"/> may see (an unauthenticated principal is anonymous).</summary>
    public ReaderVisibility For(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true })
        {
            return Levels.UpTo(anonymous);
        }

        if (user.IsInRole(stewardRole))
        {
            return ReaderVisibility.Unrestricted;
        }

        var highest = roles.Where(r => user.IsInRole(r.Key)).Select(r => r.Value).Aggregate(signedIn, Levels.Max);
        return Levels.UpTo(highest);
    }

    private string Configured(string level, string setting) =>
        Levels.Contains(level)
            ? level
            : throw new InvalidOperationException(
                $"{VisibilitySettings.Section}:{setting} is '{level}', which is not one of the levels ({string.Join(", ", Levels.Ordered)}).");
}
